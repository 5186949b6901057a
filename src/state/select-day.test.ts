import { describe, expect, it } from 'vitest';
import { selectDay } from './select-day';

describe('selectDay', () => {
  it('takes the date, else the last day of the year, else the as-of date', () => {
    expect(selectDay({ date: '2026-03-15', year: 2010 }, '2026-12-01')).toEqual({
      day: '2026-03-15',
      basis: 'date',
      present: '2026-12-01',
    });
    expect(selectDay({ year: 2010 }, '2026-12-01').day).toBe('2010-12-31');
    expect(selectDay({}, '2026-12-01')).toEqual({ day: '2026-12-01', basis: 'as-of', present: '2026-12-01' });
  });
});
