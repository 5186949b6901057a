/** A value a table column sorts by; `undefined`, `null` and `NaN` mean "no value". */
export type SortValue = string | number | boolean | undefined | null;

/** Sort order of a table column. */
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true });

/** Rank of the kinds of value when a column mixes them: numbers, then text, then booleans. */
function kindRank(value: number | string | boolean): number {
  if (typeof value === 'number') return 0;
  return typeof value === 'string' ? 1 : 2;
}

function compareValues(a: number | string | boolean, b: number | string | boolean): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return kindRank(a) - kindRank(b);
}

function isMissing(value: SortValue): value is undefined | null {
  return value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Sorts table rows by one column, returning a new array (the input is left as is). Stable: rows
 * with equal values keep their order in both directions. Numbers sort numerically, text with
 * `localeCompare('en', {numeric: true})` (so `km 9` comes before `km 10`), `false` before `true`;
 * rows without a value come last in both directions.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  accessor: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: accessor(row) }))
    .sort((a, b) => {
      const first = a.value;
      const second = b.value;
      if (isMissing(first)) return isMissing(second) ? a.index - b.index : 1;
      if (isMissing(second)) return -1;
      const order = sign * compareValues(first, second);
      return order === 0 ? a.index - b.index : order;
    })
    .map(({ row }) => row);
}
