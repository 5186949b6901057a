import { createStore } from 'zustand/vanilla';
import type { RouteOptionKey } from '../domain/routing/route-options';
import type { Language } from '../domain/vocabulary/vocabulary';
import type { MessageId } from '../i18n/catalogues';
import type { Wording } from '../i18n/wording';
import { type DataUnit, type LoadedData, type LoadState, NOTHING_LOADED } from './explorer-data';
import type { BoundingBox, Camera, LinkNotice, LinkState, PanelTab } from './link/link-state';

/** What the map should show: an exact camera, a box to fit, or the default view. */
export type MapView =
  | { kind: 'default' }
  | { kind: 'camera'; camera: Camera }
  | { kind: 'bounds'; boundingBox: BoundingBox };

/**
 * Words for the interface to show in the reader's language: a message id of the catalogues
 * (src/i18n/messages) and its values. State keeps the English `message` beside it for logs.
 */
export interface NoticeWords {
  id: MessageId;
  values?: Record<string, string | number>;
}

/** The map's life cycle, for the readiness signal and the "map unavailable" message. */
type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'error'; message: string; words?: NoticeWords | undefined };

/**
 * A request for an image of the map: its size in pixels and the text drawn on it. The map
 * fulfils it and calls `resolve` with the PNG, or `reject` with the reason.
 */
interface ImageExportRequest {
  width: number;
  height: number;
  /** The final figure's size when this is a preview of it (drawn the same, smaller). */
  finalSize?: { width: number; height: number } | undefined;
  title: string;
  /** Lines under the title (headline figures and ranges); empty for none. */
  caption: readonly string[];
  attribution: string;
  /** The words the figure is made in (its legend, scale, foot and errors); English when absent. */
  wording?: Wording | undefined;
  /** The title and caption in English, for the PNG's machine text chunks; `title` and `caption` when absent. */
  metadata?: { title: string; caption: readonly string[] } | undefined;
  /** Titles of the sources of what the figure shows. */
  sources: readonly string[];
  /** The box to frame (route, comparison, selection); absent: the current view. */
  content?: BoundingBox | undefined;
  /** Points whose position in the image the PNG records (the route's ends). */
  marks?: readonly { label: string; longitude: number; latitude: number }[] | undefined;
  permalink: string;
  dataVersion: string;
  appVersion: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The day the map shows (`YYYY-MM-DD`). */
  networkDay: string;
  /** Cancels the export (the map stops at its next step and rejects with an `AbortError`). */
  signal?: AbortSignal | undefined;
  /** Told as each step starts: drawing the map, composing the figure, encoding the PNG. */
  onProgress?: ((stage: 'map' | 'compose' | 'encode') => void) | undefined;
  resolve: (image: Blob) => void;
  reject: (error: Error) => void;
}

/** The map's current extent and its size on screen. */
interface MapFrame {
  bounds: BoundingBox;
  width: number;
  height: number;
}

/**
 * A message about something outside the link: an alert (map errors, basemap fallback, data left
 * out) or a `note` (data kept but worth a look, such as an unsourced estimate), which the page
 * folds away under one line.
 */
interface AppNotice {
  id: string;
  /** The notice in English (logs, tests); the page shows `words` where given. */
  message: string;
  words?: NoticeWords | undefined;
  kind?: 'alert' | 'note';
  /**
   * The data problems a notice lists (at most five), as the checker gave them: the page words each
   * from its rule in the language shown (`src/i18n/data-rule-messages.ts`); `message` stays English.
   */
  problems?: readonly NoticeProblem[] | undefined;
}

/** A data problem listed in a notice: the feature, the id of the rule it breaks, the checker's English message. */
export interface NoticeProblem {
  feature: string;
  rule?: string | undefined;
  message: string;
}

/**
 * The route explorer's query, with the link's field names (contracts §4 and §7: route by cargo scn
 * date year month avoid asm). `date` and `year` also set the day the map, overlays and tables show.
 */
export type RouteQueryState = Pick<
  LinkState,
  | 'route'
  | 'criterion'
  | 'cargo'
  | 'scenarios'
  | 'date'
  | 'year'
  | 'month'
  | 'avoidCountries'
  | 'branch'
  | 'assumptions'
>;

const ROUTE_QUERY_KEYS = [
  'route',
  'criterion',
  'cargo',
  'scenarios',
  'date',
  'year',
  'month',
  'avoidCountries',
  'branch',
  'assumptions',
] as const satisfies ReadonlyArray<keyof RouteQueryState>;

/** Link fields that no feature of this version owns yet; they are kept so links round-trip. */
type PassThroughLinkState = Omit<
  LinkState,
  'camera' | 'boundingBox' | 'dataVersion' | 'layers' | 'selection' | 'comparedSegments' | 'tab' | keyof RouteQueryState
>;

/** How far the phone layout's bottom sheet is pulled up (session only). */
export type SheetHeight = 'peek' | 'half' | 'full';

/** Splits a link state into the route query and what no feature owns yet. */
function splitRouteQuery(
  state: Omit<
    LinkState,
    'camera' | 'boundingBox' | 'dataVersion' | 'layers' | 'selection' | 'comparedSegments' | 'tab'
  >,
): {
  routeQuery: RouteQueryState;
  passThrough: PassThroughLinkState;
} {
  const routeQuery: RouteQueryState = {};
  const passThrough: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if ((ROUTE_QUERY_KEYS as readonly string[]).includes(key)) (routeQuery as Record<string, unknown>)[key] = value;
    else passThrough[key] = value;
  }
  return { routeQuery, passThrough: passThrough as PassThroughLinkState };
}

/**
 * The explorer's single store. It holds ids and queries only; anything derived (geometry,
 * routes, tables) comes from selectors.
 */
export interface ExplorerState {
  /** The data version this build ships (`dv=`); fixed for the store's life. */
  dataVersion: string;
  /**
   * The day the shipped data describes (`YYYY-MM-DD`): the view's day when a link names neither a
   * date nor a year (see `selectDay`); fixed for the store's life.
   */
  dataAsOf: string;
  /** True while the user drags a control (the timeline): its changes make one history step. */
  gesture: boolean;
  setGesture: (gesture: boolean) => void;
  view: MapView;
  /** Bumped when the view is set from outside the map (link, history, reset), so the map moves. */
  viewRevision: number;
  passThrough: PassThroughLinkState;
  /**
   * The interface language the reader's browser prefers among those the explorer has (English
   * when none); shown when the link has no `lang` (contracts §7). Set once, at start.
   */
  browserLanguage: Language;
  /** Chooses the interface language: written to the link as `lang`, a history step. */
  setLanguage: (language: Language) => void;
  /** The route explorer's query (ids and choices only; the route itself is derived). */
  routeQuery: RouteQueryState;
  /** Visible overlay layer ids (`layers=`); `undefined` means the defaults. */
  visibleLayers: string[] | undefined;
  /** The selected corridor feature (`sel=`): a segment or node id. */
  selection: string | undefined;
  /**
   * Whether the details pane shows the selection over the top of the panel (session only). A
   * selection made by the user opens it; a link opens it when it selects something and names
   * neither a route nor a tab (those open on their tab, the selection marked on the map).
   */
  detailsOpen: boolean;
  /** Bumped when the user opens details, so the pane moves focus to its heading (not on a link). */
  detailsFocusRevision: number;
  /** The panel's tab as the link names it (`tab=`); `undefined`: see `selectActiveTab`. */
  tab: PanelTab | undefined;
  /** A corridor branch id the map highlights while the pointer or focus is on its card (session only). */
  highlightBranch: string | undefined;
  /** The phone layout's bottom sheet height (session only). */
  sheet: SheetHeight;
  /** Compared segment ids (`cmp=`), in the order they were added. */
  comparedSegments: string[];
  /** While on, a click on a segment adds it to the comparison instead of selecting it (session only). */
  pickingForComparison: boolean;
  /** Energy statuses the legend's filter hides (session only). */
  hiddenEnergyStatuses: string[];
  /** One end of a route chosen on the map ("Route from here") before the other is (session only). */
  routeDraft: { from?: string; to?: string } | undefined;
  /**
   * Makes a place the route's origin or destination: with a route, that end is replaced; without
   * one, it waits in `routeDraft` until the other end is chosen, and then becomes the route.
   */
  setRouteEnd: (end: 'from' | 'to', placeId: string) => void;
  /** The route option whose card is hovered or focused, drawn on the map as a preview (session only). */
  previewOption: RouteOptionKey | undefined;
  setPreviewOption: (option: RouteOptionKey | undefined) => void;
  linkNotices: LinkNotice[];
  appNotices: AppNotice[];
  mapStatus: MapStatus;
  selectedPlaceId: string | undefined;
  /** Where the loading of each unit of data stands (the data itself once ready). */
  loaded: LoadedData;
  /** Records a unit's load state (see `requestData`). */
  setLoadState: <Unit extends DataUnit>(unit: Unit, state: LoadedData[Unit] & LoadState<unknown>) => void;
  /** What the map shows now (its extent and size in CSS pixels), for embeds and exports; session only. */
  mapFrame: MapFrame | undefined;
  setMapFrame: (frame: MapFrame) => void;
  /** An image export the map is asked to render; the map clears it when done. */
  imageExport: ImageExportRequest | undefined;
  /** Asks the map for an image of the current view (one at a time). */
  requestImageExport: (request: ImageExportRequest) => void;
  /** Ends the current image export request. */
  finishImageExport: () => void;
  /** Applies a parsed link (first load, back/forward, a pasted hash). */
  applyLink: (state: LinkState, notices: LinkNotice[]) => void;
  /** Records a camera the user moved to; it does not move the map again. */
  setCameraFromMap: (camera: Camera) => void;
  /** Asks the map to show the default view. */
  resetView: () => void;
  setMapStatus: (status: MapStatus) => void;
  addAppNotice: (notice: AppNotice) => void;
  dismissNotices: () => void;
  selectPlace: (placeId: string | undefined) => void;
  /**
   * Selects a feature (or none) and opens its details pane; a history step. `{ details: false }`
   * selects without opening the pane (e.g. the map's click card, whose "Details" calls `openDetails`).
   */
  select: (featureId: string | undefined, options?: { details?: boolean }) => void;
  /** Opens the details pane on the current selection. */
  openDetails: () => void;
  /** Closes the details pane; the selection stays (the panel returns to its tab). */
  closeDetails: () => void;
  /** Opens a tab of the panel (and closes the details pane). */
  setTab: (tab: PanelTab) => void;
  setHighlightBranch: (branch: string | undefined) => void;
  setSheet: (sheet: SheetHeight) => void;
  /** Shows or hides one overlay layer, starting from the defaults when the link gave none. */
  setLayerVisible: (layerId: string, visible: boolean, defaults: readonly string[]) => void;
  /** Adds a segment to the comparison (a second add does nothing); a history step. */
  addToComparison: (segmentId: string) => void;
  /** Removes a segment from the comparison, or all of them; a history step. */
  removeFromComparison: (segmentId: string | 'all') => void;
  setPickingForComparison: (picking: boolean) => void;
  setEnergyStatusHidden: (status: string, hidden: boolean) => void;
  /** Fits the map to a box (e.g. the compared segments). */
  fitTo: (boundingBox: BoundingBox) => void;
  /** Changes the route query; changing the places or choices is a history step, assumptions are not. */
  updateRouteQuery: (change: Partial<RouteQueryState>) => void;
  /** Replaces link-derived state after the data has loaded (unknown ids dropped). */
  correctLinkState: (state: LinkState, notices: LinkNotice[]) => void;
}

/** Creates a store; the app makes one, tests make their own. */
export function createExplorerStore(dataVersion = '', dataAsOf = '2026-12-01', browserLanguage: Language = 'en') {
  return createStore<ExplorerState>()((set) => ({
    dataVersion,
    dataAsOf,
    browserLanguage,
    setLanguage: (language) => set((previous) => ({ passThrough: { ...previous.passThrough, language } })),
    gesture: false,
    setGesture: (gesture) => set({ gesture }),
    view: { kind: 'default' },
    viewRevision: 0,
    passThrough: {},
    routeQuery: {},
    visibleLayers: undefined,
    selection: undefined,
    detailsOpen: false,
    detailsFocusRevision: 0,
    tab: undefined,
    highlightBranch: undefined,
    sheet: 'half',
    comparedSegments: [],
    pickingForComparison: false,
    hiddenEnergyStatuses: [],
    routeDraft: undefined,
    setRouteEnd: (end, placeId) =>
      set((previous) => {
        const route = previous.routeQuery.route;
        const draft = { ...(route && route.length >= 2 ? { from: route[0], to: route.at(-1) } : previous.routeDraft) };
        draft[end] = placeId;
        if (!draft.from || !draft.to || draft.from === draft.to) return { routeDraft: draft };
        const vias = route && route.length >= 2 ? route.slice(1, -1) : [];
        return {
          routeDraft: undefined,
          routeQuery: { ...previous.routeQuery, route: [draft.from, ...vias, draft.to] },
        };
      }),
    previewOption: undefined,
    setPreviewOption: (previewOption) => set({ previewOption }),
    linkNotices: [],
    appNotices: [],
    mapStatus: { kind: 'loading' },
    selectedPlaceId: undefined,
    loaded: NOTHING_LOADED,
    setLoadState: (unit, state) => set((previous) => ({ loaded: { ...previous.loaded, [unit]: state } })),
    mapFrame: undefined,
    setMapFrame: (mapFrame) => set({ mapFrame }),
    imageExport: undefined,
    requestImageExport: (request) =>
      set((previous) => {
        if (!previous.imageExport) return { imageExport: request };
        request.reject(new Error('another image is being made; try again when it is done'));
        return previous;
      }),
    finishImageExport: () => set({ imageExport: undefined }),
    applyLink: (state, notices) =>
      set((previous) => {
        const {
          camera,
          boundingBox,
          dataVersion: _linkDataVersion,
          layers,
          selection,
          comparedSegments,
          tab,
          ...rest
        } = state;
        const { routeQuery, passThrough } = splitRouteQuery(rest);
        const view: MapView = camera
          ? { kind: 'camera', camera }
          : boundingBox
            ? { kind: 'bounds', boundingBox }
            : { kind: 'default' };
        return {
          view,
          viewRevision: previous.viewRevision + 1,
          passThrough,
          routeQuery,
          visibleLayers: layers,
          selection,
          detailsOpen: selection !== undefined && !routeQuery.route && tab === undefined,
          tab,
          comparedSegments: comparedSegments ?? [],
          linkNotices: notices,
        };
      }),
    setCameraFromMap: (camera) => set({ view: { kind: 'camera', camera } }),
    resetView: () => set((previous) => ({ view: { kind: 'default' }, viewRevision: previous.viewRevision + 1 })),
    setMapStatus: (mapStatus) => set({ mapStatus }),
    addAppNotice: (notice) =>
      set((previous) => ({
        appNotices: [...previous.appNotices.filter((existing) => existing.id !== notice.id), notice],
      })),
    dismissNotices: () => set({ linkNotices: [], appNotices: [] }),
    selectPlace: (selectedPlaceId) => set({ selectedPlaceId }),
    select: (selection, options) =>
      set((previous) => {
        const open = selection !== undefined && options?.details !== false;
        return {
          selection,
          detailsOpen: open || (selection !== undefined && previous.detailsOpen),
          detailsFocusRevision: previous.detailsFocusRevision + (open ? 1 : 0),
        };
      }),
    openDetails: () =>
      set((previous) =>
        previous.selection === undefined
          ? previous
          : { detailsOpen: true, detailsFocusRevision: previous.detailsFocusRevision + 1 },
      ),
    closeDetails: () => set({ detailsOpen: false }),
    setTab: (tab) => set({ tab, detailsOpen: false }),
    setHighlightBranch: (highlightBranch) => set({ highlightBranch }),
    setSheet: (sheet) => set({ sheet }),
    addToComparison: (segmentId) =>
      set((previous) =>
        previous.comparedSegments.includes(segmentId)
          ? previous
          : { comparedSegments: [...previous.comparedSegments, segmentId] },
      ),
    removeFromComparison: (segmentId) =>
      set((previous) => ({
        comparedSegments: segmentId === 'all' ? [] : previous.comparedSegments.filter((id) => id !== segmentId),
      })),
    setPickingForComparison: (pickingForComparison) => set({ pickingForComparison }),
    setEnergyStatusHidden: (status, hidden) =>
      set((previous) => ({
        hiddenEnergyStatuses: hidden
          ? [...new Set([...previous.hiddenEnergyStatuses, status])]
          : previous.hiddenEnergyStatuses.filter((item) => item !== status),
      })),
    fitTo: (boundingBox) =>
      set((previous) => ({ view: { kind: 'bounds', boundingBox }, viewRevision: previous.viewRevision + 1 })),
    updateRouteQuery: (change) =>
      set((previous) => {
        const routeQuery: RouteQueryState = { ...previous.routeQuery, ...change };
        for (const key of ROUTE_QUERY_KEYS) {
          const value = routeQuery[key];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) delete routeQuery[key];
        }
        return { routeQuery };
      }),
    setLayerVisible: (layerId, visible, defaults) =>
      set((previous) => {
        const current = previous.visibleLayers ?? [...defaults];
        const next = visible ? [...new Set([...current, layerId])] : current.filter((id) => id !== layerId);
        // Keep the defaults' order so that the same set always writes the same link.
        const ordered = [...defaults.filter((id) => next.includes(id)), ...next.filter((id) => !defaults.includes(id))];
        const isDefault = ordered.length === defaults.length && defaults.every((id) => ordered.includes(id));
        return { visibleLayers: isDefault ? undefined : ordered };
      }),
    correctLinkState: (state, notices) =>
      set((previous) => {
        const {
          layers,
          selection,
          comparedSegments,
          tab,
          camera: _camera,
          boundingBox: _box,
          dataVersion: _version,
          ...rest
        } = state;
        const { routeQuery, passThrough } = splitRouteQuery(rest);
        return {
          passThrough,
          routeQuery,
          comparedSegments: comparedSegments ?? [],
          visibleLayers: layers,
          selection,
          detailsOpen: previous.detailsOpen && selection !== undefined,
          tab,
          linkNotices: [...previous.linkNotices, ...notices],
        };
      }),
  }));
}

/** The store type, for modules that receive it. */
export type ExplorerStore = ReturnType<typeof createExplorerStore>;

/** The URL-worthy state of the store, as the link module writes it. */
export function selectLinkState(state: ExplorerState): LinkState {
  const link: LinkState = { ...state.passThrough, ...state.routeQuery };
  if (state.visibleLayers) link.layers = state.visibleLayers;
  if (state.selection) link.selection = state.selection;
  if (state.comparedSegments.length) link.comparedSegments = state.comparedSegments;
  // The Share tab is where a link is copied, not what its reader should land on; a tab the link
  // opens anyway (Route with a route, Compare with compared segments, else Overview) is not written.
  if (state.tab && state.tab !== 'share' && state.tab !== defaultTab(state)) link.tab = state.tab;
  if (state.view.kind === 'camera') link.camera = state.view.camera;
  if (state.view.kind === 'bounds') link.boundingBox = state.view.boundingBox;
  return link;
}

/** The tab a link without `tab` opens: Route with a route, else Compare with compared segments, else Overview. */
function defaultTab(state: Pick<ExplorerState, 'routeQuery' | 'comparedSegments'>): PanelTab {
  return state.routeQuery.route ? 'route' : state.comparedSegments.length ? 'compare' : 'overview';
}

/** The notices that call for attention (link problems, failures, data left out), not the folded notes on the data. */
export function selectAlertCount(state: Pick<ExplorerState, 'linkNotices' | 'appNotices'>): number {
  return state.linkNotices.length + state.appNotices.filter((notice) => notice.kind !== 'note').length;
}

/** The tab the panel shows: the link's `tab`, else the default for what the link holds (`defaultTab`). */
export function selectActiveTab(state: Pick<ExplorerState, 'tab' | 'routeQuery' | 'comparedSegments'>): PanelTab {
  return state.tab ?? defaultTab(state);
}

/** The interface language shown: the link's `lang`, else the browser's preferred one (contracts §7). */
export function selectLanguage(state: Pick<ExplorerState, 'passThrough' | 'browserLanguage'>): Language {
  return state.passThrough.language ?? state.browserLanguage;
}
