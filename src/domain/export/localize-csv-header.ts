import { formatCsv } from './format-csv';

/** Record separator of RFC 4180, as `formatCsv` writes it. */
const LINE_BREAK = '\r\n';

/** The cells of a CSV's first record (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
function firstRecord(csv: string): { cells: string[]; end: number } | undefined {
  const cells: string[] = [];
  let cell = '';
  let index = 0;
  while (index < csv.length) {
    if (csv[index] === '"') {
      index += 1;
      while (index < csv.length) {
        if (csv[index] === '"' && csv[index + 1] === '"') {
          cell += '"';
          index += 2;
        } else if (csv[index] === '"') {
          index += 1;
          break;
        } else {
          cell += csv[index];
          index += 1;
        }
      }
    } else if (csv[index] === ',') {
      cells.push(cell);
      cell = '';
      index += 1;
    } else if (csv.startsWith(LINE_BREAK, index)) {
      cells.push(cell);
      return { cells, end: index + LINE_BREAK.length };
    } else {
      cell += csv[index];
      index += 1;
    }
  }
  return undefined;
}

/**
 * A CSV with its header row in other words (issue 16 §6: exports keep their stable English machine
 * column names, and give localized headers only as an option): each column named in `headers` is
 * given its text there, any other keeps its name; the data rows are left byte for byte as they were.
 * With no column renamed (an empty map, English) the text is returned as given. Pure.
 *
 * @param csv - a CSV as `formatCsv` writes it (a header line ended by CRLF, then the rows)
 * @param headers - column name → header text
 */
export function localizeCsvHeader(csv: string, headers: Readonly<Record<string, string>>): string {
  const record = firstRecord(csv);
  if (!record) return csv;
  const renamed = record.cells.map((column) => (Object.hasOwn(headers, column) ? (headers[column] ?? column) : column));
  if (renamed.every((header, index) => header === record.cells[index])) return csv;
  return formatCsv(renamed, []) + csv.slice(record.end);
}
