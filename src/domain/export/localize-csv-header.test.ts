import { describe, expect, it } from 'vitest';
import { formatCsv } from './format-csv';
import { localizeCsvHeader } from './localize-csv-header';
import { routeLegsToCsv } from './route-legs-csv';

const route = {
  from: 'moscow',
  to: 'mumbai',
  by: 'time',
  cargo: 'container',
  scenario: [],
  dataVersion: '2026.11.1',
  totals: {
    km: 1400,
    seaNauticalMiles: 0,
    days: 3.5,
    daysLow: 3,
    daysHigh: 4,
    usd: 1200,
    usdLow: 1000,
    usdHigh: 1400,
    co2Kg: 150,
    co2KgLow: 120,
    co2KgHigh: 180,
    borderCrossings: 0,
    gaugeChanges: 0,
    transshipments: 0,
  },
  legs: [
    {
      segment: 'moscow--astrakhan',
      from: 'moscow',
      to: 'astrakhan',
      mode: 'rail',
      km: 1400,
      days: 3.5,
      daysLow: 3,
      daysHigh: 4,
      usd: 1200,
      usdLow: 1000,
      usdHigh: 1400,
      co2Kg: 150,
      co2KgLow: 120,
      co2KgHigh: 180,
      transfers: [],
    },
  ],
} as unknown as Parameters<typeof routeLegsToCsv>[0];

const csv = routeLegsToCsv(route, { exportedOn: '2026-12-03' });
const lines = (text: string) => text.split('\r\n');

describe('localizeCsvHeader', () => {
  it('leaves the file byte for byte as it was with the English default (no header renamed)', () => {
    expect(localizeCsvHeader(csv, {})).toBe(csv);
    expect(localizeCsvHeader(csv, { sequence: 'sequence', no_such_column: 'Nothing' })).toBe(csv);
  });

  it('writes the header row in other words and leaves every data row as it was', () => {
    const localized = localizeCsvHeader(csv, { sequence: 'Номер', km: 'км', from: 'از, مبدأ', to: '"to"' });
    expect(localized).not.toBe(csv);
    const [header, ...rows] = lines(localized);
    const [englishHeader, ...englishRows] = lines(csv);
    expect(rows).toEqual(englishRows);
    expect(header?.split(',').slice(0, 3)).toEqual(['Номер', 'segment', '"از']);
    expect(header).toContain('"از, مبدأ","""to"""');
    expect(header).not.toBe(englishHeader);
    expect(localized.endsWith(csv.slice(csv.indexOf('\r\n') + 2))).toBe(true);
  });

  it('reads a quoted header cell, and neutralises a header a spreadsheet would run as a formula', () => {
    const quoted = formatCsv(['a,b', 'c'], [[1, 2]]);
    expect(localizeCsvHeader(quoted, { 'a,b': 'AB' })).toBe(`AB,c\r\n1,2\r\n`);
    expect(lines(localizeCsvHeader(quoted, { c: '=SUM(A1)' }))[0]).toBe(`"a,b",'=SUM(A1)`);
  });

  it('returns a text without a complete header line as given', () => {
    expect(localizeCsvHeader('a,b', { a: 'A' })).toBe('a,b');
  });
});
