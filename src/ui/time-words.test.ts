import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import type { Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { createWording } from '../i18n/wording';
import { createTimeWords } from './time-words';

/** The time words of a language as the interface builds them; a formatting problem throws. */
function timeWordsOf(language: Language) {
  const messages = readCatalogueFolder(new URL(`../i18n/messages/${language}`, import.meta.url).pathname).messages;
  const intl = createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
  // A stand-in for `useFormatDay`: the test reads which days reach it.
  return createTimeWords(createWording(intl), (day) => `«${day}»`);
}

const WINTER = {
  days: { optimistic: 1, central: 2, pessimistic: 4 },
  sources: ['a-source'],
  note: 'Ice on the canal',
};

describe('the words of the corridor over time', () => {
  it('keeps a date as the source gave it in English, and words it in the other languages', () => {
    expect(timeWordsOf('en').date('2026-02-28')).toBe('2026-02-28');
    expect(timeWordsOf('en').date('2026-02')).toBe('2026-02');
    expect(timeWordsOf('ru').date('2026-02-28')).toBe('«2026-02-28»');
    expect(timeWordsOf('ru').date('2026-03')).toMatch(/^март 2026/);
    expect(timeWordsOf('hi').date('2026')).toBe('2026');
    expect(timeWordsOf('fa').date('2026')).toBe('۲۰۲۶');
    // A Gregorian month stays Gregorian in Persian (March, not Esfand), in Persian digits.
    expect(timeWordsOf('fa').date('2026-03')).toBe('مارس ۲۰۲۶');
    expect(timeWordsOf('ru').date('not a date')).toBe('not a date');
  });
  it('writes a period, or a lasting status, in each language', () => {
    expect(timeWordsOf('en').period('2026-02-28', '2026-04-07')).toBe('2026-02-28 – 2026-04-07');
    expect(timeWordsOf('en').period('2024', null)).toBe('since 2024');
    expect(timeWordsOf('ru').period('2024', undefined)).toBe('с 2024');
    expect(timeWordsOf('fa').period('2026-02-28', '2026-04-07')).toBe('«2026-02-28» تا «2026-04-07»');
    expect(timeWordsOf('hi').period('2024', null)).toBe('2024 से');
  });
  it('words a seasonal effect with its span, the cost the data gives or lacks, and the draught', () => {
    expect(timeWordsOf('en').seasonalEffect(WINTER, 'container')).toBe(
      '+2 (1–4) days per passage; no cost figure sourced',
    );
    expect(
      timeWordsOf('en').seasonalEffect(
        { ...WINTER, usdPerTonne: { optimistic: 10, central: 12.4, pessimistic: 15 }, draftMetres: 4.2 },
        'bulk',
      ),
    ).toBe('+2 (1–4) days per passage; +12 (10–15) USD per tonne; draught at most 4.2 m');
    expect(
      timeWordsOf('en').seasonalEffect(
        { ...WINTER, usdPerTonne: { optimistic: 1, central: 1, pessimistic: 1 } },
        'container',
      ),
    ).toBe('+2 (1–4) days per passage; a cost per tonne, converted');
    expect(timeWordsOf('ru').seasonalEffect(WINTER, 'container')).toBe(
      '+2 (1–4) сут. на каждый проход; величина затрат в источниках не указана',
    );
    expect(timeWordsOf('fa').seasonalEffect(WINTER, 'container')).toBe(
      '+۲ (۱–۴) روز برای هر عبور؛ رقم هزینهٔ مستندی در دست نیست',
    );
    expect(
      timeWordsOf('hi').seasonalEffect(
        { ...WINTER, days: { optimistic: 1.5, central: 1.5, pessimistic: 1.5 } },
        'container',
      ),
    ).toBe('प्रति पारगमन +1.5 दिन; कोई स्रोत-आधारित लागत आँकड़ा नहीं');
  });
});
