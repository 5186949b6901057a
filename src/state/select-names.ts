import { type DisplayNames, displayNames } from '../domain/readable';
import type { FeatureKind } from '../domain/search/feature-search';
import { energySearchable, segmentSearchable } from '../domain/search/feature-search';
import type { Searchable } from '../domain/search/forgiving-search';
import { PLACE_OTHER_NAMES } from '../domain/search/place-other-names';
import type { CorridorData, EnergyData } from './explorer-data';

/** What the names and search entries read of the corridor data (the assembled corridor fits it). */
type CorridorNames = Pick<CorridorData, 'nodes' | 'segments' | 'passages' | 'events' | 'aliases'>;

/** What they read of the energy overlays. */
type EnergyNames = Pick<EnergyData, 'pipelines' | 'lngProjects' | 'swaps'>;

/**
 * The display names of the loaded data (`DisplayNames`): places (and their old ids), segments,
 * passages, events and, when loaded, energy assets. Every panel, export and title names features
 * through it, never by id.
 */
export function selectDisplayNames(corridor: CorridorNames, energy?: EnergyNames, language = 'en'): DisplayNames {
  // Built once per loaded data and language: panels ask for the names on every render.
  const byEnergy = namesCache.get(corridor) ?? new WeakMap<object, Map<string, DisplayNames>>();
  namesCache.set(corridor, byEnergy);
  const byLanguage = byEnergy.get(energy ?? NO_ENERGY) ?? new Map<string, DisplayNames>();
  byEnergy.set(energy ?? NO_ENERGY, byLanguage);
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const names = buildDisplayNames(corridor, energy, language);
  byLanguage.set(language, names);
  return names;
}

const namesCache = new WeakMap<object, WeakMap<object, Map<string, DisplayNames>>>();
const NO_ENERGY = {};

/**
 * A place's name in `language` where the data has one (issue 16 §5), else its English name; a
 * segment named after its two ends ("Astrakhan – Anzali") is named after their names in `language`.
 * Events and energy assets have English names only.
 */
function buildDisplayNames(corridor: CorridorNames, energy: EnergyNames | undefined, language: string): DisplayNames {
  const others = new Map<string, string>(corridor.events.map((event) => [event.id, event.name]));
  for (const pipeline of energy?.pipelines ?? []) others.set(pipeline.properties.id, pipeline.properties.name);
  for (const project of energy?.lngProjects ?? []) others.set(project.properties.id, project.properties.name);
  for (const swap of energy?.swaps ?? []) others.set(swap.id, swap.name);
  const english = new Map(corridor.nodes.map(({ properties }) => [properties.id, properties.name]));
  const local = new Map(
    corridor.nodes.map(({ properties }) => [
      properties.id,
      // English is the data's `name` (its `names.en` may be the local form of it).
      (language === 'en' ? undefined : (properties.names as Partial<Record<string, string>>)[language]) ??
        properties.name,
    ]),
  );
  const segmentName = ({ id, name, from, to }: { id: string; name: string; from: string; to: string }) => {
    const ends = [english.get(from), english.get(to), local.get(from), local.get(to)];
    if (language === 'en' || ends.some((end) => end === undefined)) return [id, name] as const;
    return [id, name === `${ends[0]} – ${ends[1]}` ? `${ends[2]} – ${ends[3]}` : name] as const;
  };
  return displayNames({
    places: local,
    segments: new Map(corridor.segments.map(({ properties }) => segmentName(properties))),
    passages: new Map(corridor.passages.map(({ properties }) => [properties.id, properties.name])),
    others,
    aliases: corridor.aliases,
  });
}

/** Every segment and (when loaded) energy asset as the "Find" box finds it: segments first, by name. */
export function selectFeatureSearchables(corridor: CorridorNames, energy?: EnergyNames): Searchable<FeatureKind>[] {
  const namesOfPlace = (id: string): string[] => {
    const node = corridor.nodes.find(({ properties }) => properties.id === id)?.properties;
    if (!node) return [];
    return [
      node.name,
      ...Object.values(node.names as Partial<Record<string, string>>).filter(
        (name): name is string => typeof name === 'string',
      ),
      ...(PLACE_OTHER_NAMES[id] ?? []),
    ];
  };
  const segments = corridor.segments
    .map(({ properties }) =>
      segmentSearchable(properties, [...namesOfPlace(properties.from), ...namesOfPlace(properties.to)]),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const assets = [
    ...(energy?.pipelines ?? []).map(({ properties }) => energySearchable(properties, 'pipeline')),
    ...(energy?.lngProjects ?? []).map(({ properties }) =>
      energySearchable({ ...properties, commodity: 'gas' }, 'lng'),
    ),
    ...(energy?.swaps ?? []).map((swap) => energySearchable(swap, 'swap')),
  ].sort((a, b) => a.name.localeCompare(b.name));
  return [...segments, ...assets];
}
