import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { z } from 'zod';
import { greatCircleKilometers, lineLengthKilometers } from '../domain/great-circle';
import {
  COASTLINE_TOLERANCE_KILOMETERS,
  type LineStretch,
  landStretches,
  PORT_APPROACH_KILOMETERS,
  type PreparedPolygons,
  preparePolygons,
  waterStretches,
} from '../domain/land-check';
import {
  type BibliographyEntry,
  bibliographyEntrySchema,
  type CorridorNode,
  type CorridorPassage,
  type CorridorSegment,
  corridorNodeSchema,
  corridorPassageSchema,
  corridorSegmentSchema,
} from './corridor-schemas';
import type { DataProblem } from './data-problem';
import { formulaTextWarnings } from './formula-text';
import { reservedNamePaths } from './reserved-names';
import { STATUS_HISTORY_RULES, statusHistoryProblems } from './status-history';
import { rawEventIds } from './validate-events';

/**
 * Every rule of the corridor checks, by id, with what it asks. The ids appear in the report and
 * are stable: tests, the CLI output and documentation refer to them.
 */
export const CORRIDOR_RULES = {
  collection: 'each file is a GeoJSON FeatureCollection (sources.json: an array of entries)',
  schema: 'every required field is present with the right type',
  geometry: 'nodes are Points, segments LineStrings of 2+ positions, passages closed Polygons, in degrees',
  'id-format': 'ids are kebab-case slugs, and a feature id equals properties.id',
  enum: 'kind, mode, vessel, traction, branch, status, passages, precision, basis and name languages are known values',
  'as-of': 'every feature says when its facts were last checked (asOf, YYYY-MM-DD)',
  'sources-cited': 'every feature and every dated fact cites at least one source',
  'date-format': 'statusHistory since and until and the bibliography dates are YYYY, YYYY-MM or YYYY-MM-DD',
  'country-code': 'countries are ISO 3166-1 alpha-2 codes',
  'segment-id': 'a segment id is <from>--<to> or <from>--<to>--<variant>, from and to differ',
  'mode-attributes': 'sea and river legs have a vessel; rail legs a gauge and traction; only water legs have passages',
  'preferred-length':
    'exactly one published length is preferred when any is given (or none, with a lengthNote saying why)',
  'length-range': "no published length is more than half the Earth's circumference (20,037.5 km)",
  'reserved-name':
    'no property is named like an Object.prototype member (__proto__, constructor, toString, …), which code could mistake for it',
  'seasonal-months':
    'seasonal closedMonths and restrictedMonths are distinct months 1 to 12, at least one in all, and no month is both closed and restricted',
  'seasonal-effect':
    'restricted months come with an effect giving at least one figure (extra days, cost or draught); a warning only',
  'seasonal-effect-sourced': 'a seasonal effect that gives a figure cites at least one source',
  'seasonal-effect-range': 'each seasonal effect figure is 0 or more, with optimistic ≤ central ≤ pessimistic',
  'unique-id': 'ids are unique within a file, and no passage shares an id with a node',
  'known-source': 'every cited source id is in sources.json',
  'node-exists': 'segment from and to are valid nodes',
  'passage-exists': 'every passage a segment declares is a valid passage of passages.geojson',
  'endpoint-near-node': 'a segment starts and ends within 2 km of its from and to nodes',
  'network-connected': 'every node and segment is connected to the main network',
  'sea-leg-off-land': 'sea and river legs avoid land except in their declared passages and within 10 km of their ends',
  'land-leg-on-land': 'rail and road legs stay on land except within 2 km of their ends',
  'drawn-length':
    'the drawn length agrees with the preferred published length (10% without a lengthNote; 25% unless the line is approximate and a lengthNote explains it)',
  'length-drawn-short':
    'the drawn line is not more than 15% shorter than the preferred published length; a warning only, listed so the gap cannot return unseen',
  'length-drawn-long':
    'the drawn line is not more than 15% longer than the preferred published length; a warning only, listed so the gap cannot return unseen',
  'gap-rail-not-operational': 'gap: true only marks a rail segment that is not operational',
  'expected-open-not-operational': 'expectedOpen is given only for a segment that is not operational',
  'countries-include-endpoints': "a segment's countries include the countries of its two end nodes",
  ...STATUS_HISTORY_RULES,
  'unknown-field': 'no field outside the documented schema (often a typo); a warning only',
  'source-unused': 'every bibliography entry is cited somewhere; a warning only',
  'formula-text':
    'no text starts with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula); a warning only',
} as const;

/** The id of a rule of the corridor checks. */
export type CorridorRule = keyof typeof CORRIDOR_RULES;

/** The file a report entry is about. */
export type CorridorDataset = 'nodes' | 'segments' | 'passages' | 'sources';

/**
 * One finding of `validateCorridor`, a `DataProblem` whose dataset and rule are the corridor's:
 * errors drop the feature, warnings keep it.
 */
export type CorridorReportEntry = DataProblem & { dataset: CorridorDataset; rule: CorridorRule };

/** The parsed JSON of the corridor files, not yet trusted. */
export interface CorridorInput {
  nodes: unknown;
  segments: unknown;
  passages: unknown;
  sources: unknown;
  /**
   * `events.json` (validated by `validateEvents`): here, its ids are what a dated status may name
   * (rule `event-exists`, checked only when the file is given) and its citations count as uses of
   * the bibliography.
   */
  events?: unknown;
}

/** Options of `validateCorridor`. */
export interface ValidateCorridorOptions {
  /**
   * Land polygons (Natural Earth 1:50m countries) for the land and water checks of the legs. They
   * run only when land is given: the browser app skips them to start fast; the CLI and tests run them.
   */
  land?: FeatureCollection<Polygon | MultiPolygon>;
}

/** The features without errors, and everything found. */
export interface ValidatedCorridor {
  nodes: CorridorNode[];
  segments: CorridorSegment[];
  passages: CorridorPassage[];
  sources: BibliographyEntry[];
  report: CorridorReportEntry[];
}

/** How far a segment's first and last vertex may be from its from and to nodes, in kilometres. */
const ENDPOINT_TOLERANCE_KILOMETERS = 2;
/** Difference between drawn and preferred published length that asks for a `lengthNote`, as a fraction. */
const LENGTH_WARNING_FRACTION = 0.1;
/** Difference between drawn and preferred published length that is an error, as a fraction. */
const LENGTH_ERROR_FRACTION = 0.25;
/**
 * Difference between drawn and preferred published length that is always reported (issue 13 §1),
 * as a fraction: rules `length-drawn-short` and `length-drawn-long`, warnings whatever the lengthNote.
 */
const LENGTH_REPORT_FRACTION = 0.15;
/** The rules that list the segments whose drawn and preferred published lengths differ by more than 15%. */
export const LENGTH_REPORT_RULES: readonly CorridorRule[] = ['length-drawn-short', 'length-drawn-long'];
/** How many stretches a land or water finding lists before summing up the rest. */
const LISTED_STRETCHES = 3;

interface Parsed<Feature> {
  id: string;
  feature: Feature;
}

const preparedLandCache = new WeakMap<object, PreparedPolygons>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'properties' ? path.slice(1) : path;
  return parts.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

function valueAt(candidate: unknown, path: readonly PropertyKey[]): unknown {
  let value = candidate;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else if (isRecord(value) && typeof part === 'string') value = value[part];
    else return undefined;
  }
  return value;
}

function ruleOfIssue(issue: z.core.$ZodIssue, dataset: CorridorDataset): CorridorRule {
  if (
    issue.code === 'custom' &&
    typeof issue.params?.rule === 'string' &&
    Object.hasOwn(CORRIDOR_RULES, issue.params.rule)
  ) {
    return issue.params.rule as CorridorRule;
  }
  const path = issue.path;
  if (dataset === 'sources') {
    if (path[0] === 'datePublished' || path[0] === 'dateAccessed') return 'date-format';
    if (path[0] === 'id') return 'id-format';
    return 'schema';
  }
  if (path[0] === 'geometry') return 'geometry';
  if (path[0] !== 'properties') return 'schema';
  if (path.includes('sources')) return 'sources-cited';
  if (issue.code === 'invalid_value' || issue.code === 'unrecognized_keys') return 'enum';
  const field = path[1];
  if (field === 'id') return 'id-format';
  if (field === 'asOf') return 'as-of';
  if (field === 'country' || field === 'countries') return 'country-code';
  if (field === 'seasonal' && (path.includes('closedMonths') || path.includes('restrictedMonths'))) {
    return 'seasonal-months';
  }
  if (field === 'seasonal' && path.includes('effect') && issue.code === 'too_small') return 'seasonal-effect-range';
  if (path.includes('since') || path.includes('until')) return 'date-format';
  if (path.includes('event')) return 'id-format';
  return 'schema';
}

function messageOfIssue(issue: z.core.$ZodIssue, candidate: unknown): string {
  const where = formatPath(issue.path);
  const value = valueAt(candidate, issue.path);
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((allowedValue) => String(allowedValue)).join(', ');
    return `${where}: ${JSON.stringify(value)} is not one of ${allowed}`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `${where}: missing (expected ${issue.expected})`;
  const found = ['string', 'number', 'boolean'].includes(typeof value) ? ` (found ${JSON.stringify(value)})` : '';
  return `${where ? `${where}: ` : ''}${issue.message}${found}`;
}

function unknownFields(input: unknown, output: unknown, path: PropertyKey[]): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => unknownFields(item, output[index], [...path, index]));
  }
  if (isRecord(input) && isRecord(output)) {
    return Object.keys(input).flatMap((key) =>
      Object.hasOwn(output, key)
        ? unknownFields(input[key], output[key], [...path, key])
        : [formatPath([...path, key])],
    );
  }
  return [];
}

function candidateId(candidate: unknown, dataset: CorridorDataset, index: number): string {
  const holder = dataset === 'sources' ? candidate : isRecord(candidate) ? candidate.properties : undefined;
  const id = isRecord(holder) ? holder.id : undefined;
  return typeof id === 'string' && id.length > 0 ? id.slice(0, 120) : `#${index + 1}`;
}

function formatKilometers(kilometers: number): string {
  return `${kilometers.toFixed(kilometers < 10 ? 2 : 1)} km`;
}

function formatPosition([longitude = 0, latitude = 0]: Position): string {
  const northSouth = latitude >= 0 ? 'N' : 'S';
  const eastWest = longitude >= 0 ? 'E' : 'W';
  return `${Math.abs(latitude).toFixed(3)}° ${northSouth} ${Math.abs(longitude).toFixed(3)}° ${eastWest}`;
}

function describeStretches(stretches: readonly LineStretch[]): string {
  const totalKilometers = stretches.reduce((sum, stretch) => sum + stretch.lengthKilometers, 0);
  const listed = stretches
    .slice(0, LISTED_STRETCHES)
    .map(
      (stretch) =>
        `km ${stretch.startKilometers.toFixed(1)}–${stretch.endKilometers.toFixed(1)} (${formatKilometers(stretch.lengthKilometers)}, from ${formatPosition(stretch.start)})`,
    );
  const more = stretches.length > LISTED_STRETCHES ? `, and ${stretches.length - LISTED_STRETCHES} more` : '';
  const count = stretches.length === 1 ? '1 stretch' : `${stretches.length} stretches`;
  return `${formatKilometers(totalKilometers)} in ${count}: ${listed.join('; ')}${more}`;
}

/** Feature-by-feature bookkeeping of one validation run; adding a finding costs the same however many there are. */
class Report {
  readonly entries: CorridorReportEntry[] = [];
  private readonly failed = new Map<CorridorDataset, Set<string>>();
  /** The findings added so far, as one key each, so that a repeated finding is found without a scan. */
  private readonly seen = new Set<string>();

  add(
    dataset: CorridorDataset,
    featureId: string,
    severity: CorridorReportEntry['severity'],
    rule: CorridorRule,
    message: string,
  ): void {
    const key = JSON.stringify([dataset, featureId, rule, message]);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.entries.push({ dataset, feature: featureId, severity, rule, message });
    }
    if (severity === 'error') {
      const ids = this.failed.get(dataset) ?? new Set<string>();
      ids.add(featureId);
      this.failed.set(dataset, ids);
    }
  }

  error(dataset: CorridorDataset, featureId: string, rule: CorridorRule, message: string): void {
    this.add(dataset, featureId, 'error', rule, message);
  }

  warning(dataset: CorridorDataset, featureId: string, rule: CorridorRule, message: string): void {
    this.add(dataset, featureId, 'warning', rule, message);
  }

  hasErrors(dataset: CorridorDataset, featureId: string): boolean {
    return this.failed.get(dataset)?.has(featureId) ?? false;
  }

  withoutErrors<Feature>(dataset: CorridorDataset, parsed: readonly Parsed<Feature>[]): Feature[] {
    return parsed.filter(({ id }) => !this.hasErrors(dataset, id)).map(({ feature }) => feature);
  }
}

function parseAll<Output>(
  report: Report,
  dataset: CorridorDataset,
  input: unknown,
  schema: z.ZodType<Output>,
  idOf: (output: Output) => string,
): Parsed<Output>[] {
  const candidates = dataset === 'sources' ? input : isRecord(input) ? input.features : undefined;
  if (!Array.isArray(candidates) || (dataset !== 'sources' && isRecord(input) && input.type !== 'FeatureCollection')) {
    report.error(
      dataset,
      '(file)',
      'collection',
      dataset === 'sources'
        ? 'sources.json is not an array of entries'
        : `${dataset} is not a GeoJSON FeatureCollection`,
    );
    return [];
  }
  const parsed: Parsed<Output>[] = [];
  const firstPosition = new Map<string, number>();
  candidates.forEach((candidate: unknown, index) => {
    const reserved = reservedNamePaths(candidate);
    if (reserved.length > 0) {
      report.error(
        dataset,
        candidateId(candidate, dataset, index),
        'reserved-name',
        `${reserved.slice(0, 3).join(', ')}${reserved.length > 3 ? `, and ${reserved.length - 3} more` : ''}: named like an Object.prototype member; the item is left out`,
      );
      return;
    }
    const result = schema.safeParse(candidate);
    if (!result.success) {
      const featureId = candidateId(candidate, dataset, index);
      for (const issue of result.error.issues) {
        report.error(dataset, featureId, ruleOfIssue(issue, dataset), messageOfIssue(issue, candidate));
      }
      return;
    }
    const id = idOf(result.data);
    const first = firstPosition.get(id);
    if (first !== undefined) {
      report.error(
        dataset,
        id,
        'unique-id',
        `items #${first + 1} and #${index + 1} of ${dataset} share this id; both are left out, as either may be the one meant`,
      );
      return;
    }
    firstPosition.set(id, index);
    const texts = dataset === 'sources' ? candidate : isRecord(candidate) ? candidate.properties : undefined;
    for (const warning of formulaTextWarnings(dataset, id, texts)) {
      report.warning(dataset, id, 'formula-text', warning.message);
    }
    for (const field of unknownFields(candidate, result.data, [])) {
      report.warning(dataset, id, 'unknown-field', `${field} is not a field of the schema (a typo?); it is ignored`);
    }
    parsed.push({ id, feature: result.data });
  });
  return parsed;
}

function citedSources(
  properties: CorridorSegment['properties'] | CorridorNode['properties'] | CorridorPassage['properties'],
) {
  const cited: { where: string; id: string }[] = properties.sources.map((id) => ({ where: 'sources', id }));
  if ('statusHistory' in properties) {
    const segment = properties as CorridorSegment['properties'];
    // A node or a passage has a status history but no lengths or capacities.
    const groups = [
      ['statusHistory', segment.statusHistory],
      ['publishedLengths', segment.publishedLengths ?? []],
      ['capacity', segment.capacity ?? []],
    ] as const;
    for (const [field, entries] of groups) {
      entries.forEach((entry, index) => {
        for (const id of entry.sources) cited.push({ where: `${field}[${index}].sources`, id });
      });
    }
    for (const id of segment.seasonal?.sources ?? []) cited.push({ where: 'seasonal.sources', id });
    for (const id of segment.seasonal?.effect?.sources ?? []) cited.push({ where: 'seasonal.effect.sources', id });
  }
  return cited;
}

/** Every string in a `sources` array anywhere in raw input, so that entries cited only by rejected features count as cited. */
function citedInRaw(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedInRaw);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child)
      ? child.filter((id): id is string => typeof id === 'string')
      : key === 'geometry'
        ? []
        : citedInRaw(child),
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function checkLength(report: Report, segment: CorridorSegment): void {
  const { properties } = segment;
  const preferred = properties.publishedLengths.find((length) => length.preferred === true);
  if (!preferred) return;
  const drawnKilometers = lineLengthKilometers(segment.geometry.coordinates);
  const differenceFraction = (drawnKilometers - preferred.km) / preferred.km;
  const magnitude = Math.abs(differenceFraction);
  const percentage = `${differenceFraction > 0 ? '+' : ''}${(differenceFraction * 100).toFixed(1)}%`;
  const comparison = `drawn ${formatKilometers(drawnKilometers)} against the preferred published ${formatKilometers(preferred.km)} (${percentage})`;
  if (magnitude > LENGTH_REPORT_FRACTION) {
    // Reported whatever explains it: until the line is redrawn, the map and the drawn totals mislead.
    const shorter = differenceFraction < 0;
    report.warning(
      'segments',
      properties.id,
      shorter ? 'length-drawn-short' : 'length-drawn-long',
      `${comparison}: the drawn line is more than 15% ${shorter ? 'shorter' : 'longer'}${properties.lengthNote ? '; its lengthNote says why' : ''}`,
    );
  }
  if (magnitude <= LENGTH_WARNING_FRACTION) return;
  if (magnitude > LENGTH_ERROR_FRACTION) {
    // Over 25% an approximate line with a lengthNote is kept; length-drawn-short/-long report it above.
    if (properties.precision === 'approximate' && properties.lengthNote) return;
    report.error(
      'segments',
      properties.id,
      'drawn-length',
      `${comparison}: more than 25% apart${properties.lengthNote ? ` although the line is ${properties.precision}` : ' and no lengthNote explains why'}`,
    );
    return;
  }
  if (!properties.lengthNote) {
    report.warning(
      'segments',
      properties.id,
      'drawn-length',
      `${comparison}: more than 10% apart and no lengthNote explains why`,
    );
  }
}

function checkSegment(
  report: Report,
  segment: CorridorSegment,
  nodesById: ReadonlyMap<string, CorridorNode>,
  passagesById: ReadonlyMap<string, CorridorPassage>,
  land: PreparedPolygons | undefined,
): void {
  const { properties, geometry } = segment;
  const { id } = properties;
  const coordinates = geometry.coordinates;
  const ends = [
    { role: 'from', nodeId: properties.from, vertex: coordinates[0], vertexName: 'first' },
    { role: 'to', nodeId: properties.to, vertex: coordinates[coordinates.length - 1], vertexName: 'last' },
  ] as const;
  for (const { role, nodeId, vertex, vertexName } of ends) {
    const node = nodesById.get(nodeId);
    if (!node) {
      const reason = report.hasErrors('nodes', nodeId) ? 'was dropped for errors' : 'is not in nodes.geojson';
      report.error('segments', id, 'node-exists', `the ${role} node "${nodeId}" ${reason}`);
      continue;
    }
    const offsetKilometers = vertex ? greatCircleKilometers(vertex, node.geometry.coordinates) : 0;
    if (offsetKilometers > ENDPOINT_TOLERANCE_KILOMETERS) {
      report.error(
        'segments',
        id,
        'endpoint-near-node',
        `the ${vertexName} vertex is ${formatKilometers(offsetKilometers)} from the ${role} node "${nodeId}" (at most ${ENDPOINT_TOLERANCE_KILOMETERS} km)`,
      );
    }
    if (!properties.countries.includes(node.properties.country)) {
      report.error(
        'segments',
        id,
        'countries-include-endpoints',
        `countries (${properties.countries.join(', ')}) leave out ${node.properties.country}, the country of the ${role} node "${nodeId}"`,
      );
    }
  }
  for (const passageId of properties.passages) {
    if (!passagesById.has(passageId)) {
      const reason = report.hasErrors('passages', passageId) ? 'was dropped for errors' : 'is not in passages.geojson';
      report.error('segments', id, 'passage-exists', `the declared passage "${passageId}" ${reason}`);
    }
  }
  if (properties.gap === true && (properties.mode !== 'rail' || properties.status === 'operational')) {
    report.error(
      'segments',
      id,
      'gap-rail-not-operational',
      `gap: true marks a missing rail link, but this is an ${properties.status} ${properties.mode} segment`,
    );
  }
  if (properties.expectedOpen !== undefined && properties.status === 'operational') {
    report.error(
      'segments',
      id,
      'expected-open-not-operational',
      `expectedOpen ${properties.expectedOpen} is given, but the segment is already operational`,
    );
  }
  checkSeasonalEffectGiven(report, segment);
  checkLength(report, segment);
  if (land) checkLandAndWater(report, segment, nodesById, passagesById, land);
}

/** Warns of restricted months without an effect figure: the leg would count as if open all year. */
function checkSeasonalEffectGiven(report: Report, segment: CorridorSegment): void {
  const seasonal = segment.properties.seasonal;
  const restricted = seasonal?.restrictedMonths ?? [];
  if (!seasonal || restricted.length === 0) return;
  const effect = seasonal.effect;
  const figures = [effect?.days, effect?.usdPerTeu, effect?.usdPerTonne, effect?.draftMetres];
  if (figures.every((figure) => figure === undefined)) {
    report.warning(
      'segments',
      segment.properties.id,
      'seasonal-effect',
      `months ${restricted.join(', ')} are restricted, but no effect gives extra days, a cost or a draught: the figures of those months are those of open water`,
    );
  }
}

function checkLandAndWater(
  report: Report,
  segment: CorridorSegment,
  nodesById: ReadonlyMap<string, CorridorNode>,
  passagesById: ReadonlyMap<string, CorridorPassage>,
  land: PreparedPolygons,
): void {
  const { properties, geometry } = segment;
  const coordinates = geometry.coordinates;
  const endPositions = [
    nodesById.get(properties.from)?.geometry.coordinates ?? coordinates[0],
    nodesById.get(properties.to)?.geometry.coordinates ?? coordinates[coordinates.length - 1],
  ].filter((position): position is [number, number] => position !== undefined);
  if (properties.mode === 'sea' || properties.mode === 'river') {
    const declared = properties.passages.flatMap((passageId) => {
      const passage = passagesById.get(passageId);
      return passage ? [passage.geometry] : [];
    });
    const stretches = landStretches(land, coordinates, {
      excludedAreas: preparePolygons(declared),
      excludedCircles: endPositions.map((center) => ({ center, radiusKilometers: PORT_APPROACH_KILOMETERS })),
    });
    if (stretches.length > 0) {
      const passages = properties.passages.length > 0 ? properties.passages.join(', ') : 'none';
      report.error(
        'segments',
        properties.id,
        'sea-leg-off-land',
        `this ${properties.mode} leg crosses 1:50m land outside its declared passages (${passages}) and more than ${PORT_APPROACH_KILOMETERS} km from its end nodes for ${describeStretches(stretches)}`,
      );
    }
    return;
  }
  const stretches = waterStretches(land, coordinates, {
    excludedCircles: endPositions.map((center) => ({ center, radiusKilometers: COASTLINE_TOLERANCE_KILOMETERS })),
  });
  if (stretches.length > 0) {
    report.error(
      'segments',
      properties.id,
      'land-leg-on-land',
      `this ${properties.mode} leg runs over water (outside every 1:50m land polygon) more than ${COASTLINE_TOLERANCE_KILOMETERS} km from its end nodes for ${describeStretches(stretches)}`,
    );
  }
}

function findRoot(parents: Map<string, string>, id: string): string {
  let root = id;
  while (parents.get(root) !== root) root = parents.get(root) ?? root;
  let current = id;
  while (current !== root) {
    const next = parents.get(current) ?? root;
    parents.set(current, root);
    current = next;
  }
  return root;
}

interface SegmentEnds {
  id: string;
  from: unknown;
  to: unknown;
}

/** The id, from and to of every segment in the raw input, read without trusting the schema. */
function rawSegmentEnds(segments: unknown): SegmentEnds[] {
  const candidates = isRecord(segments) && Array.isArray(segments.features) ? segments.features : [];
  return candidates.map((candidate: unknown, index) => {
    const properties = isRecord(candidate) && isRecord(candidate.properties) ? candidate.properties : {};
    return { id: candidateId(candidate, 'segments', index), from: properties.from, to: properties.to };
  });
}

function checkConnectivity(
  report: Report,
  nodes: readonly CorridorNode[],
  segments: readonly CorridorSegment[],
  droppedSegments: readonly SegmentEnds[],
): void {
  const parents = new Map(nodes.map((node) => [node.properties.id, node.properties.id]));
  for (const segment of segments) {
    const { from, to } = segment.properties;
    if (parents.has(from) && parents.has(to)) parents.set(findRoot(parents, from), findRoot(parents, to));
  }
  const components = new Map<string, string[]>();
  for (const node of nodes) {
    const root = findRoot(parents, node.properties.id);
    const members = components.get(root);
    if (members) members.push(node.properties.id);
    else components.set(root, [node.properties.id]);
  }
  const ordered = [...components.values()];
  const main = ordered.reduce<string[]>(
    (largest, component) => (component.length > largest.length ? component : largest),
    [],
  );
  // Each cut-off part's segments and the dropped segments touching it, indexed once by the part's root.
  const rootOf = (nodeId: unknown): string | undefined =>
    typeof nodeId === 'string' && parents.has(nodeId) ? findRoot(parents, nodeId) : undefined;
  const segmentsByRoot = new Map<string, string[]>();
  for (const segment of segments) {
    const root = rootOf(segment.properties.from);
    if (root === undefined) continue;
    const list = segmentsByRoot.get(root);
    if (list) list.push(segment.properties.id);
    else segmentsByRoot.set(root, [segment.properties.id]);
  }
  const droppedByRoot = new Map<string, string[]>();
  for (const segment of droppedSegments) {
    for (const root of new Set([rootOf(segment.from), rootOf(segment.to)])) {
      if (root === undefined) continue;
      const list = droppedByRoot.get(root);
      if (list) list.push(segment.id);
      else droppedByRoot.set(root, [segment.id]);
    }
  }
  for (const component of ordered) {
    if (component === main) continue;
    const root = findRoot(parents, component[0] ?? '');
    const listed = component.length > 8 ? `${component.slice(0, 8).join(', ')}, …` : component.join(', ');
    const dropped = droppedByRoot.get(root) ?? [];
    const cause = dropped.length > 0 ? `; segments dropped for errors that touched it: ${dropped.join(', ')}` : '';
    const message = `cut off from the main network (${plural(main.length, 'node')}): this part has ${plural(component.length, 'node')} (${listed})${cause}`;
    for (const nodeId of component) report.error('nodes', nodeId, 'network-connected', message);
    for (const segmentId of segmentsByRoot.get(root) ?? []) {
      report.error('segments', segmentId, 'network-connected', message);
    }
  }
}

/**
 * Validates the corridor geodata: schemas (contracts §2), references between files, geometry
 * against the nodes, the drawn against the published lengths, the network's connectivity and,
 * when `options.land` is given, whether sea legs stay off land and land legs on it.
 *
 * Never throws on bad data. Features with an error are left out of the result and reported;
 * warnings keep the feature. A feature left out can cut off others, which are then reported
 * (and left out) too, so the result is always a consistent, connected network.
 */
export function validateCorridor(input: CorridorInput, options: ValidateCorridorOptions = {}): ValidatedCorridor {
  const report = new Report();
  const nodes = parseAll(report, 'nodes', input.nodes, corridorNodeSchema, (node) => node.properties.id);
  const segments = parseAll(
    report,
    'segments',
    input.segments,
    corridorSegmentSchema,
    (segment) => segment.properties.id,
  );
  const passages = parseAll(
    report,
    'passages',
    input.passages,
    corridorPassageSchema,
    (passage) => passage.properties.id,
  );
  const sources = parseAll(report, 'sources', input.sources, bibliographyEntrySchema, (entry) => entry.id);

  const nodeIds = new Set(nodes.map(({ id }) => id));
  for (const { id } of passages) {
    if (nodeIds.has(id)) report.error('passages', id, 'unique-id', `the passage id "${id}" is also a node id`);
  }

  const sourceIds = new Set(
    Array.isArray(input.sources)
      ? input.sources.flatMap((entry: unknown) => (isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : []))
      : [],
  );
  const citedIds = new Set(
    [input.nodes, input.segments, input.passages, input.events].flatMap((collection) => citedInRaw(collection)),
  );
  const eventIds = input.events === undefined ? undefined : rawEventIds(input.events);
  const features = [
    ...nodes.map((parsed) => ({ dataset: 'nodes' as const, ...parsed })),
    ...segments.map((parsed) => ({ dataset: 'segments' as const, ...parsed })),
    ...passages.map((parsed) => ({ dataset: 'passages' as const, ...parsed })),
  ];
  for (const { dataset, id, feature } of features) {
    for (const cited of citedSources(feature.properties)) {
      if (!sourceIds.has(cited.id)) {
        report.error(dataset, id, 'known-source', `${cited.where} cites "${cited.id}", which is not in sources.json`);
      }
    }
    for (const { rule, message } of statusHistoryProblems(feature.properties, eventIds)) {
      report.error(dataset, id, rule, message);
    }
  }
  for (const { id } of sources) {
    if (!citedIds.has(id))
      report.warning('sources', id, 'source-unused', 'no node, segment, passage or event cites this entry');
  }

  const validNodes = new Map(report.withoutErrors('nodes', nodes).map((node) => [node.properties.id, node]));
  const validPassages = new Map(
    report.withoutErrors('passages', passages).map((passage) => [passage.properties.id, passage]),
  );
  let land: PreparedPolygons | undefined;
  if (options.land) {
    land = preparedLandCache.get(options.land);
    if (!land) {
      land = preparePolygons(options.land.features.map((feature) => feature.geometry));
      preparedLandCache.set(options.land, land);
    }
  }
  for (const { feature } of segments) checkSegment(report, feature, validNodes, validPassages, land);

  checkConnectivity(
    report,
    [...validNodes.values()],
    report.withoutErrors('segments', segments),
    rawSegmentEnds(input.segments).filter(({ id }) => report.hasErrors('segments', id)),
  );

  return {
    nodes: report.withoutErrors('nodes', nodes),
    segments: report.withoutErrors('segments', segments),
    passages: report.withoutErrors('passages', passages),
    sources: report.withoutErrors('sources', sources),
    report: report.entries,
  };
}

/** The valid entries of a bibliography and the problems of the others. */
export interface ValidatedBibliography {
  entries: BibliographyEntry[];
  problems: DataProblem[];
}

/**
 * Validates any bibliography file (`sources.json`, `sources-routing.json`, `energy/sources.json`,
 * `basemap/sources.json`) with the one bibliography schema and the rules of the corridor's: an
 * array of entries, kebab-case unique ids, dates, an http or https URL (a `javascript:` or other URL
 * is an error), unknown fields as warnings. Entries with an error are left out and reported.
 *
 * @param dataset - the name the problems carry, e.g. `energy sources`
 */
export function validateBibliography(dataset: string, json: unknown): ValidatedBibliography {
  const report = new Report();
  const parsed = parseAll(report, 'sources', json, bibliographyEntrySchema, (entry) => entry.id);
  return {
    entries: report.withoutErrors('sources', parsed),
    problems: report.entries.map((entry) => ({
      ...entry,
      dataset,
      message: entry.rule === 'collection' ? 'not an array of bibliography entries' : entry.message,
    })),
  };
}

/** The rule of `npm run check:geodata` that lists the bibliography entries never opened (issue 13 §5). */
export const SOURCE_NOT_OPENED_RULE = 'source-not-opened';

/**
 * The entries of a bibliography whose `dateAccessed` is `null` (taken from notes, never opened), one
 * warning each (rule `source-not-opened`). Only `npm run check:geodata` runs it: the entry is valid
 * data, so the app's loaders do not report it to readers. Items that are not entries are left to
 * `validateBibliography`.
 *
 * @param dataset - the name the warnings carry, e.g. `energy sources`
 */
export function unopenedSources(dataset: string, json: unknown): DataProblem[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown, index) =>
    isRecord(entry) && entry.dateAccessed === null
      ? [
          {
            dataset,
            feature: typeof entry.id === 'string' && entry.id.length > 0 ? entry.id.slice(0, 120) : `#${index + 1}`,
            severity: 'warning' as const,
            rule: SOURCE_NOT_OPENED_RULE,
            message:
              'dateAccessed is null: the entry was taken from notes and never opened; open it and record the date',
          },
        ]
      : [],
  );
}
