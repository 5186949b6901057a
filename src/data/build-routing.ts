import { createRouter, type Router } from '../domain/routing/create-router';
import type { RoutingAssumptions, RoutingObservation } from '../domain/routing/routing-input';
import type { BibliographyEntry } from './corridor-schemas';
import type { DataProblem } from './data-problem';
import type { AssembledCorridor } from './index-corridor';

/** The router over the corridor, with the assumptions and the data version it was built with. */
export interface AssembledRouting {
  /** Undefined when the assumptions file is unusable (the problems say why). */
  router: Router | undefined;
  assumptions: RoutingAssumptions | undefined;
  /** The valid observations (shown beside routes; the calibration table compares them with the model). */
  observations: readonly RoutingObservation[];
  /** The valid entries of the routing bibliography (`sources-routing.json`), which assumptions cite beside `sources.json`. */
  sources: readonly BibliographyEntry[];
  /** `YYYY.MM.N` from `version.json`; empty when the file does not give one. */
  dataVersion: string;
  /**
   * The day the data describes (`YYYY-MM-DD`, `asOf` of `version.json`): the present of the status
   * rule (`src/domain/status-at.ts`); empty when the file does not give a calendar date.
   */
  asOf: string;
  /**
   * Invalid assumptions, observations, routing bibliography entries and citations (errors), and the
   * router's coverage notes (warnings: missing or derived assumptions, repeated chains).
   */
  problems: DataProblem[];
}

/** What `assembleRouting` takes besides the corridor and the files. */
export interface AssembleRoutingOptions {
  /**
   * The default scenario year, read from the clock at the edge (the domain never reads it); the
   * router's present is the as-of date of `version.json`, this year only when that date is missing.
   */
  currentYear: number;
}

/**
 * The routing files' validated parts: what `validateRoutingParts` keeps, and what the build writes
 * into the routing unit for the browser. No schema code here.
 */
export interface RoutingParts {
  /** Undefined when the assumptions file is unusable (the problems say why). */
  assumptions: RoutingAssumptions | undefined;
  observations: RoutingObservation[];
  sources: BibliographyEntry[];
  dataVersion: string;
  asOf: string;
  problems: DataProblem[];
}

/**
 * Builds the router over the corridor from the routing files' validated parts, with the corridor's
 * alias table, events and passages, and the as-of date as its present; its coverage notes are added
 * to the problems as warnings. Pure; trusts its input.
 */
export function buildRouting(
  corridor: Pick<AssembledCorridor, 'nodes' | 'segments' | 'events' | 'passages' | 'aliases'>,
  parts: RoutingParts,
  options: AssembleRoutingOptions,
): AssembledRouting {
  const { assumptions, observations, sources, dataVersion, asOf } = parts;
  const problems = [...parts.problems];
  if (!assumptions) {
    return {
      router: undefined,
      assumptions: undefined,
      observations,
      sources,
      dataVersion,
      asOf,
      problems,
    };
  }
  const router = createRouter({
    nodes: corridor.nodes,
    segments: corridor.segments,
    assumptions,
    observations,
    dataVersion,
    // The as-of date is the present of the status rule; without one, the router falls back on the year.
    present: asOf || undefined,
    currentYear: options.currentYear,
    events: corridor.events,
    passages: corridor.passages.map((passage) => passage.properties),
    // A table without a prototype: a user's id such as `constructor` is never found on it.
    aliases: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(corridor.aliases)),
  });
  for (const note of router.problems) {
    problems.push({
      dataset: 'routing network',
      feature: '(network)',
      severity: 'warning',
      rule: 'coverage',
      message: note,
    });
  }
  return {
    router,
    assumptions,
    observations,
    sources,
    dataVersion,
    asOf,
    problems,
  };
}
