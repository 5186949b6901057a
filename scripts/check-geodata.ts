import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { validateAssumptions } from '../src/data/assumptions-schema';
import { validateObservations } from '../src/data/observations-schema';
import { type CorridorInput, type ValidatedCorridor, validateCorridor } from '../src/data/validate-corridor';
import { validateEnergy } from '../src/data/validate-energy';
import type { DataProblem } from '../src/data/validate-features';
import { unwrapPolygon } from '../src/domain/unwrap-antimeridian';

const projectDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Natural Earth 1:50m countries from the `world-atlas` package as land polygons, unwrapped across the
 * antimeridian. (`naturalEarthToGeoJson` in src/data/load-basemap.ts does the same for the app, but
 * that module imports Vite `?url` assets, which Node cannot load.)
 */
function readNaturalEarthLand(directory: string): FeatureCollection<Polygon | MultiPolygon> {
  const topology = readJson(join(directory, 'node_modules/world-atlas/countries-50m.json')) as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    type: 'FeatureCollection',
    features: countries.features.map((country) => ({ ...country, geometry: unwrapPolygon(country.geometry) })),
  };
}

function readCorridorInput(directory: string): CorridorInput {
  const corridor = join(directory, 'geodata/corridor');
  return {
    nodes: readJson(join(corridor, 'nodes.geojson')),
    segments: readJson(join(corridor, 'segments.geojson')),
    passages: readJson(join(corridor, 'passages.geojson')),
    sources: readJson(join(directory, 'geodata/sources.json')),
  };
}

/**
 * Reads `geodata/corridor/*.geojson` and `geodata/sources.json` under `directory` (the project by
 * default) and validates them with the land checks against Natural Earth 1:50m land.
 */
export function checkGeodata(directory: string = projectDirectory): ValidatedCorridor {
  return validateCorridor(readCorridorInput(directory), { land: readNaturalEarthLand(directory) });
}

/**
 * Validates the files beside the corridor: the energy overlays (geodata/energy/), the routing
 * assumptions and the observations, with the same src/data validators the app uses.
 */
export function checkOtherGeodata(directory: string, placeIds: ReadonlySet<string>): DataProblem[] {
  const read = (path: string) => readJson(join(directory, 'geodata', path));
  const bibliography = [
    ...(read('sources.json') as { id: string }[]),
    ...(read('energy/sources.json') as { id: string }[]),
  ];
  const energy = validateEnergy(
    {
      pipelines: read('energy/pipelines.geojson'),
      lng: read('energy/lng.geojson'),
      swaps: read('energy/swaps.json'),
      swapFlows: read('energy/swap-flows.geojson'),
    },
    new Set(bibliography.map((entry) => entry.id)),
  );
  const assumptionsFile = read('assumptions.json');
  const observationsFile = read('observations.json');
  const assumptions = validateAssumptions(assumptionsFile);
  const observations = validateObservations(observationsFile, placeIds);
  // Every source the routing files cite is in a bibliography (sources.json or sources-routing.json).
  const routingBibliography = new Set(
    [...(read('sources.json') as { id: string }[]), ...(read('sources-routing.json') as { id: string }[])].map(
      (entry) => entry.id,
    ),
  );
  const unknownSources = (dataset: string, file: unknown): DataProblem[] => {
    const entries =
      (file as Record<string, unknown[]>)[dataset === 'assumptions' ? 'assumptions' : 'observations'] ?? [];
    return entries.flatMap((entry) => {
      const { id, key, sources } = entry as { id?: string; key?: string; sources?: string[] };
      const missing = (sources ?? []).filter((source) => !routingBibliography.has(source));
      return missing.length
        ? [
            {
              dataset,
              feature: key ?? id ?? '?',
              reason: `cites sources not in the bibliography: ${missing.join(', ')}`,
            },
          ]
        : [];
    });
  };
  return [
    ...energy.problems,
    ...assumptions.problems,
    ...observations.problems,
    ...unknownSources('assumptions', assumptionsFile),
    ...unknownSources('observations', observationsFile),
  ];
}

function count(items: readonly unknown[], input: unknown): string {
  const candidates = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && 'features' in input && Array.isArray(input.features)
      ? input.features
      : [];
  return items.length === candidates.length ? `${items.length}` : `${items.length} of ${candidates.length} kept`;
}

function main(): void {
  const started = performance.now();
  const input = readCorridorInput(projectDirectory);
  const result = validateCorridor(input, { land: readNaturalEarthLand(projectDirectory) });
  const elapsedSeconds = (performance.now() - started) / 1000;
  const errors = result.report.filter((entry) => entry.severity === 'error');
  const warnings = result.report.filter((entry) => entry.severity === 'warning');
  for (const entry of [...errors, ...warnings]) {
    console.log([entry.severity, entry.dataset, entry.featureId, entry.rule, entry.message].join('  '));
  }
  const otherProblems = checkOtherGeodata(projectDirectory, new Set(result.nodes.map((node) => node.properties.id)));
  for (const problem of otherProblems) {
    console.log(['error', problem.dataset, problem.feature, 'schema-or-reference', problem.reason].join('  '));
  }
  const summary = [
    `nodes ${count(result.nodes, input.nodes)}`,
    `segments ${count(result.segments, input.segments)}`,
    `passages ${count(result.passages, input.passages)}`,
    `sources ${count(result.sources, input.sources)}`,
    `energy, assumptions and observations problems ${otherProblems.length}`,
    `errors ${errors.length + otherProblems.length}`,
    `warnings ${warnings.length}`,
  ];
  console.log(`${summary.join(', ')} (checked in ${elapsedSeconds.toFixed(1)} s)`);
  process.exitCode = errors.length + otherProblems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
