import type { FeatureCollection, LineString, Point } from 'geojson';
import { type StatusEntry, statusAt } from '../../domain/status-at';
import type { EnergyData } from '../../state/explorer-data';
import type { EnergySources } from './energy-style';

/** The capacity a width or size is drawn from: design, else current, else target. */
function capacityForDrawing(capacities: readonly { value: number; basis: string }[]): number | undefined {
  for (const basis of ['design', 'current', 'target']) {
    const figure = capacities.find((capacity) => capacity.basis === basis);
    if (figure) return figure.value;
  }
  return undefined;
}

/** The energy overlays as the map draws them (the properties the style reads). Pure. */
export function buildEnergySources(energy: EnergyData): EnergySources {
  const pipelines: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: energy.pipelines.map((pipeline) => ({
      type: 'Feature',
      geometry: pipeline.geometry,
      properties: {
        id: pipeline.properties.id,
        name: pipeline.properties.name,
        commodity: pipeline.properties.commodity,
        status: pipeline.properties.status,
        flowKind: pipeline.properties.flowKind,
        capacityValue: capacityForDrawing(pipeline.properties.capacity),
      },
    })),
  };
  const swapFlows: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: energy.swapFlows.map((flow) => {
      const swap = energy.swapById.get(flow.properties.swap);
      return {
        type: 'Feature',
        geometry: flow.geometry,
        properties: {
          id: flow.properties.id,
          swap: flow.properties.swap,
          role: flow.properties.role,
          commodity: swap?.commodity ?? 'gas',
          status: swap?.status ?? 'operational',
        },
      };
    }),
  };
  const lng: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: energy.lngProjects.map((project) => ({
      type: 'Feature',
      geometry: project.geometry,
      properties: {
        id: project.properties.id,
        name: project.properties.name,
        status: project.properties.status,
        capacityValue: capacityForDrawing(project.properties.capacity),
      },
    })),
  };
  return { pipelines, swapFlows, lng };
}

/** What decides which energy features are shown. */
export interface EnergyVisibility {
  visibleLayers: readonly string[];
  hiddenStatuses: readonly string[];
  /** Show the features as they stood on this day (`YYYY-MM-DD`, by the status rule). */
  day: string;
  /** The data's as-of date. */
  present: string;
}

/**
 * The ids of the energy features to show: those of the overlays switched on, whose status in the
 * chosen year (from their history) is not hidden. Swap flows follow their swap's status.
 */
export function visibleEnergyIds(
  energy: EnergyData,
  visibility: EnergyVisibility,
): {
  ids: string[];
  /** The status each shown pipeline has on the day (it is drawn in that status's style). */
  pipelineStatuses: Map<string, string>;
} {
  const pipelineStatuses = new Map<string, string>();
  const shown = (status: string, history: readonly StatusEntry[], id?: string) => {
    const then = statusAt({ status, statusHistory: history }, visibility.day, visibility.present);
    if (id !== undefined && then !== undefined) pipelineStatuses.set(id, then);
    return then !== undefined && !visibility.hiddenStatuses.includes(then);
  };
  const ids: string[] = [];
  for (const pipeline of energy.pipelines) {
    const layer = pipeline.properties.commodity === 'gas' ? 'energy-gas-pipelines' : 'energy-oil-pipelines';
    if (
      visibility.visibleLayers.includes(layer) &&
      shown(pipeline.properties.status, pipeline.properties.statusHistory, pipeline.properties.id)
    ) {
      ids.push(pipeline.properties.id);
    }
  }
  if (visibility.visibleLayers.includes('energy-lng')) {
    for (const project of energy.lngProjects) {
      if (shown(project.properties.status, project.properties.statusHistory)) ids.push(project.properties.id);
    }
  }
  if (visibility.visibleLayers.includes('energy-swaps')) {
    for (const flow of energy.swapFlows) {
      const swap = energy.swapById.get(flow.properties.swap);
      if (swap && shown(swap.status, swap.statusHistory)) ids.push(flow.properties.id);
    }
  }
  return { ids, pipelineStatuses };
}
