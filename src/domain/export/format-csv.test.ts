import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvCell, formatCsv, startsLikeFormula } from './format-csv';

/** A strict RFC 4180 parser: CRLF between records, an optional CRLF at the end. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (character === '"') {
        quoted = false;
        index += 1;
      } else {
        field += character;
        index += 1;
      }
    } else if (character === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (character === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
      if (index === text.length) return records;
    } else if (character === '\r' || character === '\n') {
      throw new Error(`a bare line break outside quotes at ${index}`);
    } else {
      field += character;
      index += 1;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  record.push(field);
  records.push(record);
  return records;
}

describe('formatCsv', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = formatCsv(['name', 'note'], [['Astrakhan, Olya', 'called "the port"\r\nsecond line\nthird']]);
    expect(csv).toBe('name,note\r\n"Astrakhan, Olya","called ""the port""\r\nsecond line\nthird"\r\n');
  });

  it('writes Persian and Cyrillic text unquoted and unchanged', () => {
    const csv = formatCsv(['fa', 'ru'], [['بندر عباس', 'Астрахань']]);
    expect(csv).toBe('fa,ru\r\nبندر عباس,Астрахань\r\n');
  });

  it('writes numbers without thousands separators and with at most 3 decimals', () => {
    const csv = formatCsv(['a', 'b', 'c', 'd', 'e'], [[1234567.891234, 0.0004, -2.5, 1e21, -0.0001]]);
    expect(csv).toBe('a,b,c,d,e\r\n1234567.891,0,-2.5,1000000000000000000000,0\r\n');
  });

  it('writes undefined, null and non-finite numbers as empty fields', () => {
    expect(formatCsv(['a', 'b', 'c', 'd'], [[undefined, null, Number.NaN, Number.POSITIVE_INFINITY]])).toBe(
      'a,b,c,d\r\n,,,\r\n',
    );
  });

  it('writes only the header line when there are no rows', () => {
    expect(formatCsv(['id', 'name'], [])).toBe('id,name\r\n');
  });

  it('gives back the cells when the output is parsed as RFC 4180 (fast-check)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ж', 'ش', ',', '"', '\r', '\n', ' ', '1', '.') });
    const cell: fc.Arbitrary<CsvCell> = fc.oneof(
      text,
      fc.string({ unit: 'grapheme' }),
      fc.integer(),
      fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000),
      fc.constant(undefined),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell), { maxLength: 8 }), (width, cellRows) => {
        const header = Array.from({ length: width }, (_, index) => `column ${index}`);
        const rows = cellRows.map((cells) => cells.slice(0, width));
        const nonEmptyRows = rows.filter((cells) => cells.length > 0);
        const parsed = parseCsv(formatCsv(header, nonEmptyRows));
        // Text a spreadsheet would run as a formula comes back with the leading quote it was given.
        const expected = [header, ...nonEmptyRows].map((cells) =>
          cells.map((value) =>
            value === undefined || value === null
              ? ''
              : typeof value === 'string' && startsLikeFormula(value)
                ? `'${value}`
                : String(value),
          ),
        );
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('neutralises text a spreadsheet would run as a formula with a leading quote (OWASP), numbers staying numbers', () => {
    const csv = formatCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      [['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', -2.5, 'a=b']],
    );
    expect(csv).toBe(
      'a,b,c,d,e,f,g,h\r\n"\'=HYPERLINK(""http://x"",""y"")",\'+1,\'-2,\'@SUM(A1),\'\tx,"\'\rx",-2.5,a=b\r\n',
    );
  });

  it('tells which text starts like a formula', () => {
    expect(['=1', '+1', '-1', '@a', '\t', '\r'].every(startsLikeFormula)).toBe(true);
    expect(['', 'a=1', ' =1', '1-2', '\n=1', "'=1"].some(startsLikeFormula)).toBe(false);
  });
});
