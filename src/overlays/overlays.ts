import { type ComponentType, lazy } from 'react';
import type { MapOverlay, OverlayLayer } from '../cartography/overlay-definition';
import type { DataByUnit, DataUnit } from '../state/explorer-data';
import { CorridorLegend } from './corridor/corridor-legend';
import { corridorOverlay } from './corridor/corridor-overlay';
import { EnergyLegend } from './energy/energy-legend';
import { energyOverlay } from './energy/energy-overlay';

/**
 * The details and tables are loaded when first shown (a selection, the Table tab), not with the
 * first view (issue 16: the first view's script grows by no more than the language's catalogue);
 * `preloadLaterCode` fetches them once the map is ready. They render inside a Suspense boundary.
 */
const CorridorDetails = lazy(() =>
  import('./corridor/corridor-details').then((module) => ({ default: module.CorridorDetails })),
);
const NetworkTable = lazy(() =>
  import('./corridor/network-table').then((module) => ({ default: module.NetworkTable })),
);
const EnergyDetails = lazy(() =>
  import('./energy/energy-details').then((module) => ({ default: module.EnergyDetails })),
);
const EnergyTable = lazy(() => import('./energy/energy-table').then((module) => ({ default: module.EnergyTable })));

/** The panels an overlay brings: its details of a selected feature, its switches and key, its table. */
interface OverlayPanels {
  /** Renders the selected feature when it is this overlay's, else nothing (may suspend while its code loads). */
  readonly Details: ComponentType<{ featureId: string }>;
  /** Its switches and key; `defaultLayers` are every overlay's layers shown when a link does not say. */
  readonly Legend: ComponentType<{ defaultLayers: readonly string[] }>;
  /** Its table (may suspend while its code or data loads). */
  readonly Table: ComponentType;
}

/** An overlay with the unit of data it draws and its panels. */
export interface RegisteredOverlay<Unit extends DataUnit = DataUnit> {
  /** The data unit the overlay needs. */
  readonly dataUnit: Unit;
  readonly overlay: MapOverlay<DataByUnit[Unit]>;
  readonly panels: OverlayPanels;
}

function register<Unit extends DataUnit>(
  dataUnit: Unit,
  overlay: MapOverlay<DataByUnit[Unit]>,
  panels: OverlayPanels,
): RegisteredOverlay {
  return { dataUnit, overlay, panels } as unknown as RegisteredOverlay;
}

/**
 * The map's overlays, in drawing order (each one's lines over the previous one's). The map
 * composes, filters, picks from and builds its legend by iterating this list; adding an overlay is
 * one folder and one line here.
 */
export const OVERLAYS: readonly RegisteredOverlay[] = [
  register('corridor', corridorOverlay, { Details: CorridorDetails, Legend: CorridorLegend, Table: NetworkTable }),
  register('energy', energyOverlay, { Details: EnergyDetails, Legend: EnergyLegend, Table: EnergyTable }),
];

/** Every switchable layer of every overlay, in legend order. */
export const OVERLAY_LAYERS: readonly OverlayLayer[] = OVERLAYS.flatMap(({ overlay }) => overlay.layers);

/** Layers visible when a link does not say (`layers` absent). */
export const DEFAULT_VISIBLE_LAYERS: readonly string[] = OVERLAY_LAYERS.filter((layer) => layer.defaultVisible).map(
  (layer) => layer.id,
);
