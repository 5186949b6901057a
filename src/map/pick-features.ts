import type { MapOverlay } from '../cartography/overlay-definition';

/** A feature the map reports under a point: its source and properties. */
export interface RenderedFeature {
  readonly source: string;
  readonly properties: Readonly<Record<string, unknown>> | null;
  /** The drawn geometry's type (a point is a node, an event, an LNG project). */
  readonly geometry?: { readonly type: string } | null;
}

/** A selectable feature under the pointer, with the feature-state target that marks it hovered. */
export interface FeatureHit {
  readonly selection: string;
  readonly target: { readonly source: string; readonly id: string };
}

/**
 * The selectable features among those rendered under a point, topmost first, each once: a segment
 * drawn by several layers (casing, line, halo), or a swap drawn as several flows, is one hit. A
 * point drawn there (a node, an event marker) is what the pointer is on: then only points count,
 * not the lines that end under it. Pure, so the chooser's list can be tested without a map.
 */
export function hitsUnderPoint(
  features: readonly RenderedFeature[],
  overlays: readonly Pick<MapOverlay<unknown>, 'hit'>[],
): FeatureHit[] {
  const hits = new Map<string, FeatureHit>();
  const points = features.filter((feature) => feature.geometry?.type === 'Point');
  for (const feature of points.length > 0 && points.some((point) => hitOf(point, overlays)) ? points : features) {
    const properties = feature.properties ?? {};
    for (const overlay of overlays) {
      const hit = overlay.hit({ source: feature.source, properties });
      if (!hit) continue;
      if (!hits.has(hit.selection)) hits.set(hit.selection, hit);
      break;
    }
  }
  return [...hits.values()];
}

function hitOf(feature: RenderedFeature, overlays: readonly Pick<MapOverlay<unknown>, 'hit'>[]) {
  return overlays.some((overlay) => overlay.hit({ source: feature.source, properties: feature.properties ?? {} }));
}
