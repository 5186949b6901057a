import { z } from 'zod';
import type { AssembledCorridor } from './assemble-corridor';
import { validateAssumptions } from './assumptions-schema';
import { type AssembledRouting, type AssembleRoutingOptions, buildRouting, type RoutingParts } from './build-routing';
import type { DataProblem } from './data-problem';
import type { UnitFiles } from './geodata-manifest';
import { validateObservations } from './observations-schema';
import { validateBibliography } from './validate-corridor';

export type { AssembledRouting } from './build-routing';

const versionSchema = z.object({
  dataVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{1,4}$/, 'expected a data version YYYY.MM.N'),
  asOf: z.iso.date('expected the as-of date as a calendar date YYYY-MM-DD'),
});

/** A field of a parsed JSON object, or undefined. */
function fieldOf(json: unknown, key: string): unknown {
  return typeof json === 'object' && json !== null && Object.hasOwn(json, key)
    ? (json as Record<string, unknown>)[key]
    : undefined;
}

/** The `sources` lists of the raw entries of a routing file (`assumptions` or `observations`), by entry. */
function citationsOf(
  file: unknown,
  listName: 'assumptions' | 'observations',
): { feature: string; sources: string[] }[] {
  if (typeof file !== 'object' || file === null || !Object.hasOwn(file, listName)) return [];
  const entries: unknown = (file as Record<string, unknown>)[listName];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const name = Object.hasOwn(record, 'key') ? record.key : Object.hasOwn(record, 'id') ? record.id : undefined;
    const sources = Object.hasOwn(record, 'sources') && Array.isArray(record.sources) ? record.sources : [];
    return [
      {
        feature: typeof name === 'string' ? name.slice(0, 80) : `entry #${index + 1}`,
        sources: sources.filter((source): source is string => typeof source === 'string'),
      },
    ];
  });
}

/**
 * Validates the routing files (assumptions, observations, the routing bibliography, the data
 * version), checks that every source they cite is in a bibliography (`sources.json` or
 * `sources-routing.json`), and builds the router over the corridor with its alias table, its
 * events and passages, and the as-of date as its present. Pure:
 * takes parsed JSON, never throws on bad data.
 */
export function assembleRouting(
  corridor: AssembledCorridor,
  files: UnitFiles<'routing'>,
  options: AssembleRoutingOptions,
): AssembledRouting {
  return buildRouting(corridor, validateRoutingParts(corridor, files), options);
}

/**
 * The routing files' checks alone (schemas, citations against both bibliographies, the data
 * version): the valid parts, and the problems of the rest.
 */
export function validateRoutingParts(corridor: AssembledCorridor, files: UnitFiles<'routing'>): RoutingParts {
  const assumptions = validateAssumptions(files.assumptions);
  const observations = validateObservations(files.observations, new Set(corridor.nodeById.keys()));
  const bibliography = validateBibliography('routing sources', files.routingSources);
  const problems: DataProblem[] = [...assumptions.problems, ...observations.problems, ...bibliography.problems];

  const known = new Set([...corridor.sourceById.keys(), ...bibliography.entries.map((entry) => entry.id)]);
  for (const [dataset, listName] of [
    ['assumptions', 'assumptions'],
    ['observations', 'observations'],
  ] as const) {
    for (const { feature, sources } of citationsOf(
      listName === 'assumptions' ? files.assumptions : files.observations,
      listName,
    )) {
      const missing = [...new Set(sources.filter((source) => !known.has(source)))];
      if (missing.length > 0) {
        problems.push({
          dataset,
          feature,
          severity: 'error',
          rule: 'known-source',
          message: `cites sources not in the bibliography (sources.json, sources-routing.json): ${missing.join(', ')}`,
        });
      }
    }
  }

  const version = versionSchema.safeParse(files.version);
  if (!version.success) {
    problems.push({
      dataset: 'version',
      feature: '(file)',
      severity: 'error',
      rule: 'schema',
      message: `expected {"dataVersion": "YYYY.MM.N", "asOf": "YYYY-MM-DD"}: ${version.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    });
  }
  // Each field on its own: a bad as-of date does not hide a good data version.
  const dataVersion = versionSchema.shape.dataVersion.safeParse(fieldOf(files.version, 'dataVersion')).data ?? '';
  const asOf = versionSchema.shape.asOf.safeParse(fieldOf(files.version, 'asOf')).data ?? '';
  return {
    assumptions: assumptions.assumptions,
    observations: observations.observations,
    sources: bibliography.entries,
    dataVersion,
    asOf,
    problems,
  };
}
