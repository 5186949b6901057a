import { ROUTE_LEGEND_ENTRY } from '../cartography/compose-style';
import type { LegendEntry } from '../cartography/overlay-definition';
import { BRANCH_LABELS } from '../domain/vocabulary/vocabulary-labels';
import type { MessageId } from '../i18n/catalogues';
import { corridorTheme } from '../overlays/corridor/corridor-theme';

/** One block of the map's key: a heading and its lines. */
export interface LegendGroup {
  /** The catalogue message of the block's heading (the interface words it in its language). */
  readonly title: MessageId;
  readonly entries: readonly LegendEntry[];
}

/** What the map shows now, as the key needs it. */
export interface LegendInput {
  /** A chosen route is drawn. */
  readonly route: boolean;
  /** A previewed route (an option card under the pointer) is drawn. */
  readonly preview: boolean;
  /** How many segments are in the comparison. */
  readonly compared: number;
  /** The branch a panel points at, if any. */
  readonly highlightBranch?: string | undefined;
  /** Each overlay's own legend of what it shows, in registry order. */
  readonly overlays: readonly { readonly id: string; readonly entries: readonly LegendEntry[] }[];
}

const OVERLAY_TITLES: Readonly<Record<string, MessageId>> = {
  corridor: 'legend.corridor',
  energy: 'legend.energy',
};

/**
 * The map's key, built from what is drawn: the route, the previewed route and the compared segments
 * first (they are what the reader asked for), then each overlay's lines, statuses and symbols.
 * Empty groups are left out. Pure; the on-map key and the exported image read the same list.
 */
export function mapLegendGroups(input: LegendInput): LegendGroup[] {
  const yours: LegendEntry[] = [];
  if (input.route) yours.push(ROUTE_LEGEND_ENTRY);
  if (input.preview)
    yours.push({ label: 'Route option under the pointer', colour: corridorTheme.previewColour, symbol: 'band' });
  if (input.compared > 0)
    yours.push({
      label: input.compared === 1 ? 'Compared segment' : 'Compared segments',
      colour: corridorTheme.comparedColour,
      symbol: 'band',
    });
  const branch = input.highlightBranch as keyof typeof BRANCH_LABELS | undefined;
  if (branch && BRANCH_LABELS[branch])
    yours.push({
      label: `Highlighted: ${BRANCH_LABELS[branch]}`,
      colour: corridorTheme.branchHighlightColour,
      symbol: 'band',
    });
  const groups: LegendGroup[] = yours.length > 0 ? [{ title: 'legend.yours', entries: yours }] : [];
  for (const overlay of input.overlays) {
    if (overlay.entries.length === 0) continue;
    groups.push({ title: OVERLAY_TITLES[overlay.id] ?? 'legend.otherLayers', entries: overlay.entries });
  }
  return groups;
}
