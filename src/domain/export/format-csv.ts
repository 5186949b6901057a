/** A CSV cell: text, a number, or nothing (written as an empty field). */
export type CsvCell = string | number | undefined | null;

/** Record separator of RFC 4180. */
const LINE_BREAK = '\r\n';
/** Decimals kept in numbers: metres in kilometre figures, grams in kilogram figures. */
const MAXIMUM_DECIMALS = 3;
const DECIMAL_FACTOR = 10 ** MAXIMUM_DECIMALS;

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * DECIMAL_FACTOR)) / DECIMAL_FACTOR;
  if (rounded === 0) return '0';
  // String() switches to exponent notation from 1e21; a whole number that large prints in full.
  if (Math.abs(rounded) >= 1e21) return BigInt(Math.round(rounded)).toString();
  return String(rounded);
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Whether a text would be read by a spreadsheet as a formula: it starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return (the OWASP list for CSV injection).
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

function formatCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  const text = typeof cell === 'number' ? formatNumber(cell) : startsLikeFormula(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table as RFC 4180 CSV: a header line, then one line per row, each line ended by CRLF.
 * Fields holding a comma, a double quote, CR or LF are quoted, with quotes doubled; numbers are
 * written in plain decimal notation (no thousands separators, no exponent) with at most 3 decimals;
 * `undefined`, `null`, `NaN` and infinities become empty fields. Text is written as given (UTF-8 in
 * the file; a spreadsheet that needs it can be given a byte order mark by the caller), except that
 * text a spreadsheet would run as a formula (`startsLikeFormula`) is neutralised with a leading
 * single quote, the OWASP rule; numbers are numbers and never prefixed, negative ones included.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(formatCell).join(',')}${LINE_BREAK}`).join('');
}
