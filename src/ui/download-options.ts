import { useSyncExternalStore } from 'react';

/**
 * The downloads' option "Column headers in <language>" (issue 16 §6), off by default: set in the
 * Share & cite tab and read by every CSV download (`downloadFile`), whichever tab it is made from,
 * so it lives here rather than in the share panel's state (which goes when the tab is left). It
 * is a reader's preference for this page, not part of the view: no link key.
 */
let localizedHeaders = false;
const listeners = new Set<() => void>();

/** Whether the CSV downloads write their header row in the language shown. */
export function localizedCsvHeadersOn(): boolean {
  return localizedHeaders;
}

/** Turns the localized CSV headers on or off. */
export function setLocalizedCsvHeaders(on: boolean): void {
  if (on === localizedHeaders) return;
  localizedHeaders = on;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The option, for a checkbox. */
export function useLocalizedCsvHeaders(): boolean {
  return useSyncExternalStore(subscribe, localizedCsvHeadersOn, localizedCsvHeadersOn);
}
