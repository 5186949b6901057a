import type { ScenarioFlag } from '../../domain/routing/scenarios';
import type { CargoKind, Criterion, ForcibleBranch, Language } from '../../domain/vocabulary/vocabulary';
import type { LinkNoticeCode } from './link-notice';

/**
 * The panel's tabs (`tab=`), in the order the tab strip shows them. Additive to version 1: a link
 * without `tab` opens the Route tab when it has a route, else the Overview.
 */
export const PANEL_TABS = ['overview', 'route', 'compare', 'energy', 'table', 'share'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** The current version of the link format (contracts §4). A missing `v` means 1. */
export const LINK_FORMAT_VERSION = 1;

/** A camera as written in `map=ZOOM/LAT/LNG[/BEARING/PITCH]`; degrees, zoom levels. */
export interface Camera {
  zoom: number;
  latitude: number;
  longitude: number;
  bearing: number;
  pitch: number;
}

/** A geographic rectangle as written in `bbox=W,S,E,N`, in degrees. `east < west` crosses ±180°. */
export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Everything a v1 link can carry, with descriptive names. Absent fields are absent from the link.
 * Each feature reads its own fields; the codec only checks syntax and ranges. Ids (places,
 * segments, layers, assumptions) are checked against the loaded data by `validateLinkIds`.
 */
export interface LinkState {
  /** `map`: an exact camera. Wins over `boundingBox` when both are given. */
  camera?: Camera;
  /** `bbox`: fit these bounds (independent of the window size). */
  boundingBox?: BoundingBox;
  /** `route`: place ids, origin first, then vias, destination last. */
  route?: string[];
  /** `by`. */
  criterion?: Criterion;
  /** `cargo`. */
  cargo?: CargoKind;
  /** `scn`, canonical order. */
  scenarios?: ScenarioFlag[];
  /** `date`: the network as of that day (`YYYY-MM-DD`, contracts §7); wins over `year`. */
  date?: string;
  /** `year`, e.g. 2030: the network at the end of that year. */
  year?: number;
  /** `month`, 1–12. */
  month?: number;
  /** `avoid`: ISO 3166-1 alpha-2 codes, upper case, sorted. */
  avoidCountries?: string[];
  /** `branch`: the corridor branch the route is forced through (an option card chosen as the route). */
  branch?: ForcibleBranch;
  /** `cmp`: compared segment ids, in the order they were added. */
  comparedSegments?: string[];
  /** `layers`: visible overlay ids. */
  layers?: string[];
  /** `sel`: the selected feature id. */
  selection?: string;
  /** `asm`: assumptions changed from the defaults, as absolute values, sorted by key. */
  assumptions?: Array<[string, number]>;
  /** `dv`: the data version the link was made with (`YYYY.MM.N`). */
  dataVersion?: string;
  /**
   * `lang`: the interface language the link asks for (contracts §7); absent: the reader's
   * browser language if the explorer has it, else English.
   */
  language?: Language;
  /** `embed=1`. */
  embed?: boolean;
  /** `tab`: the panel's open tab (additive; absent: Route with a route, else Overview). */
  tab?: PanelTab;
}

/** One piece of link input that was ignored or changed, with the reason, for the visible notice. */
export interface LinkNotice {
  /** The link key concerned (already made safe for display), or `link` for the whole link. */
  key: string;
  /** The offending value, shortened and made safe for display (never interpreted as markup). */
  value: string;
  /** Why it was dropped or changed, in plain English (the CLI's words; the interface words the code). */
  reason: string;
  /** Why, as a code the interface words in the reader's language (`src/state/link/link-notice.ts`). */
  code: LinkNoticeCode;
  /** The code's parameters (numbers, names of the link's parts); empty for most codes. */
  parameters: Readonly<Record<string, string | number>>;
}
