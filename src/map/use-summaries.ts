import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type FeatureSummary, wordOf } from '../cartography/overlay-definition';
import { useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { useDataIfLoaded, useExplorer, useExplorerStore } from '../state/explorer-context';
import { selectDisplayNames } from '../state/select-names';
import { summarizeSelection } from './map-controller';

/** A feature's summary as the tooltip and the card show it: its name, kind and status in the language shown. */
export interface ShownSummary extends Omit<FeatureSummary, 'kind' | 'status'> {
  readonly kind: string;
  readonly status?: string | undefined;
}

/** Summaries of some selectable ids as they stand on the view's day (unknown ids left out), in the language shown. */
export function useSummaries(ids: readonly string[] | undefined): ShownSummary[] {
  const store = useExplorerStore();
  const loaded = useExplorer((state) => state.loaded);
  const routeQuery = useExplorer((state) => state.routeQuery);
  const wording = useWording();
  const corridor = useDataIfLoaded('corridor');
  const energy = useDataIfLoaded('energy');
  const names = useNamesIfLoaded(corridor, energy);
  const key = ids?.join('\n') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the summaries change with the data and the day (in the route query)
  return useMemo(
    () =>
      key === ''
        ? []
        : key.split('\n').flatMap((id) => {
            const summary = summarizeSelection(store.getState(), id);
            return summary ? [showSummary(summary, wording, names)] : [];
          }),
    [key, loaded, routeQuery, store, wording, names],
  );
}

/**
 * The data's names in the language shown, once the corridor is loaded (what `useDisplayNames` gives,
 * which needs the corridor); before, the summaries keep the data's own names.
 */
function useNamesIfLoaded(
  corridor: Parameters<typeof selectDisplayNames>[0] | undefined,
  energy: Parameters<typeof selectDisplayNames>[1],
): ((id: string) => string) | undefined {
  const intl = useIntl();
  const language = intl.locale.split('-')[0] ?? 'en';
  return useMemo(() => {
    if (!corridor) return undefined;
    const names = selectDisplayNames(corridor, energy, language);
    return (id: string) => names.feature(id);
  }, [corridor, energy, language]);
}

/** A summary in a language: the data's name in it where there is one, and its kind and status worded. */
export function showSummary(
  summary: FeatureSummary,
  wording: Wording,
  name?: ((id: string) => string) | undefined,
): ShownSummary {
  return {
    ...summary,
    name: name ? name(summary.id) : summary.name,
    kind: wordOf(summary.kind, wording),
    status: summary.status === undefined ? undefined : wordOf(summary.status, wording),
  };
}

/** "162 km published · 156 km computed", or whichever of the two there is, in the language shown. */
export function lengthText(
  summary: Pick<FeatureSummary, 'publishedKilometers' | 'computedKilometers'>,
  wording: Wording,
): string | undefined {
  const kilometres = (value: number) => wording.unit('km', wording.number(value, { maximumFractionDigits: 0 }));
  const parts = [
    summary.publishedKilometers === undefined
      ? undefined
      : wording.t('card.lengthPublished', { length: kilometres(summary.publishedKilometers) }),
    summary.computedKilometers === undefined
      ? undefined
      : wording.t('card.lengthComputed', { length: kilometres(summary.computedKilometers) }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A day (`YYYY-MM-DD`) as the tooltip and the card write it, short: "1 Dec 2026", "۱۰ آذر ۱۴۰۵". */
export function useShortDay(): (day: string) => string {
  const intl = useIntl();
  return useCallback(
    (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return day;
      return intl.formatDate(date, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    },
    [intl],
  );
}
