import type { EXPORT_FORMATS } from './export-formats';

/** What an export file holds. */
export type ExportSubject = 'segments' | 'route-legs' | 'route-options' | 'network';

/** The extension of an export file: one of the registered formats' (`EXPORT_FORMATS`). */
export type ExportExtension = (typeof EXPORT_FORMATS)[number]['extension'];

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/**
 * The name of an export file, saying what it holds and when it was made:
 * `instc-<subject>-<YYYY-MM-DD>.<extension>`, e.g. `instc-segments-2026-11-28.csv`.
 * Throws a `RangeError` when `exportedOn` is not a `YYYY-MM-DD` date (use `isoDate`).
 */
export function exportFileName(subject: ExportSubject, extension: ExportExtension, exportedOn: string): string {
  if (!ISO_DATE.test(exportedOn)) throw new RangeError(`expected a YYYY-MM-DD date, got "${exportedOn}"`);
  return `instc-${subject}-${exportedOn}.${extension}`;
}

/**
 * The calendar date of an instant in UTC, `YYYY-MM-DD`, so a file exported at the same instant has
 * the same date everywhere. The domain never reads the clock: the caller passes the date.
 * Throws a `RangeError` for an invalid date.
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
