import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorridor, readEnergy } from '../../src/data/read-geodata-node';
import { buildSearchIndex, search, searchWords } from '../../src/domain/search/forgiving-search';
import { PLACE_OTHER_NAMES } from '../../src/domain/search/place-other-names';
import { oldIdsByPlace, placeSearchable } from '../../src/domain/search/place-search';
import { selectDisplayNames, selectFeatureSearchables } from '../../src/state/select-names';

const { corridor } = readCorridor();
const { energy } = readEnergy();
const oldIds = oldIdsByPlace(corridor.aliases);
const places = buildSearchIndex(
  corridor.nodes
    .map(({ properties }) => placeSearchable(properties, oldIds.get(properties.id)))
    .sort((a, b) => a.name.localeCompare(b.name)),
);
const features = buildSearchIndex(selectFeatureSearchables(corridor, energy));

/** The id of the best place a query finds. */
const firstPlace = (query: string) => search(places, query)[0]?.entry.id;
const firstFeature = (query: string) => search(features, query)[0]?.entry.id;

describe('place search forgives', () => {
  it.each([
    ['Mosk', 'moscow'],
    ['mosc', 'moscow'],
    ['Moscow', 'moscow'],
    ['Москва', 'moscow'],
    ['Moskva', 'moscow'],
    ['Bombay', 'mumbai'],
    ['Nhava Sheva', 'mumbai'],
    ['Bandar-e Abbas', 'bandar-abbas'],
    ['Bandar Abbas', 'bandar-abbas'],
    ['Bandar-e Anzali', 'anzali'],
    ['Madras', 'chennai'],
    ['Krasnovodsk', 'turkmenbashi'],
    ['Turkmenbasy', 'turkmenbashi'],
    ['Türkmenbaşy', 'turkmenbashi'],
    ['baku', 'baku'],
    ['Bakı', 'baku'],
    ['Saint Petersburg', 'st-petersburg'],
    ['Санкт-Петербург', 'st-petersburg'],
    ['Leningrad', 'st-petersburg'],
    ['Tehrn', 'tehran'],
    ['Teheran', 'tehran'],
    ['تهران', 'tehran'],
    ['مشهد', 'mashhad'],
    ['رشت', 'rasht'],
    ['Тегеран', 'tehran'],
    ['Ақтау', 'aktau'],
    ['Astrakan', 'astrakhan'],
    ['चेन्नई', 'chennai'],
    ['Rostov', 'rostov'],
  ])('%s finds %s first', (query, id) => {
    expect(firstPlace(query)).toBe(id);
  });

  it('says which other name a place was found by', () => {
    const [hit] = search(places, 'Bombay');
    expect(hit?.entry.name).toMatch(/^Mumbai/);
    expect(hit?.matchedName).toBe('Bombay');
    expect(search(places, 'Mumbai')[0]?.matchedName).toBeUndefined();
  });

  it('finds nothing for a place that is not in the data', () => {
    expect(search(places, 'Kazan')).toEqual([]);
    expect(search(places, 'zzzz')).toEqual([]);
  });

  it('lists every place, by name, for an empty query', () => {
    const all = search(places, '', 500);
    expect(all).toHaveLength(corridor.nodes.length);
    expect(all[0]?.entry.name.localeCompare(all[1]?.entry.name ?? '')).toBeLessThanOrEqual(0);
  });

  it.each(corridor.nodes.map((node) => [node.properties.name, node.properties] as const))(
    'finds %s by its own name first, and by any of its names',
    (_name, place) => {
      expect(firstPlace(place.name)).toBe(place.id);
      for (const name of Object.values(place.names as Record<string, string>)) {
        expect(search(places, name, 500).map((hit) => hit.entry.id)).toContain(place.id);
      }
    },
  );

  it('finds a place whatever the case and diacritics of the query', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corridor.nodes.map((node) => node.properties)), fc.boolean(), (place, upper) => {
        const query = upper ? place.name.toUpperCase() : place.name.toLowerCase();
        expect(firstPlace(query)).toBe(place.id);
      }),
    );
  });

  it('names only places that exist in its table of other names', () => {
    const ids = new Set(corridor.nodes.map((node) => node.properties.id));
    expect(Object.keys(PLACE_OTHER_NAMES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('feature search forgives', () => {
  it('finds segments by their ends in any language, with typos', () => {
    expect(firstFeature('Astara Rasht')).toBe('astara-ir--rasht');
    expect(firstFeature('Rasht Astara')).toBe('astara-ir--rasht');
    expect(search(features, 'Решт').map((hit) => hit.entry.id)).toContain('astara-ir--rasht');
    expect(search(features, 'رشت').map((hit) => hit.entry.id)).toContain('astara-ir--rasht');
    expect(search(features, 'Astrakan Anzali').map((hit) => hit.entry.id)).toContain('astrakhan--anzali');
  });

  it('finds energy assets by name, commodity and kind', () => {
    const swaps = search(features, 'gas swap', 500).map((hit) => hit.entry);
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps[0]?.kind).toBe('swap');
    expect(firstFeature('IGAT-1')).toMatch(/igat/);
    expect(search(features, 'LNG', 500).some((hit) => hit.entry.kind === 'lng')).toBe(true);
  });

  it('finds every segment and energy asset by its own name first', () => {
    const all = [
      ...corridor.segments.map(({ properties }) => properties),
      ...energy.pipelines.map(({ properties }) => properties),
      ...energy.swaps,
    ];
    const missed = all.filter((feature) => firstFeature(feature.name) !== feature.id);
    expect(missed.map((feature) => feature.name)).toEqual([]);
  });
});

describe('search words', () => {
  it('fold diacritics, scripts and the ezafe', () => {
    expect(searchWords('Bandar-e Abbas')).toEqual(['bandar', 'abbas']);
    expect(searchWords('Москва')).toEqual(['moskva']);
    expect(searchWords('Türkmenbaşy')).toEqual(['turkmenbasy']);
    expect(searchWords('  ')).toEqual([]);
  });
});

describe('display names of the real data', () => {
  const names = selectDisplayNames(corridor, energy);
  it('name every segment, place, passage, event and energy asset by its name', () => {
    expect(names.segment('astara-ir--rasht')).toBe(corridor.segmentById.get('astara-ir--rasht')?.properties.name);
    expect(names.place('st-petersburg')).toBe('St Petersburg');
    expect(names.passage('suez')).toBe('Suez Canal');
    const swap = energy.swaps[0];
    if (swap) expect(names.feature(swap.id)).toBe(swap.name);
    const event = corridor.events[0];
    if (event) expect(names.feature(event.id)).toBe(event.name);
  });
});
