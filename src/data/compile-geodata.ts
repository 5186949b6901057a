import { validateBasemapParts } from './assemble-basemap';
import { validateCorridorParts } from './assemble-corridor';
import { validateEnergyParts } from './assemble-energy';
import { validateRoutingParts } from './assemble-routing';
import {
  COMPILED_COORDINATE_DECIMALS,
  COMPILED_FORMAT,
  type CompiledParts,
  type CompiledUnit,
  type CompiledUnitName,
} from './compiled-unit';
import type { DataProblem } from './data-problem';
import { PLACE_ALIASES } from './geodata-manifest';
import { indexCorridor } from './index-corridor';
import { type ReadOptions, readLoadUnit } from './read-geodata-node';

const SCALE = 10 ** COMPILED_COORDINATE_DECIMALS;

/** Coordinates (nested arrays of numbers), each number rounded to the compiled precision. */
function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * SCALE) / SCALE;
  return Array.isArray(value) ? value.map(roundCoordinates) : value;
}

/** A copy of a value in which every GeoJSON geometry's coordinates are rounded (other numbers are kept). */
function roundGeometries<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key === 'coordinates' ? roundCoordinates(inner) : inner)),
  ) as T;
}

function unit<Unit extends CompiledUnitName>(
  name: Unit,
  dataVersion: string,
  parts: CompiledParts[Unit],
): CompiledUnit<Unit> {
  return { format: COMPILED_FORMAT, unit: name, dataVersion, parts: roundGeometries(parts) };
}

/**
 * The browser's load units, compiled from the files under `geodata/` (issue 15 §2): each file
 * validated exactly as the app validated it in the browser before (the same validators, without the
 * land checks and without the energy ids for events, which only `check:geodata` runs), keeping only
 * the valid parts and the notes on them, with coordinates rounded to
 * `COMPILED_COORDINATE_DECIMALS`. `problems` are the files that could not be read; the build runs
 * the full `check:geodata` beside this and fails on its errors.
 */
export function compileGeodata(options: ReadOptions = {}): {
  units: { [Unit in CompiledUnitName]: CompiledUnit<Unit> };
  problems: DataProblem[];
} {
  const corridorFiles = readLoadUnit('corridor', options);
  const corridorParts = validateCorridorParts(corridorFiles.files, { aliases: PLACE_ALIASES });
  const corridor = indexCorridor(corridorParts);
  const routingFiles = readLoadUnit('routing', options);
  const routing = validateRoutingParts(corridor, routingFiles.files);
  const energyFiles = readLoadUnit('energy', options);
  const energy = validateEnergyParts(energyFiles.files, corridorParts.sources);
  const basemapFiles = readLoadUnit('basemap', options);
  const basemap = validateBasemapParts(basemapFiles.files);
  const dataVersion = routing.dataVersion;
  const { sources, ...network } = corridorParts;
  return {
    units: {
      corridor: unit('corridor', dataVersion, { ...network, aliases: [...corridorParts.aliases] }),
      bibliography: unit('bibliography', dataVersion, { sources }),
      routing: unit('routing', dataVersion, routing),
      energy: unit('energy', dataVersion, energy),
      basemap: unit('basemap', dataVersion, basemap),
    },
    problems: [...corridorFiles.problems, ...routingFiles.problems, ...energyFiles.problems, ...basemapFiles.problems],
  };
}
