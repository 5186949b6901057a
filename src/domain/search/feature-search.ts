import { branchName, modeName } from '../readable';
import type { Searchable } from './forgiving-search';

/** What can be found in the "Find" box: a corridor segment or an energy asset. */
export type FeatureKind = 'segment' | 'pipeline' | 'lng' | 'swap';

/** The English words for each kind of found feature (search matches them in every language). */
const FEATURE_KIND_LABELS: Record<FeatureKind, string> = {
  segment: 'Segment',
  pipeline: 'Pipeline',
  lng: 'LNG project',
  swap: 'Energy swap',
};

/**
 * A corridor segment as search finds it: by its name, the names of its two ends in every language
 * (with their other names), its mode and its branch ("rail Rasht", "Решт", "Trans-Caspian Aktau").
 */
export function segmentSearchable(
  segment: { id: string; name: string; mode: string; branch: string },
  endNames: readonly string[],
): Searchable<FeatureKind> {
  return {
    id: segment.id,
    kind: 'segment',
    name: segment.name,
    alsoKnownAs: [endNames.join(' '), `${modeName(segment.mode)} ${branchName(segment.branch)}`],
  };
}

/** An energy asset as search finds it: by its name, its commodity and kind, and its parties. */
export function energySearchable(
  asset: { id: string; name: string; commodity: string; parties?: readonly string[] | undefined },
  kind: Exclude<FeatureKind, 'segment'>,
): Searchable<FeatureKind> {
  return {
    id: asset.id,
    kind,
    name: asset.name,
    alsoKnownAs: [`${asset.commodity} ${FEATURE_KIND_LABELS[kind]}`, ...(asset.parties ?? [])],
  };
}
