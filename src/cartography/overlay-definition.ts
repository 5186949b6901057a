import type { FilterSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../domain/vocabulary/vocabulary';
import type { MessageId } from '../i18n/catalogues';
import type { Wording } from '../i18n/wording';

/**
 * Words an overlay defines outside React, said in the language shown only when the interface (or
 * the exported image) words them: a catalogue message, or a function of the language's words.
 */
export type Worded = MessageId | ((wording: Wording) => string);

/** The text of `Worded` words in a language. */
export function wordOf(words: Worded, wording: Wording): string {
  return typeof words === 'function' ? words(wording) : wording.t(words);
}

/** A switchable layer of an overlay, as the link's `layers=` names it. */
export interface OverlayLayer {
  /** The id written in links (`layers=corridor-western,energy-lng`). */
  readonly id: string;
  /** What the legend's switch says. */
  readonly label: Worded;
  /** Shown when a link does not say (`layers` absent). */
  readonly defaultVisible: boolean;
}

/** What decides how an overlay is drawn now: the view state, as ids and choices only. */
export interface OverlayView {
  /** Visible overlay layer ids (the defaults already applied). */
  readonly visibleLayers: readonly string[];
  /** Energy statuses the legend's filter hides. */
  readonly hiddenStatuses: readonly string[];
  /** The day the view shows (`YYYY-MM-DD`): the link's date, the last day of its year, or the data's as-of date. */
  readonly day: string;
  /** The data's as-of date: the day its status fields describe. */
  readonly present: string;
  /** Node ids the basemap already labels (overlays hide their own label for them). */
  readonly labelledByBasemap: readonly string[];
  /** A branch a panel points at (hovering its card): drawn with a halo; `undefined` for none. */
  readonly highlightBranch?: string | undefined;
  /** Segment ids of a route a panel previews (hovering an option card); empty for none. */
  readonly previewSegments?: readonly string[] | undefined;
}

/** One line of a legend as an overlay defines it: a swatch (line, dashed line, point or band) and its words. */
export interface LegendLine {
  readonly label: Worded;
  readonly colour: string;
  readonly symbol: 'line' | 'dashed-line' | 'point' | 'band';
  /** The line's width in pixels, for entries of a width scale (energy capacities); else the default. */
  readonly width?: number;
}

/** One line of a legend worded in a language (`legendEntries` in src/map/map-legend.ts): the key, the image. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly symbol: 'line' | 'dashed-line' | 'point' | 'band';
  /** The line's width in pixels, for entries of a width scale (energy capacities); else the default. */
  readonly width?: number;
}

/** A feature in a few words, for the map's tooltip and card: what it is and how it stands on the view's day. */
export interface FeatureSummary {
  /** The id `sel=` takes. */
  readonly id: string;
  /** Its name in the data (English); the interface names it in the language shown by `id`. */
  readonly name: string;
  /** What it is, in words ("Rail segment", "Seaport", "Event: strike", "Gas pipeline"). */
  readonly kind: Worded;
  /** Its status on the view's day, in words (`undefined` when it has none, e.g. a city). */
  readonly status?: Worded | undefined;
  /** Length of its drawn line computed by the app, km (lines only). */
  readonly computedKilometers?: number | undefined;
  /** The preferred published length, km (when the sources give one). */
  readonly publishedKilometers?: number | undefined;
  /** One line of what it is, from the data. */
  readonly note?: string | undefined;
  /** `segment`: can be compared; `place`: can start or end a route; `other`: neither. */
  readonly role: 'segment' | 'place' | 'other';
  /** Where a card about it points when no click placed it: a point on it, [lng, lat]. */
  readonly anchor: readonly [number, number];
  /** Its extent, to fit the map to ([west, south, east, north]). */
  readonly bounds: readonly [number, number, number, number];
}

/** Where a feature under the pointer leads: the id to select and the feature-state target to mark. */
interface OverlayHit {
  readonly selection: string;
  readonly target: { readonly source: string; readonly id: string };
}

/**
 * A map overlay as the map composes it: its sources from its loaded data, its layer specs (some
 * under the basemap's labels, some above them), its filters from the view, the layers a pointer
 * can pick from, the feature-state target of a selected id, and the legend of what is visible.
 * Pure functions of their inputs, so the whole composed style can be validated in Node.
 */
export interface MapOverlay<Data> {
  /** The overlay's id (`corridor`, `energy`). */
  readonly id: string;
  /** Its switchable layers, in legend order. */
  readonly layers: readonly OverlayLayer[];
  /**
   * The GeoJSON sources, from the loaded data; the overlay's own labels (not the data's names) in
   * English and in each language of `wordings` (the style picks the interface language's).
   */
  sources(data: Data, wordings?: Partial<Record<Language, Wording>>): Record<string, SourceSpecification>;
  /** The layer specs: `underLabels` go below the basemap's first label layer, `aboveLabels` on top of it. */
  styleLayers(
    font: string,
    filters: Readonly<Record<string, FilterSpecification>>,
  ): { underLabels: LayerSpecification[]; aboveLabels: LayerSpecification[] };
  /** The filter of every layer for the view (the map sets them only when they change). */
  filters(data: Data, view: OverlayView): Record<string, FilterSpecification>;
  /** Layers a hover or click picks features from, topmost first. */
  readonly hitLayers: readonly string[];
  /** What a picked feature selects; `undefined` when it selects nothing. */
  hit(feature: { source: string; properties: Readonly<Record<string, unknown>> }): OverlayHit | undefined;
  /** Every id this overlay can select (`sel=`), for checking links. */
  selectableIds(data: Data): Iterable<string>;
  /** The feature-state target of a selected id, when the overlay draws it. */
  featureTarget(data: Data, id: string): { source: string; id: string } | undefined;
  /** The legend of what the view shows (used on the map and on exported images). */
  legend(view: OverlayView, data: Data): LegendLine[];
  /** A selectable id in a few words (tooltip, card), as it stands on the view's day; `undefined` if not this overlay's. */
  summarize(data: Data, id: string, view: OverlayView): FeatureSummary | undefined;
}
