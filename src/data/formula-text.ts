import { startsLikeFormula } from '../domain/export/format-csv';
import type { DataProblem } from './data-problem';
import { jsonEntries } from './json-entries';

/** How many texts of one feature a warning lists before summing up the rest. */
const LISTED_TEXTS = 3;

const NOT_TEXT = new Set(['geometry']);

/** The paths (`name`, `names.ru`, `statusHistory[0].note`) of the texts under `value` that start like a formula. */
function formulaLikePaths(value: unknown): string[] {
  if (typeof value === 'string') return startsLikeFormula(value) ? ['(value)'] : [];
  const paths: string[] = [];
  for (const entry of jsonEntries(value, NOT_TEXT)) {
    if (typeof entry.value === 'string' && startsLikeFormula(entry.value)) paths.push(entry.path);
  }
  return paths;
}

/**
 * A warning for a feature or entry whose texts (names, notes, titles…) start with `=`, `+`, `-`, `@`,
 * a tab or a carriage return: a spreadsheet opening an export would run them as formulas. The exports
 * neutralise such cells (`formatCsv`), so the data is kept; the warning asks whether the text is meant.
 * Geometry is not read.
 *
 * @param value - the feature's properties, or a whole entry
 */
export function formulaTextWarnings(
  dataset: string,
  feature: string,
  value: unknown,
  rule = 'formula-text',
): DataProblem[] {
  const paths = formulaLikePaths(value);
  if (paths.length === 0) return [];
  const listed = paths.slice(0, LISTED_TEXTS).join(', ');
  const more = paths.length > LISTED_TEXTS ? `, and ${paths.length - LISTED_TEXTS} more` : '';
  return [
    {
      dataset,
      feature,
      severity: 'warning',
      rule,
      message: `${listed}${more} start${paths.length === 1 ? 's' : ''} with =, +, -, @, a tab or a carriage return, which a spreadsheet runs as a formula (exports write such text with a leading ')`,
    },
  ];
}
