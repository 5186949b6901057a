import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CorridorNode } from './corridor-schemas';
import type { DataProblem } from './data-problem';
import type { UnitFiles } from './geodata-manifest';
import { type AssembledCorridor, type CorridorParts, indexCorridor } from './index-corridor';
import { validateCorridor } from './validate-corridor';
import { validateEvents } from './validate-events';

export type { AssembledCorridor } from './index-corridor';

/** What `assembleCorridor` takes besides the files. */
export interface AssembleCorridorOptions {
  /**
   * Land polygons for the land and water checks of the legs (slow: `npm run check:geodata` and the
   * tests pass them; the browser does not).
   */
  land?: FeatureCollection<Polygon | MultiPolygon> | undefined;
  /** The alias table (contracts §1), old id → current id. */
  aliases?: Readonly<Record<string, string>> | undefined;
  /**
   * The ids of the energy overlays' features, which events may affect too: given, every affected id
   * is checked (`npm run check:geodata`, the Node reader); not given (the browser, which loads the
   * energy overlays apart), an affected id that is no corridor feature is taken on trust.
   */
  otherFeatureIds?: ReadonlySet<string> | undefined;
}

const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The valid aliases (an old kebab-case id that is no current place, to a current place), and the problems of the others. */
function readAliases(
  aliases: Readonly<Record<string, string>>,
  nodeById: ReadonlyMap<string, CorridorNode>,
): { aliases: Map<string, string>; problems: DataProblem[] } {
  const valid = new Map<string, string>();
  const problems: DataProblem[] = [];
  for (const [alias, target] of Object.entries(aliases)) {
    const problem = (message: string) =>
      problems.push({ dataset: 'aliases', feature: alias.slice(0, 80), severity: 'error', rule: 'alias', message });
    if (!PLACE_ID.test(alias)) problem('an alias is a kebab-case place id');
    else if (nodeById.has(alias)) problem('an alias cannot be the id of a current place');
    else if (typeof target !== 'string' || !nodeById.has(target)) {
      problem(`the alias names "${String(target).slice(0, 80)}", which is not a current place`);
    } else valid.set(alias, target);
  }
  return { aliases: valid, problems };
}

/**
 * Validates the corridor files (schemas, references, geometry, lengths, connectivity, dated
 * statuses; the land and water checks too when `options.land` is given) and the corridor events
 * against them, and builds their lookups. Pure: takes parsed JSON,
 * never throws on bad data; what was left out, and why, is in `report`.
 */
export function assembleCorridor(
  files: UnitFiles<'corridor'>,
  options: AssembleCorridorOptions = {},
): AssembledCorridor {
  return indexCorridor(validateCorridorParts(files, options));
}

/** The corridor's checks alone: the valid parts, and what was left out and why (`report`). */
export function validateCorridorParts(
  files: UnitFiles<'corridor'>,
  options: AssembleCorridorOptions = {},
): CorridorParts {
  const validated = validateCorridor(files, options.land ? { land: options.land } : {});
  const nodeById = new Map(validated.nodes.map((node) => [node.properties.id, node]));
  const events = validateEvents(files.events, {
    corridorFeatureIds: new Set([...nodeById.keys(), ...validated.segments.map((segment) => segment.properties.id)]),
    passageIds: new Set(validated.passages.map((passage) => passage.properties.id)),
    sourceIds: new Set(validated.sources.map((source) => source.id)),
    otherFeatureIds: options.otherFeatureIds,
  });
  const aliases = readAliases(options.aliases ?? {}, nodeById);
  return {
    nodes: validated.nodes,
    segments: validated.segments,
    passages: validated.passages,
    sources: validated.sources,
    events: events.events,
    aliases: aliases.aliases,
    report: [...validated.report, ...events.problems, ...aliases.problems],
  };
}
