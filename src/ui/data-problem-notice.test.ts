import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../tests/support/interface-words';
import type { Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { AppNoticeText } from './notice-list';

/** A notice as `src/state/load-data.ts` makes it: two errors listed of seven, one with a rule the catalogue does not word. */
const notice = {
  id: 'corridor-problems',
  message: 'not shown',
  words: {
    id: 'notices.dataProblems' as const,
    values: {
      unit: 'corridor',
      count: 7,
      detail: 'a--b (crosses 12 km of land); c--d (is odd)',
      more: 5,
    },
  },
  problems: [
    { feature: 'a--b', rule: 'sea-leg-off-land', message: 'crosses 12 km of land' },
    { feature: 'c--d', rule: 'some-new-rule', message: 'is odd' },
  ],
};

/** The notice's text as the page renders it in `language`; a formatting problem throws. */
const markup = (language: Language, shown: typeof notice = notice) =>
  renderToStaticMarkup(
    createElement(
      IntlProvider,
      {
        locale: LANGUAGE_FACTS[language].locale,
        messages: messagesOf(language),
        onError: (error) => {
          throw error;
        },
      },
      createElement(AppNoticeText, { notice: shown }),
    ),
  );

describe('a notice of data problems (issue 16 §2)', () => {
  it('reads in English exactly as the checker wrote it', () => {
    expect(markup('en')).toBe(
      'The corridor data: 7 problems in the data; what they concern is left out: <bdi lang="en">a--b (crosses 12 km of land); c--d (is odd)</bdi>; and 5 more.',
    );
  });

  it('names the rules broken in the language shown, as the language lists things', () => {
    expect(markup('ru')).toBe(
      'Данные коридора: в данных 7 ошибок; то, к чему они относятся, не показано: a--b (морской участок проходит по суше) и c--d (<bdi lang="en">is odd</bdi>); и ещё 5.',
    );
    expect(markup('fa')).toContain('a--b (مسیر دریایی از خشکی می‌گذرد) و c--d (<bdi lang="en">is odd</bdi>)');
    expect(markup('hi')).toContain('a--b (समुद्री खंड ज़मीन के ऊपर से गुज़रता है) और c--d (<bdi lang="en">is odd</bdi>)');
  });

  it('keeps the English detail, marked as English, where the notice lists no problems', () => {
    const { problems: _, ...withoutProblems } = notice;
    expect(markup('ru', withoutProblems as typeof notice)).toContain(
      '<bdi lang="en">a--b (crosses 12 km of land); c--d (is odd)</bdi>',
    );
  });
});
