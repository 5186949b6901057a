import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { comparisonToCsv } from '../domain/export/comparison-csv';
import { formatCsv } from '../domain/export/format-csv';
import { localizeCsvHeader } from '../domain/export/localize-csv-header';
import { routeLegsCsvColumns } from '../domain/export/route-legs-csv';
import { routeOptionsToCsv } from '../domain/export/route-options-csv';
import { SEGMENT_CSV_COLUMNS } from '../domain/export/segments-csv';
import type { Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { csvHeaderWords } from './download-headers';

function headersIn(language: Language) {
  const folder = new URL(`../i18n/messages/${language}`, import.meta.url).pathname;
  const intl = createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages: readCatalogueFolder(folder).messages,
    onError: (error) => {
      throw error;
    },
  });
  return csvHeaderWords((id, values) => intl.formatMessage({ id }, values));
}

/** The header row of each CSV the downloads write: the route's legs (both cargoes), the segments, the comparison and the options. */
const header = (csv: string) => csv.split('\r\n')[0]?.split(',') ?? [];
const FILES: readonly (readonly string[])[] = [
  routeLegsCsvColumns('container').map((column) => column.header),
  routeLegsCsvColumns('bulk').map((column) => column.header),
  SEGMENT_CSV_COLUMNS.map((column) => column.header),
  ...(['container', 'bulk'] as const).map((cargo) =>
    header(
      comparisonToCsv(
        { routes: [], cargo, dataVersion: '2026.11.1' } as unknown as Parameters<typeof comparisonToCsv>[0],
        {
          exportedOn: '2026-12-03',
        },
      ),
    ),
  ),
  header(routeOptionsToCsv([], { exportedOn: '2026-12-03', place: (id) => id })),
];
const COLUMNS = new Set(FILES.flat());

describe('the CSV downloads’ column headers in the language shown', () => {
  it.each(['ru', 'fa', 'hi'] as const)('gives every column a header of its own in %s', (language) => {
    const headers = headersIn(language);
    const missing = [...COLUMNS].filter((column) => !headers[column] || headers[column] === column);
    expect(missing).toEqual([]);
    // Two columns of one file under one header would be read as one.
    for (const file of FILES) {
      const texts = file.map((column) => headers[column]);
      expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
    }
  });

  it('words the bounds and units of a per-unit figure', () => {
    expect(headersIn('ru').usd_per_TEU_high).toBe('Стоимость, долл. США за ДФЭ, пессимистично');
    expect(headersIn('fa').co2e_kg_per_tonne).toBe('انتشار، کیلوگرم CO₂e به ازای هر تن');
    expect(headersIn('hi').days_low).toBe('पारगमन, दिन, आशावादी');
  });

  it('changes only the header row of a file', () => {
    const csv = formatCsv(
      ['sequence', 'km', 'usd_per_TEU'],
      [
        [1, 1400.5, 1200],
        ['TOTAL', 1400.5, 1200],
      ],
    );
    const localized = localizeCsvHeader(csv, headersIn('fa'));
    expect(localized).toBe(
      `شمارهٔ بخش,طول، کیلومتر,هزینه، دلار آمریکا به ازای هر TEU\r\n1,1400.5,1200\r\nTOTAL,1400.5,1200\r\n`,
    );
  });
});
