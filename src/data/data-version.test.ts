import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../domain/status-at';
import { DATA_AS_OF, DATA_VERSION } from './data-version';

describe('the data version this build ships', () => {
  it('has a version YYYY.MM.N and an as-of day in the same month', () => {
    expect(DATA_VERSION).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(isCalendarDay(DATA_AS_OF)).toBe(true);
    expect(DATA_AS_OF.slice(0, 7)).toBe(DATA_VERSION.slice(0, 7).replace('.', '-'));
  });
});
