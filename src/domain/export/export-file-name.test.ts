import { describe, expect, it } from 'vitest';
import { exportFileName, isoDate } from './export-file-name';

describe('exportFileName', () => {
  it('names the subject, the date and the format', () => {
    expect(exportFileName('segments', 'csv', '2026-11-28')).toBe('instc-segments-2026-11-28.csv');
    expect(exportFileName('route-legs', 'geojson', '2026-01-05')).toBe('instc-route-legs-2026-01-05.geojson');
    expect(exportFileName('network', 'csv', '2026-12-31')).toBe('instc-network-2026-12-31.csv');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => exportFileName('segments', 'csv', '28/11/2026')).toThrow(RangeError);
    expect(() => exportFileName('segments', 'csv', '2026-13-01')).toThrow(RangeError);
  });
});

describe('isoDate', () => {
  it('gives the UTC calendar date, even where the local date has already changed', () => {
    expect(isoDate(new Date('2026-11-28T23:30:00-05:00'))).toBe('2026-11-29');
    expect(isoDate(new Date('2026-11-29T01:30:00+03:30'))).toBe('2026-11-28');
  });

  it('refuses an invalid date', () => {
    expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
