import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import type { RoutingAssumption } from '../domain/routing/routing-input';
import type { Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { EditorialEstimateNote } from './assumptions-editor';

const truckSpeed: RoutingAssumption = {
  key: 'speed.road.truck',
  unit: 'km/h',
  appliesTo: { mode: 'road' },
  optimistic: 45,
  central: 28,
  pessimistic: 18,
  range: { min: 0, max: 90, minExclusive: true },
  sources: [],
};

/** The note as the page renders it in `language`; a formatting problem throws. */
const markup = (entry: RoutingAssumption, language: Language = 'en') =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      {
        locale: LANGUAGE_FACTS[language].locale,
        messages: readCatalogueFolder(new URL(`../i18n/messages/${language}`, import.meta.url).pathname).messages,
        onError: (error) => {
          throw error;
        },
      },
      createElement(EditorialEstimateNote, { entry }),
    ),
  );

describe('the assumptions panel on an assumption without a source (issue 13 §5)', () => {
  it('says "editorial estimate (no source)" with the three values and the range an override may take', () => {
    expect(markup(truckSpeed)).toBe(
      '<span class="assumptions__editorial">editorial estimate (no source): optimistic 45, central 28, pessimistic 18 km/h; an override may be more than 0 and at most 90 km/h</span>',
    );
  });

  it('says "at least" where the range includes its minimum', () => {
    const hours = { ...truckSpeed, key: 'customs.port.ru.olya.hours', unit: 'hours', range: { min: 0, max: 720 } };
    expect(markup({ ...hours, optimistic: 12, central: 48, pessimistic: 120 })).toContain(
      'an override may be at least 0 and at most 720 hours',
    );
  });

  it('says it in the language shown, with its digits', () => {
    expect(markup(truckSpeed, 'fa')).toContain('۴۵');
    expect(markup(truckSpeed, 'fa')).not.toContain('editorial estimate');
    expect(markup(truckSpeed, 'ru')).toContain('45');
    expect(markup(truckSpeed, 'ru')).not.toContain('editorial estimate');
  });

  it('says nothing of an assumption that cites a source, or whose sources are not known', () => {
    expect(markup({ ...truckSpeed, sources: ['a-source'] })).toBe('');
    const { sources: _unknown, ...withoutSources } = truckSpeed;
    expect(markup(withoutSources)).toBe('');
  });
});
