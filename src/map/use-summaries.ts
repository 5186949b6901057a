import { useMemo } from 'react';
import type { FeatureSummary } from '../cartography/overlay-definition';
import { useExplorer, useExplorerStore } from '../state/explorer-context';
import { summarizeSelection } from './map-controller';

/** Summaries of some selectable ids as they stand on the view's day (unknown ids left out). */
export function useSummaries(ids: readonly string[] | undefined): FeatureSummary[] {
  const store = useExplorerStore();
  const loaded = useExplorer((state) => state.loaded);
  const routeQuery = useExplorer((state) => state.routeQuery);
  const key = ids?.join('\n') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the summaries change with the data and the day (in the route query)
  return useMemo(
    () =>
      key === ''
        ? []
        : key.split('\n').flatMap((id) => {
            const summary = summarizeSelection(store.getState(), id);
            return summary ? [summary] : [];
          }),
    [key, loaded, routeQuery, store],
  );
}

const kilometres = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "162 km published · 156 km computed", or whichever of the two there is. */
export function lengthText(summary: FeatureSummary): string | undefined {
  const parts = [
    summary.publishedKilometers === undefined
      ? undefined
      : `${kilometres.format(summary.publishedKilometers)} km published`,
    summary.computedKilometers === undefined
      ? undefined
      : `${kilometres.format(summary.computedKilometers)} km computed`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A day (`YYYY-MM-DD`) as a reader writes it: "1 Dec 2026". */
export function readableDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : LONG_DATE.format(date);
}
