import { type ItemName, linkNotice } from './link-notice';
import type { LinkNotice, LinkState } from './link-state';

/** The ids the loaded data knows, to check a link's ids against. */
export interface IdCatalog {
  placeIds: ReadonlySet<string>;
  segmentIds: ReadonlySet<string>;
  layerIds: ReadonlySet<string>;
  /** Other features a link may select (e.g. pipelines, LNG projects, swaps). */
  otherFeatureIds?: ReadonlySet<string> | undefined;
  /**
   * Whether some selectable data is not loaded yet (the energy overlays load when first needed): a
   * selection none of the ids above names is then kept, to be checked once that data is in.
   */
  featuresPending?: boolean | undefined;
}

/**
 * Drops the ids a link names that the loaded data does not know (contracts §4: unknown ids are
 * dropped with a notice; the rest applies). Places in `route`, segments in `cmp`, layers in
 * `layers`, and the selected feature (`sel`: a segment or a place). Pure.
 */
export function dropUnknownIds(state: LinkState, catalog: IdCatalog): { state: LinkState; notices: LinkNotice[] } {
  const notices: LinkNotice[] = [];
  const next: LinkState = { ...state };
  const keep = (key: string, ids: string[], known: ReadonlySet<string>, what: ItemName) =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      notices.push(linkNotice(key, id, 'unknown-id', { what }));
      return false;
    });
  if (state.route) {
    const route = keep('route', state.route, catalog.placeIds, 'place');
    if (route.length >= 2) next.route = route;
    else {
      delete next.route;
      if (route.length !== state.route.length) {
        notices.push(linkNotice('route', state.route.join('~'), 'route-unknown-places'));
      }
    }
  }
  if (state.comparedSegments) {
    const segments = keep('cmp', state.comparedSegments, catalog.segmentIds, 'segment');
    if (segments.length) next.comparedSegments = segments;
    else delete next.comparedSegments;
  }
  if (state.layers) next.layers = keep('layers', state.layers, catalog.layerIds, 'layer');
  if (
    state.selection &&
    !catalog.featuresPending &&
    !catalog.segmentIds.has(state.selection) &&
    !catalog.placeIds.has(state.selection) &&
    !catalog.otherFeatureIds?.has(state.selection)
  ) {
    notices.push(linkNotice('sel', state.selection, 'unknown-feature'));
    delete next.selection;
  }
  return { state: next, notices };
}
