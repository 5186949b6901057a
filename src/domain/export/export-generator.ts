/**
 * What the app and the CLI write as the `generator` of their exports: the same text in both, so that
 * the same query gives the same file.
 */
export const EXPORT_GENERATOR = 'INSTC Explorer';
