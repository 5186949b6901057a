import type { SituationTarget } from '../domain/timeline/situation';
import type { CorridorData, EnergyData } from './explorer-data';

/**
 * Everything with a dated status, as the situation rule reads it: the corridor's segments, places
 * and passages, and the energy overlays' pipelines, LNG projects and swaps when they are loaded.
 */
export function selectSituationTargets(corridor: CorridorData, energy?: EnergyData): SituationTarget[] {
  const targets: SituationTarget[] = [
    ...corridor.segments.map(({ properties }) => ({
      id: properties.id,
      kind: 'segment',
      name: properties.name,
      facts: properties,
    })),
    ...corridor.nodes.map(({ properties }) => ({
      id: properties.id,
      kind: 'place',
      name: properties.name,
      facts: properties,
    })),
    ...corridor.passages.map(({ properties }) => ({
      id: properties.id,
      kind: 'passage',
      name: properties.name,
      facts: properties,
    })),
  ];
  if (!energy) return targets;
  return [
    ...targets,
    ...energy.pipelines.map(({ properties }) => ({
      id: properties.id,
      kind: 'pipeline',
      name: properties.name,
      facts: properties,
    })),
    ...energy.lngProjects.map(({ properties }) => ({
      id: properties.id,
      kind: 'lng',
      name: properties.name,
      facts: properties,
    })),
    ...energy.swaps.map((swap) => ({ id: swap.id, kind: 'swap', name: swap.name, facts: swap })),
  ];
}
