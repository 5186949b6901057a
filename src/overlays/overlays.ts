import type { ComponentType } from 'react';
import type { MapOverlay, OverlayLayer } from '../cartography/overlay-definition';
import type { DataByUnit, DataUnit } from '../state/explorer-data';
import { CorridorDetails } from './corridor/corridor-details';
import { CorridorLegend } from './corridor/corridor-legend';
import { corridorOverlay } from './corridor/corridor-overlay';
import { NetworkTable } from './corridor/network-table';
import { EnergyDetails } from './energy/energy-details';
import { EnergyLegend } from './energy/energy-legend';
import { energyOverlay } from './energy/energy-overlay';
import { EnergyTable } from './energy/energy-table';

/** The panels an overlay brings: its details of a selected feature, its switches and key, its table. */
interface OverlayPanels {
  /** Renders the selected feature when it is this overlay's, else nothing. */
  readonly Details: ComponentType<{ featureId: string }>;
  /** Its switches and key; `defaultLayers` are every overlay's layers shown when a link does not say. */
  readonly Legend: ComponentType<{ defaultLayers: readonly string[] }>;
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
