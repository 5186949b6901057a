import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { type LegendLine, type OverlayView, wordOf } from '../../src/cartography/overlay-definition';
import type { AssembledCorridor } from '../../src/data/assemble-corridor';
import { readCorridor, readEnergy } from '../../src/data/read-geodata-node';
import { legendEntries, mapLegendGroups } from '../../src/map/map-legend';
import { englishWording } from '../../src/map/map-words';
import { hitsUnderPoint } from '../../src/map/pick-features';
import { buildCorridorSources, LABELLED_BRANCHES, labelField } from '../../src/overlays/corridor/corridor-features';
import { corridorOverlay } from '../../src/overlays/corridor/corridor-overlay';
import { energyOverlay } from '../../src/overlays/energy/energy-overlay';
import { wordingFrom } from '../../src/overlays/overlay-wording';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../../src/overlays/overlays';
import type { EnergyData } from '../../src/state/explorer-data';
import { createExplorerStore } from '../../src/state/explorer-store';

let corridor: AssembledCorridor;
let energy: EnergyData;

beforeAll(() => {
  corridor = readCorridor().corridor;
  energy = { ...readEnergy().energy, problems: [], warnings: [] };
});

const view = (visibleLayers: readonly string[], day = '2026-12-01'): OverlayView => ({
  visibleLayers,
  hiddenStatuses: [],
  day,
  present: '2026-12-01',
  labelledByBasemap: [],
});

const overlays = OVERLAYS.map(({ overlay }) => overlay);

/** Legend lines and summary words as the English interface says them. */
const english = englishWording();
const labelsOf = (lines: readonly LegendLine[]) => lines.map((line) => wordOf(line.label, english));
const say = (words: Parameters<typeof wordOf>[0] | undefined) =>
  words === undefined ? undefined : wordOf(words, english);

describe('which features are under a point', () => {
  it('offers each feature once, however many layers draw it, topmost first', () => {
    const hits = hitsUnderPoint(
      [
        { source: 'corridor-segments', properties: { id: 'astara-ir--rasht' } },
        { source: 'corridor-segments', properties: { id: 'astara-ir--bandar-abbas' } },
        { source: 'corridor-segments', properties: { id: 'astara-ir--rasht' } },
        { source: 'basemap-places', properties: { id: 'rasht' } },
      ],
      overlays,
    );
    expect(hits.map((hit) => hit.selection)).toEqual(['astara-ir--rasht', 'astara-ir--bandar-abbas']);
    expect(hits[0]?.target).toEqual({ source: 'corridor-segments', id: 'astara-ir--rasht' });
  });

  it('on a node, offers the node, not the lines that end under it', () => {
    const line = { type: 'LineString' };
    const hits = hitsUnderPoint(
      [
        { source: 'corridor-nodes', properties: { id: 'tehran' }, geometry: { type: 'Point' } },
        { source: 'corridor-segments', properties: { id: 'tehran--qom' }, geometry: line },
        { source: 'corridor-segments', properties: { id: 'qazvin--tehran' }, geometry: line },
      ],
      overlays,
    );
    expect(hits.map((hit) => hit.selection)).toEqual(['tehran']);
    // A basemap place is a point the overlays do not select: the lines still count.
    const under = hitsUnderPoint(
      [
        { source: 'basemap-places', properties: { id: 'rasht' }, geometry: { type: 'Point' } },
        { source: 'corridor-segments', properties: { id: 'qazvin--tehran' }, geometry: line },
      ],
      overlays,
    );
    expect(under.map((hit) => hit.selection)).toEqual(['qazvin--tehran']);
  });

  it('offers a swap, not its flows, and nothing for a feature without an id', () => {
    const hits = hitsUnderPoint(
      [
        { source: 'energy-swap-flows', properties: { id: 'flow-1', swap: 'tm-ir-az-gas-swap' } },
        { source: 'energy-swap-flows', properties: { id: 'flow-2', swap: 'tm-ir-az-gas-swap' } },
        { source: 'corridor-segments', properties: null },
      ],
      overlays,
    );
    expect(hits.map((hit) => hit.selection)).toEqual(['tm-ir-az-gas-swap']);
  });
});

describe('the map key', () => {
  it('puts the route, the compared segments and the highlighted branch first, and leaves out empty groups', () => {
    const groups = mapLegendGroups({
      route: true,
      preview: false,
      compared: 2,
      highlightBranch: 'western',
      overlays: [
        { id: 'corridor', entries: [{ label: 'v.mode.rail', colour: '#000000', symbol: 'line' }] },
        { id: 'energy', entries: [] },
      ],
    });
    expect(groups.map((group) => group.title)).toEqual(['legend.yours', 'legend.corridor']);
    expect(legendEntries(groups, english).map((entry) => entry.label)).toEqual([
      'Chosen route',
      'Compared segments',
      'Highlighted: Western branch (via Azerbaijan)',
      'Rail',
    ]);
    expect(mapLegendGroups({ route: false, preview: false, compared: 0, overlays: [] })).toEqual([]);
  });

  it('lists what the corridor shows on the day: the missing link, node kinds; nothing when every branch is off', () => {
    const labels = labelsOf(corridorOverlay.legend(view(DEFAULT_VISIBLE_LAYERS), corridor));
    expect(labels).toContain('Rail');
    expect(labels).toContain('Missing rail link');
    expect(labels).toContain('Seaport');
    expect(labels).not.toContain('All-sea comparator route');
    expect(
      labelsOf(corridorOverlay.legend(view([...DEFAULT_VISIBLE_LAYERS, 'corridor-comparator']), corridor)),
    ).toContain('All-sea comparator route');
    expect(corridorOverlay.legend(view(['energy-lng']), corridor)).toEqual([]);
    // Only the eastern branch: no missing link (it is on the western branch).
    expect(labelsOf(corridorOverlay.legend(view(['corridor-eastern']), corridor))).not.toContain('Missing rail link');
  });

  it('gives the energy layers a width scale only when they are on', () => {
    expect(energyOverlay.legend(view(DEFAULT_VISIBLE_LAYERS), energy)).toEqual([]);
    const gas = legendEntries(
      [{ title: 'legend.energy', entries: energyOverlay.legend(view(['energy-gas-pipelines']), energy) }],
      english,
    );
    const widths = gas.filter((entry) => entry.label.endsWith('bcm/yr'));
    expect(widths.map((entry) => entry.label)).toEqual(['Gas: 10 bcm/yr', 'Gas: 40 bcm/yr', 'Gas: 110 bcm/yr']);
    expect(widths.map((entry) => entry.width)).toEqual([4, 7, 10]);
  });
});

describe('features in a few words', () => {
  it('summarises the missing link with its status on the day and both lengths', () => {
    const summary = corridorOverlay.summarize(corridor, 'astara-ir--rasht', view(DEFAULT_VISIBLE_LAYERS));
    expect(summary?.name).toBe('Astara (IR) – Rasht');
    expect(say(summary?.kind)).toBe('Missing rail link · Western branch (via Azerbaijan)');
    expect(say(summary?.status)).toMatch(/^Planned \(expected \d{4}\)$/);
    expect(summary?.publishedKilometers).toBe(162);
    expect(summary?.computedKilometers).toBeGreaterThan(100);
    expect(summary?.role).toBe('segment');
    const [west, south, east, north] = summary?.bounds ?? [];
    expect(west).toBeLessThan(east ?? 0);
    expect(south).toBeLessThan(north ?? 0);
  });

  it('reads the status on the view day: a railway opened in 2014 was not built in 2010', () => {
    const summary = corridorOverlay.summarize(corridor, 'bereket--etrek', view(DEFAULT_VISIBLE_LAYERS, '2010-12-31'));
    expect(say(summary?.status)).not.toBe('Operational');
    expect(say(corridorOverlay.summarize(corridor, 'bereket--etrek', view(DEFAULT_VISIBLE_LAYERS))?.status)).toBe(
      'Operational',
    );
  });

  it('makes places route ends, and leaves other overlays’ ids to them', () => {
    const node = corridorOverlay.summarize(corridor, 'bandar-abbas', view(DEFAULT_VISIBLE_LAYERS));
    expect(node?.role).toBe('place');
    expect(say(node?.kind)).toBe('Seaport');
    expect(corridorOverlay.summarize(corridor, 'igat-9', view([]))).toBeUndefined();
    const pipeline = energyOverlay.summarize(energy, 'igat-9', view([]));
    expect(say(pipeline?.kind)).toMatch(/^Gas /);
    expect(pipeline?.computedKilometers).toBeGreaterThan(0);
  });
});

describe('labels drawn on the map', () => {
  it('names the three branches once each, and calls out the missing link with its length', () => {
    const sources = buildCorridorSources(corridor as Parameters<typeof buildCorridorSources>[0]);
    expect(sources.branchLabels.features.map((feature) => feature.properties?.branch)).toEqual(
      Object.keys(LABELLED_BRANCHES),
    );
    const gap = sources.gapLabels.features.find((feature) => feature.properties?.id === 'astara-ir--rasht');
    expect(gap?.properties?.label).toMatch(/^Missing rail link\nAstara \(IR\) – Rasht: 162 km, expected \d{4}$/);
  });

  it('words its own labels in each language given, English being the fallback the style reads', () => {
    const persian = wordingFrom(
      'fa',
      readCatalogueFolder(new URL('../../src/i18n/messages/fa', import.meta.url).pathname).messages,
    );
    const sources = buildCorridorSources(corridor as Parameters<typeof buildCorridorSources>[0], { fa: persian });
    const western = sources.branchLabels.features.find((feature) => feature.properties?.branch === 'western');
    expect(western?.properties?.label).toBe('Western branch (via Azerbaijan)');
    expect(western?.properties?.label_fa).toBe('شاخهٔ غربی (از مسیر آذربایجان)');
    expect(western?.properties?.label_ru).toBeUndefined();
    const gap = sources.gapLabels.features.find((feature) => feature.properties?.id === 'astara-ir--rasht');
    expect(gap?.properties?.label_fa).toMatch(/^حلقهٔ مفقودهٔ ریلی\n.+: ۱۶۲ کیلومتر، پیش‌بینی بهره‌برداری [۰-۹]{4}$/);
    expect(gap?.properties?.short).toBe('Missing rail link');
    expect(gap?.properties?.short_fa).toBe('حلقهٔ مفقودهٔ ریلی');
    expect(labelField('short')).toEqual([
      'coalesce',
      ['get', ['concat', 'short_', ['global-state', 'language']]],
      ['get', 'short'],
    ]);
  });
});

describe('what panels ask the map to draw', () => {
  it('draws a previewed route and a highlighted branch from ids in the view, and nothing without them', () => {
    const filters = corridorOverlay.filters(corridor, {
      ...view(DEFAULT_VISIBLE_LAYERS),
      previewSegments: ['moscow--st-petersburg'],
      highlightBranch: 'western',
    });
    expect(JSON.stringify(filters['corridor-route-preview'])).toContain('"moscow--st-petersburg"');
    expect(JSON.stringify(filters['corridor-branch-highlight'])).toContain('"western"');
    const none = corridorOverlay.filters(corridor, view(DEFAULT_VISIBLE_LAYERS));
    expect(none['corridor-route-preview']).toEqual(['in', ['get', 'id'], ['literal', []]]);
    expect(JSON.stringify(none['corridor-branch-highlight'])).toContain('["==",["get","branch"],""]');
  });
});

describe('a route from the map', () => {
  it('waits for the second end, then makes the route; with a route, replaces the end', () => {
    const store = createExplorerStore();
    store.getState().setRouteEnd('from', 'moscow');
    expect(store.getState().routeQuery.route).toBeUndefined();
    expect(store.getState().routeDraft).toEqual({ from: 'moscow' });
    store.getState().setRouteEnd('to', 'mumbai');
    expect(store.getState().routeQuery.route).toEqual(['moscow', 'mumbai']);
    expect(store.getState().routeDraft).toBeUndefined();
    store.getState().updateRouteQuery({ route: ['moscow', 'baku', 'mumbai'] });
    store.getState().setRouteEnd('from', 'st-petersburg');
    expect(store.getState().routeQuery.route).toEqual(['st-petersburg', 'baku', 'mumbai']);
  });
});
