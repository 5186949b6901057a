import type { RoutingParts } from './build-routing';
import type { BibliographyEntry } from './corridor-schemas';
import type { DataProblem } from './data-problem';
import type { BasemapParts } from './index-basemap';
import type { CorridorParts } from './index-corridor';
import type { EnergyParts } from './index-energy';

/**
 * The load units the build writes for the browser (issue 15 §2): each is the validated parts of its
 * geodata files, written by `scripts/geodata-plugin.ts` after the full `check:geodata` passed.
 * The browser trusts their content and checks only their shape here, with no schema library.
 */
export const COMPILED_FORMAT = 1;

/** Decimal places of every longitude and latitude in the compiled units: 1e-5° is at most 1.1 m. */
export const COMPILED_COORDINATE_DECIMALS = 5;

/** What each compiled unit holds, as written (maps as lists of pairs). */
export interface CompiledParts {
  /** The network and its events; its bibliography is a unit of its own, loaded when sources are shown. */
  corridor: Omit<CorridorParts, 'aliases' | 'sources'> & { aliases: [string, string][] };
  /** The valid entries of `sources.json` (the corridor's bibliography, which energy features cite too). */
  bibliography: { sources: BibliographyEntry[] };
  routing: RoutingParts;
  energy: EnergyParts;
  basemap: BasemapParts;
}

/** A compiled unit's name. */
export type CompiledUnitName = keyof CompiledParts;

/** A compiled unit file: its format, unit, the data version it was built from, and its parts. */
export interface CompiledUnit<Unit extends CompiledUnitName> {
  format: typeof COMPILED_FORMAT;
  unit: Unit;
  dataVersion: string;
  parts: CompiledParts[Unit];
}

type ItemCheck = (item: unknown) => boolean;

interface PartShape {
  /** What the part holds, in plain words (for messages). */
  title: string;
  kind: 'list' | 'features' | 'optional-object' | 'string';
  /** For lists and feature collections: what each item must look like to be kept. */
  item?: ItemCheck;
  /** The message's ending when the part is unreadable (what the app does without it). */
  without?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (item: unknown): boolean => isRecord(item) && typeof item.id === 'string';

const isFeature = (item: unknown): boolean =>
  isRecord(item) &&
  isRecord(item.geometry) &&
  typeof item.geometry.type === 'string' &&
  Array.isArray(item.geometry.coordinates) &&
  isRecord(item.properties);

const isIdentifiedFeature = (item: unknown): boolean =>
  isFeature(item) && typeof (item as { properties: Record<string, unknown> }).properties.id === 'string';

const isProblem = (item: unknown): boolean =>
  isRecord(item) && typeof item.dataset === 'string' && typeof item.message === 'string';

const isPair = (item: unknown): boolean =>
  Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && typeof item[1] === 'string';

const PROBLEMS: PartShape = { title: 'the notes on the data', kind: 'list', item: isProblem };

/** The shape of each unit's parts. */
const SHAPES: { [Unit in CompiledUnitName]: Record<keyof CompiledParts[Unit], PartShape> } = {
  corridor: {
    nodes: { title: 'the corridor places', kind: 'list', item: isIdentifiedFeature },
    segments: { title: 'the corridor segments', kind: 'list', item: isIdentifiedFeature },
    passages: { title: 'the straits and canals', kind: 'list', item: isIdentifiedFeature },
    events: { title: 'the corridor events', kind: 'list', item: hasId },
    aliases: { title: 'the old place ids', kind: 'list', item: isPair },
    report: PROBLEMS,
  },
  bibliography: {
    sources: { title: 'the bibliography', kind: 'list', item: hasId },
  },
  routing: {
    assumptions: {
      title: 'the routing assumptions',
      kind: 'optional-object',
      without: 'no route can be computed',
    },
    observations: {
      title: 'the observed shipments',
      kind: 'list',
      item: hasId,
      without: 'routes are shown without them',
    },
    sources: { title: 'the routing bibliography', kind: 'list', item: hasId },
    dataVersion: { title: 'the data version', kind: 'string' },
    asOf: { title: 'the as-of date', kind: 'string' },
    problems: PROBLEMS,
  },
  energy: {
    pipelines: { title: 'the pipelines', kind: 'list', item: isIdentifiedFeature },
    lngProjects: { title: 'the LNG projects', kind: 'list', item: isIdentifiedFeature },
    swaps: { title: 'the energy swaps', kind: 'list', item: hasId },
    swapFlows: { title: 'the energy swap flows', kind: 'list', item: isIdentifiedFeature },
    energySources: { title: 'the energy bibliography', kind: 'list', item: hasId },
    problems: PROBLEMS,
  },
  basemap: {
    places: { title: 'the basemap city labels', kind: 'features', item: isFeature },
    labels: { title: 'the basemap country and sea labels', kind: 'features', item: isFeature },
    problems: PROBLEMS,
  },
};

/** The name of a compiled unit's file, for messages. */
export function compiledUnitName(unit: CompiledUnitName): string {
  return `the built ${unit} data (${unit}.json)`;
}

/**
 * Checks a compiled unit's shape, cheaply: the envelope (format, unit), then each part. A part
 * missing or of the wrong kind is left empty, and an item that does not look like its kind is left
 * out; each with an error that says what was dropped. The rest is kept. An envelope that is not
 * this build's throws, naming the file (there is nothing to keep).
 */
export function readCompiledUnit<Unit extends CompiledUnitName>(
  unit: Unit,
  json: unknown,
): { parts: CompiledParts[Unit]; problems: DataProblem[] } {
  const name = compiledUnitName(unit);
  if (!isRecord(json) || json.format !== COMPILED_FORMAT || json.unit !== unit || !isRecord(json.parts)) {
    throw new Error(`${name} is not a ${unit} unit of format ${COMPILED_FORMAT}; rebuild the app`);
  }
  const written = json.parts;
  const problems: DataProblem[] = [];
  const parts: Record<string, unknown> = {};
  const drop = (key: string, shape: PartShape, what: string) =>
    problems.push({
      dataset: name,
      feature: key,
      severity: 'error',
      rule: 'shape',
      message: `${what}${shape.without ? `; ${shape.without}` : ''}`,
    });
  for (const [key, shape] of Object.entries(SHAPES[unit]) as [string, PartShape][]) {
    const value = written[key];
    switch (shape.kind) {
      case 'string':
        parts[key] = typeof value === 'string' ? value : '';
        if (typeof value !== 'string') drop(key, shape, `${shape.title} could not be read`);
        break;
      case 'optional-object':
        parts[key] = isRecord(value) ? value : undefined;
        if (value !== null && value !== undefined && !isRecord(value))
          drop(key, shape, `${shape.title} could not be read`);
        break;
      case 'list':
      case 'features': {
        const list = shape.kind === 'features' ? (isRecord(value) ? value.features : undefined) : value;
        if (!Array.isArray(list)) {
          drop(key, shape, `${shape.title} could not be read`);
          parts[key] = shape.kind === 'features' ? { type: 'FeatureCollection', features: [] } : [];
          break;
        }
        const kept = shape.item ? list.filter(shape.item) : list;
        if (kept.length < list.length) {
          drop(
            key,
            shape,
            `${list.length - kept.length} of ${list.length} entries of ${shape.title} were malformed and left out`,
          );
        }
        parts[key] = shape.kind === 'features' ? { type: 'FeatureCollection', features: kept } : kept;
        break;
      }
    }
  }
  return { parts: parts as unknown as CompiledParts[Unit], problems };
}
