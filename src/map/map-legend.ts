import { ROUTE_LEGEND_ENTRY } from '../cartography/compose-style';
import { type LegendEntry, type LegendLine, wordOf } from '../cartography/overlay-definition';
import { CORRIDOR_BRANCHES, type CorridorBranch } from '../domain/vocabulary/vocabulary';
import type { MessageId } from '../i18n/catalogues';
import type { Wording } from '../i18n/wording';
import { corridorTheme } from '../overlays/corridor/corridor-theme';

/** One block of the map's key: a heading and its lines. */
export interface LegendGroup {
  /** The catalogue message of the block's heading (the interface words it in its language). */
  readonly title: MessageId;
  readonly entries: readonly LegendLine[];
}

/** One block of the map's key worded in a language: its heading and its lines as text. */
export interface WordedLegendGroup {
  readonly title: string;
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
  readonly overlays: readonly { readonly id: string; readonly entries: readonly LegendLine[] }[];
}

const OVERLAY_TITLES: Readonly<Record<string, MessageId>> = {
  corridor: 'legend.corridor',
  energy: 'legend.energy',
};

/** A branch as the key's "Branches shown" line names it. */
const SHOWN_BRANCH: Record<CorridorBranch, MessageId> = {
  russia: 'mapKey.shownBranch.russia',
  western: 'mapKey.shownBranch.western',
  'trans-caspian': 'mapKey.shownBranch.trans-caspian',
  eastern: 'mapKey.shownBranch.eastern',
  iran: 'mapKey.shownBranch.iran',
  'indian-ocean': 'mapKey.shownBranch.indian-ocean',
  comparator: 'mapKey.shownBranch.comparator',
};

/** The branches shown, as the key lists them: "Russia, Western branch, Trans-Caspian". */
export function shownBranchesText(branches: readonly CorridorBranch[], wording: Wording): string {
  return branches.map((branch) => wording.t(SHOWN_BRANCH[branch])).join(wording.t('mapKey.separator'));
}

/**
 * The map's key, built from what is drawn: the route, the previewed route and the compared segments
 * first (they are what the reader asked for), then each overlay's lines, statuses and symbols.
 * Empty groups are left out. Pure; the on-map key and the exported image read the same list, each
 * wording it in its language (`wordLegendGroups`, `legendEntries`).
 */
export function mapLegendGroups(input: LegendInput): LegendGroup[] {
  const yours: LegendLine[] = [];
  if (input.route) yours.push({ ...ROUTE_LEGEND_ENTRY, label: 'mapKey.route' });
  if (input.preview) yours.push({ label: 'mapKey.preview', colour: corridorTheme.previewColour, symbol: 'band' });
  const compared = input.compared;
  if (compared > 0)
    yours.push({
      label: (wording) => wording.t('mapKey.compared', { count: compared }),
      colour: corridorTheme.comparedColour,
      symbol: 'band',
    });
  const branch = CORRIDOR_BRANCHES.find((known) => known === input.highlightBranch);
  if (branch)
    yours.push({
      label: (wording) => wording.t('mapKey.highlighted', { branch: wording.branch(branch) }),
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

/** A legend line in a language. */
function wordLegendLine(line: LegendLine, wording: Wording): LegendEntry {
  const { label, ...swatch } = line;
  return { ...swatch, label: wordOf(label, wording) };
}

/** The key's groups in a language: headings and lines as text. */
export function wordLegendGroups(groups: readonly LegendGroup[], wording: Wording): WordedLegendGroup[] {
  return groups.map((group) => ({
    title: wording.t(group.title),
    entries: group.entries.map((line) => wordLegendLine(line, wording)),
  }));
}

/**
 * Every line of the key in a language, in order, as the exported image draws them: e.g.
 * `legendEntries(legendOf(state, route), wording)` → `[{ label: 'Chosen route', colour, symbol }, …]`.
 */
export function legendEntries(groups: readonly LegendGroup[], wording: Wording): LegendEntry[] {
  return groups.flatMap((group) => group.entries.map((line) => wordLegendLine(line, wording)));
}
