import type {
  FilterSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS, SOURCE_IDS } from './layer-ids';
import { LANGUAGE_STATE_DEFAULT, localNameProperties, NAME_FIELD, spacingForScript } from './local-names';
import type { BasemapTheme } from './theme';

/** The data the embedded basemap draws. */
export interface BasemapSources {
  land: FeatureCollection;
  borders: FeatureCollection;
  coastlines: FeatureCollection;
  places: FeatureCollection;
  labels: FeatureCollection;
}

const NATURAL_EARTH_ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

/**
 * Zoom tiers for labels: a feature whose own `minZoom` (or rank) falls in a tier is drawn by that
 * tier's layer, whose `minzoom` hides it below. (Filters cannot use `["zoom"]` reliably, so each
 * tier is its own layer.)
 */
const PLACE_RANK_TIERS = [
  { rank: 1, minzoom: 0 },
  { rank: 2, minzoom: 4 },
  { rank: 3, minzoom: 5.25 },
] as const;
const LABEL_ZOOM_TIERS = [0, 3, 4, 5, 6] as const;

function labelTierFilter(kind: 'country' | 'water', index: number): FilterSpecification {
  const lower = LABEL_ZOOM_TIERS[index] ?? 0;
  const upper = LABEL_ZOOM_TIERS[index + 1] ?? 99;
  const kindFilter: FilterSpecification =
    kind === 'country' ? ['==', ['get', 'kind'], 'country'] : ['!=', ['get', 'kind'], 'country'];
  return ['all', kindFilter, ['>=', ['get', 'minZoom'], lower], ['<', ['get', 'minZoom'], upper]];
}

/**
 * The embedded basemap as a MapLibre style: a pure function of the theme, the font files and the
 * data, so it can be validated in Node. Labels are English, drawn from bundled Noto Sans
 * (Latin, Latin Extended, Cyrillic) through the style's `font-faces`; there is no glyph server.
 */
export function createBasemapStyle(
  theme: BasemapTheme,
  fontFaces: FontFacesSpecification,
  data: BasemapSources,
): StyleSpecification {
  const font = [theme.fontRegular];
  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: LAYER_IDS.land,
      type: 'fill',
      source: SOURCE_IDS.land,
      // Antialiasing would outline every country in a faint seam; borders are drawn on their own.
      paint: { 'fill-color': theme.land, 'fill-antialias': false },
    },
    {
      id: LAYER_IDS.coastline,
      type: 'line',
      source: SOURCE_IDS.coastlines,
      paint: { 'line-color': theme.coastline, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2] },
    },
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: SOURCE_IDS.borders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.4],
        'line-dasharray': [3, 2],
      },
    },
  ];
  LABEL_ZOOM_TIERS.forEach((minzoom, index) => {
    layers.push({
      id: `${LAYER_IDS.waterLabels}-${index}`,
      type: 'symbol',
      source: SOURCE_IDS.labels,
      minzoom,
      filter: labelTierFilter('water', index),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
        'text-letter-spacing': spacingForScript(0.12),
        'text-max-width': 7,
      },
      paint: { 'text-color': theme.waterLabel, 'text-halo-color': theme.sea, 'text-halo-width': 1 },
    });
  });
  LABEL_ZOOM_TIERS.forEach((minzoom, index) => {
    layers.push({
      id: `${LAYER_IDS.countryLabels}-${index}`,
      type: 'symbol',
      source: SOURCE_IDS.labels,
      minzoom,
      filter: labelTierFilter('country', index),
      layout: {
        'text-field': NAME_FIELD,
        'text-font': font,
        'text-transform': 'uppercase',
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
        'text-letter-spacing': spacingForScript(0.18),
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.land, 'text-halo-width': 1.2 },
    });
  });
  for (const [index, tier] of PLACE_RANK_TIERS.entries()) {
    const filter: FilterSpecification = ['==', ['get', 'rank'], tier.rank];
    layers.push({
      id: `${LAYER_IDS.placeDots}-${index}`,
      type: 'circle',
      source: SOURCE_IDS.places,
      minzoom: tier.minzoom,
      filter,
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 3.5, 2.5],
        'circle-color': ['case', ['get', 'capital'], theme.capitalDot, theme.placeDot],
        'circle-stroke-color': theme.placeLabelHalo,
        'circle-stroke-width': 1,
      },
    });
    layers.push({
      id: `${LAYER_IDS.placeLabels}-${index}`,
      type: 'symbol',
      source: SOURCE_IDS.places,
      minzoom: tier.minzoom,
      filter,
      layout: {
        'text-field': NAME_FIELD,
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 14],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': theme.placeLabel, 'text-halo-color': theme.placeLabelHalo, 'text-halo-width': 1.5 },
    });
  }
  return {
    version: 8,
    name: 'INSTC Explorer embedded basemap (Natural Earth)',
    'font-faces': fontFaces,
    state: LANGUAGE_STATE_DEFAULT,
    sources: {
      [SOURCE_IDS.land]: { type: 'geojson', data: data.land, attribution: NATURAL_EARTH_ATTRIBUTION },
      [SOURCE_IDS.borders]: { type: 'geojson', data: data.borders },
      [SOURCE_IDS.coastlines]: { type: 'geojson', data: data.coastlines },
      [SOURCE_IDS.places]: { type: 'geojson', data: withPlaceNames(data.places), promoteId: 'id' },
      [SOURCE_IDS.labels]: { type: 'geojson', data: withCountryNames(data.labels), promoteId: 'id' },
    },
    layers,
  };
}

/** The cities with their names in the interface languages where the data has them. */
function withPlaceNames(places: BasemapSources['places']): BasemapSources['places'] {
  return {
    ...places,
    features: places.features.map((place) => ({
      ...place,
      properties: { ...place.properties, ...localNameProperties(place.properties?.names) },
    })),
  };
}

/**
 * The labels with each country's name in the interface languages, from the locale data of the
 * JavaScript engine (Unicode CLDR, through `Intl.DisplayNames`); seas keep their English name.
 */
function withCountryNames(labels: BasemapSources['labels']): BasemapSources['labels'] {
  const namers = new Map<string, Intl.DisplayNames>();
  const countryName = (code: string) => (language: string) => {
    let namer = namers.get(language);
    if (!namer) {
      namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      namers.set(language, namer);
    }
    return namer.of(code);
  };
  return {
    ...labels,
    features: labels.features.map((label) => {
      const { kind, country } = (label.properties ?? {}) as { kind?: unknown; country?: unknown };
      if (kind !== 'country' || typeof country !== 'string') return label;
      return { ...label, properties: { ...label.properties, ...localNameProperties(undefined, countryName(country)) } };
    }),
  };
}

/** Every layer id that draws city dots or city names (all rank tiers). */
export const PLACE_LAYER_IDS = PLACE_RANK_TIERS.flatMap((_, index) => [
  `${LAYER_IDS.placeDots}-${index}`,
  `${LAYER_IDS.placeLabels}-${index}`,
]);
