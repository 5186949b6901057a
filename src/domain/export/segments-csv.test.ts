import { describe, expect, it } from 'vitest';
import { type SegmentRowInput, segmentRow } from '../segment-rows';
import { SEGMENT_CSV_COLUMNS, segmentsToCsv } from './segments-csv';

const sea: SegmentRowInput = {
  properties: {
    id: 'astrakhan--olya',
    name: 'Астрахань, Оля',
    from: 'astrakhan',
    to: 'olya',
    mode: 'river',
    vessel: 'caspian-river-sea',
    branch: 'russia',
    status: 'operational',
    statusHistory: [{ status: 'operational', since: '1997-06-03', sources: ['wikipedia-port-of-olya'] }],
    publishedLengths: [
      { km: 100, sources: ['tass-2021-olya'], preferred: true },
      { km: 120, sources: ['wikipedia-port-of-olya', 'tass-2021-olya'] },
      { km: 300, sources: ['odd'], outlier: true },
    ],
    capacity: [
      { value: 6, unit: 'Mt/yr', basis: 'design', year: null, sources: ['odd'] },
      { value: 4.7, unit: 'Mt/yr', basis: 'target', year: 2026, sources: ['odd'] },
    ],
    passages: ['volga-caspian-canal'],
    seasonal: { closedMonths: [12, 1, 2, 3], note: 'Restricted, not closed', sources: ['ice'] },
    countries: ['RU'],
    note: 'Down the Volga, the "Bakhtemir" arm\nsecond line',
    sources: ['wikipedia-port-of-olya'],
    asOf: '2026-11-28',
    precision: 'approximate',
    verified: true,
  },
};

const rail: SegmentRowInput = {
  properties: {
    id: 'qazvin--rasht',
    name: 'قزوین – رشت',
    from: 'qazvin',
    to: 'rasht',
    mode: 'rail',
    gaugeMillimetres: 1435,
    traction: 'diesel',
    branch: 'iran',
    status: 'operational',
    statusHistory: [],
    publishedLengths: [],
    capacity: [],
    passages: [],
    countries: ['IR'],
    sources: ['railway'],
    asOf: '2026-11-28',
    precision: 'approximate',
    verified: false,
  },
};

const options = {
  dataVersion: '2026.11.1',
  exportedOn: '2026-11-28',
  sourceLabel: (id: string) => `Label of ${id}`,
};

/** The cells of one CSV line without line breaks in its fields, quotes undone. */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let rest = line;
  for (;;) {
    const match = /^("(?:[^"]|"")*"|[^,]*)(,?)/.exec(rest);
    const cell = match?.[1] ?? '';
    cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    if (!match?.[2]) return cells;
    rest = rest.slice(match[0].length);
  }
}

function cellsOf(csv: string): Record<string, string>[] {
  const [headerLine = '', ...lines] = csv.split('\r\n').filter((line) => line !== '');
  const headers = splitLine(headerLine);
  return lines.map((line) => Object.fromEntries(splitLine(line).map((cell, index) => [headers[index], cell])));
}

describe('segmentsToCsv', () => {
  it('writes the documented columns in order, with units in the headers', () => {
    const csv = segmentsToCsv([], options);
    expect(csv).toBe(`${SEGMENT_CSV_COLUMNS.map((column) => column.header).join(',')}\r\n`);
    expect(csv).toContain('computed_length_km,computed_length_nm,preferred_published_length_km');
  });

  it('writes one value for every column on every row', () => {
    const header = SEGMENT_CSV_COLUMNS.map((column) => column.header);
    const rows = cellsOf(segmentsToCsv([segmentRow(rail, 175.5)], options));
    expect(Object.keys(rows[0] ?? {})).toEqual(header);
  });

  it('gives a sea or river leg its length in nautical miles and a rail leg none', () => {
    const csv = segmentsToCsv([segmentRow(sea, 74.08), segmentRow(rail, 175.5)], options);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(',74.08,40,100,');
    expect(lines.at(-2)).toContain(',175.5,,,');
  });

  it('labels the sources, the other published lengths and outliers, and describes capacity', () => {
    const csv = segmentsToCsv([segmentRow(sea, 74.08)], options);
    expect(csv).toContain(',Label of tass-2021-olya,');
    expect(csv).toContain(
      ',120 (Label of wikipedia-port-of-olya; Label of tass-2021-olya) | 300 [outlier] (Label of odd),',
    );
    expect(csv).toContain(',"6 Mt/yr (design); 4.7 Mt/yr (target, 2026)",12 1 2 3,"Restricted, not closed",RU,');
    expect(csv).toContain(
      ',4,Label of wikipedia-port-of-olya | Label of tass-2021-olya | Label of odd | Label of ice,2026.11.1,2026-11-28,,',
    );
  });

  it('quotes names and notes with commas, quotes and line breaks, and keeps non-Latin text', () => {
    const csv = segmentsToCsv([segmentRow(sea, 74.08)], options);
    expect(csv).toContain('astrakhan--olya,"Астрахань, Оля",astrakhan,olya,');
    expect(csv).toContain(',"Down the Volga, the ""Bakhtemir"" arm\nsecond line",');
  });

  it('writes the data version and export date, gauge, traction and booleans on a rail row', () => {
    const [row] = cellsOf(segmentsToCsv([segmentRow(rail, 175.5)], options));
    expect(row).toMatchObject({
      name: 'قزوین – رشت',
      mode: 'rail',
      gauge_mm: '1435',
      traction: 'diesel',
      gap: 'false',
      verified: 'false',
      other_published_lengths_km: '',
      capacity: '',
      seasonal_closed_months: '',
      source_count: '1',
      sources: 'Label of railway',
      data_version: '2026.11.1',
      exported_on: '2026-11-28',
      branch_name: 'Iran',
      mode_name: 'Rail (1435 mm, diesel)',
      status_name: expect.any(String),
      country_names: 'Iran',
    });
  });

  it('describes every column', () => {
    for (const column of SEGMENT_CSV_COLUMNS) expect(column.description.length).toBeGreaterThan(0);
    expect(new Set(SEGMENT_CSV_COLUMNS.map((column) => column.header)).size).toBe(SEGMENT_CSV_COLUMNS.length);
  });
});
