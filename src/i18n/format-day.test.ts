import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day';
import { LANGUAGE_FACTS } from './languages';

describe('formatDay', () => {
  it('writes a day as each language writes a date; Persian in the Solar Hijri calendar with the Gregorian beside it', () => {
    expect(formatDay(LANGUAGE_FACTS.en.locale, '2026-12-01')).toBe('1 December 2026');
    expect(formatDay(LANGUAGE_FACTS.ru.locale, '2026-12-01')).toBe('1 декабря 2026 г.');
    expect(formatDay(LANGUAGE_FACTS.hi.locale, '2026-12-01')).toBe('1 दिसंबर 2026');
    expect(formatDay(LANGUAGE_FACTS.fa.locale, '2026-12-01')).toBe('۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶)');
  });
  it('leaves a text that is not a day as it is', () => {
    expect(formatDay(LANGUAGE_FACTS.fa.locale, 'unknown')).toBe('unknown');
  });
});
