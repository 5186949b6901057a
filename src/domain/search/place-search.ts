import type { Searchable } from './forgiving-search';
import { PLACE_OTHER_NAMES } from './place-other-names';

/** What a place entry reads of a corridor node (a validated `CorridorNode`'s properties fit it). */
interface PlaceFacts {
  id: string;
  name: string;
  names: Readonly<Partial<Record<string, string>>>;
  country: string;
  kind: string;
}

/**
 * A place as search finds it: its name, its names in every language the data has, its other and
 * former names (`PLACE_OTHER_NAMES`), its old ids (the alias table, contracts §1) and its id.
 */
export function placeSearchable(place: PlaceFacts, oldIds: readonly string[] = []): Searchable<'place'> {
  return {
    id: place.id,
    kind: 'place',
    name: place.name,
    alsoKnownAs: [
      ...Object.values(place.names).filter((name): name is string => typeof name === 'string'),
      ...(PLACE_OTHER_NAMES[place.id] ?? []),
      ...oldIds,
      place.id,
    ],
  };
}

/** The old ids of each place, from the alias table (old id → current id). */
export function oldIdsByPlace(aliases: ReadonlyMap<string, string>): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const [oldId, current] of aliases) byPlace.set(current, [...(byPlace.get(current) ?? []), oldId]);
  return byPlace;
}
