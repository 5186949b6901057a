import type { z } from 'zod';
import type { CorridorEvent } from '../domain/events/corridor-event';
import { firstDayOf, lastDayOf } from '../domain/status-at';
import type { DataProblem } from './data-problem';
import { corridorEventSchema } from './event-schemas';
import { formulaTextWarnings } from './formula-text';
import { reservedNamePaths } from './reserved-names';

/**
 * Every rule of the event checks (`geodata/events.json`), by id, with what it asks. The ids appear
 * in the report and are stable: tests, the CLI output and documentation refer to them.
 */
export const EVENT_RULES = {
  collection: 'events.json is {"events": [...]}',
  schema: 'every required field is present with the right type',
  'id-format': 'an event id is a kebab-case slug',
  enum: 'kind and effect.type are known values (EVENT_KINDS, EVENT_EFFECT_TYPES), passages known passage ids',
  'date-format': 'start and end are YYYY, YYYY-MM or YYYY-MM-DD (end may be null)',
  'end-after-start': 'an event ends (end, inclusive) no earlier than it starts',
  'sources-cited': 'every event cites at least one source',
  'known-source': 'every cited source id is in sources.json',
  'effect-sourced': 'a numeric effect (days, usdPerTeu, usdPerTonne) has sources and a note saying where it comes from',
  'unique-id': 'event ids are unique in events.json',
  'id-collision':
    'no event shares an id with a feature (node, segment, passage, energy feature): selection (sel=) shares one id space',
  'feature-exists': 'every feature an event affects is a feature of the data',
  'passage-exists': 'every passage an event affects is a passage of passages.geojson',
  'country-code': 'countries are ISO 3166-1 alpha-2 codes',
  'reserved-name': 'no property is named like an Object.prototype member (__proto__, constructor, toString, …)',
  'unknown-field': 'no field outside the documented schema (often a typo); a warning only',
  'formula-text':
    'no text starts with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula); a warning only',
} as const;

/** The id of a rule of the event checks. */
export type EventRule = keyof typeof EVENT_RULES;

/** What the event checks compare the events with. */
export interface EventContext {
  /** The ids of the corridor's features (nodes, segments): every affected feature must be one of them or of `otherFeatureIds`. */
  corridorFeatureIds: ReadonlySet<string>;
  /** The passages of passages.geojson. */
  passageIds: ReadonlySet<string>;
  /** The ids of sources.json. */
  sourceIds: ReadonlySet<string>;
  /**
   * Feature ids of the other overlays (the energy pipelines, LNG projects, swaps and swap flows).
   * When not given (the browser's corridor unit, which does not load them), an affected id that is
   * no corridor feature is taken on trust; `npm run check:geodata` gives them and checks every id.
   */
  otherFeatureIds?: ReadonlySet<string> | undefined;
}

/** The valid events and the problems of the others (errors leave an event out; warnings keep it). */
export interface ValidatedEvents {
  events: CorridorEvent[];
  problems: DataProblem[];
}

const DATASET = 'events';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The list of raw entries of events.json, or undefined when the file is not `{"events": [...]}`. */
function rawEvents(json: unknown): unknown[] | undefined {
  return isRecord(json) && Object.hasOwn(json, 'events') && Array.isArray(json.events) ? json.events : undefined;
}

/** The string ids of the raw entries of events.json (valid or not): what a dated status may name. */
export function rawEventIds(json: unknown): Set<string> {
  return new Set(
    (rawEvents(json) ?? []).flatMap((entry) => (isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [])),
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

function ruleOfIssue(issue: z.core.$ZodIssue): EventRule {
  const [field] = issue.path;
  if (field === 'id') return 'id-format';
  if (field === 'sources') return 'sources-cited';
  if (field === 'start' || field === 'end') return 'date-format';
  if (issue.path.includes('countries')) return 'country-code';
  if (issue.code === 'invalid_value') return 'enum';
  return 'schema';
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

/** The rule-by-rule problems of one event that passed the schema. */
function eventProblems(event: CorridorEvent, context: EventContext): { rule: EventRule; message: string }[] {
  const problems: { rule: EventRule; message: string }[] = [];
  const start = firstDayOf(event.start);
  const end = event.end === null ? undefined : lastDayOf(event.end);
  if (start !== undefined && end !== undefined && end < start) {
    problems.push({ rule: 'end-after-start', message: `end ${event.end} is before start ${event.start}` });
  }
  if (event.sources.length === 0) {
    problems.push({ rule: 'sources-cited', message: 'cites no source: at least one id from sources.json is needed' });
  }
  const unknownSources = [...new Set(event.sources.filter((id) => !context.sourceIds.has(id)))];
  if (unknownSources.length > 0) {
    problems.push({ rule: 'known-source', message: `cites sources not in sources.json: ${unknownSources.join(', ')}` });
  }
  const figures = (['days', 'usdPerTeu', 'usdPerTonne'] as const).filter((key) => event.effect[key] !== undefined);
  if (figures.length > 0 && (event.sources.length === 0 || event.effect.note.trim() === '')) {
    problems.push({
      rule: 'effect-sourced',
      message: `effect.${figures.join(', effect.')} is a figure, so the event needs sources and an effect.note saying where it comes from`,
    });
  }
  const isFeature = (id: string) => context.corridorFeatureIds.has(id) || (context.otherFeatureIds?.has(id) ?? false);
  if (isFeature(event.id) || context.passageIds.has(event.id)) {
    problems.push({
      rule: 'id-collision',
      message: `the id "${event.id}" is also a feature's id; selection (sel=) shares one id space`,
    });
  }
  // Without the other overlays' ids, an id that is no corridor feature is taken on trust.
  const unknownFeatures =
    context.otherFeatureIds === undefined ? [] : (event.affects.features ?? []).filter((id) => !isFeature(id));
  if (unknownFeatures.length > 0) {
    problems.push({
      rule: 'feature-exists',
      message: `affects features not in the data: ${unknownFeatures.join(', ')}`,
    });
  }
  const unknownPassages = (event.affects.passages ?? []).filter((id) => !context.passageIds.has(id));
  if (unknownPassages.length > 0) {
    problems.push({
      rule: 'passage-exists',
      message: `affects passages not in passages.geojson: ${unknownPassages.join(', ')}`,
    });
  }
  return problems;
}

/**
 * Validates `geodata/events.json` (contracts §7): the schema (kinds, effect types, partial dates,
 * country codes), end not before start, sources cited and known, numeric effects sourced, unique ids
 * that are no feature's id, and every affected feature and passage present in the data. Pure, never
 * throws on bad data: an event with an error is left out and reported with its reasons, rule by rule.
 */
export function validateEvents(json: unknown, context: EventContext): ValidatedEvents {
  const problems: DataProblem[] = [];
  const report = (feature: string, rule: EventRule, message: string, severity: DataProblem['severity'] = 'error') =>
    problems.push({ dataset: DATASET, feature, severity, rule, message });
  const candidates = rawEvents(json);
  if (!candidates) {
    report('(file)', 'collection', 'expected {"events": [...]}');
    return { events: [], problems };
  }
  const events: CorridorEvent[] = [];
  const firstPosition = new Map<string, number>();
  const repeated = new Set<string>();
  const parsed: { index: number; event: CorridorEvent }[] = [];
  candidates.forEach((candidate: unknown, index) => {
    const rawId = isRecord(candidate) && typeof candidate.id === 'string' ? candidate.id.slice(0, 120) : '';
    const name = rawId || `#${index + 1}`;
    const reserved = reservedNamePaths(candidate);
    if (reserved.length > 0) {
      report(
        name,
        'reserved-name',
        `${reserved.slice(0, 3).join(', ')}: named like an Object.prototype member; the event is left out`,
      );
      return;
    }
    const result = corridorEventSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = formatPath(issue.path);
        report(name, ruleOfIssue(issue), `${where ? `${where}: ` : ''}${issue.message}`);
      }
      return;
    }
    const event: CorridorEvent = result.data;
    const first = firstPosition.get(event.id);
    if (first !== undefined) {
      repeated.add(event.id);
      report(
        event.id,
        'unique-id',
        `items #${first + 1} and #${index + 1} of events.json share this id; both are left out`,
      );
      return;
    }
    firstPosition.set(event.id, index);
    parsed.push({ index, event });
    for (const field of unknownFields(candidate, result.data, [])) {
      report(event.id, 'unknown-field', `${field} is not a field of the schema (a typo?); it is ignored`, 'warning');
    }
    problems.push(...formulaTextWarnings(DATASET, event.id, candidate));
  });
  for (const { event } of parsed) {
    if (repeated.has(event.id)) continue;
    const found = eventProblems(event, context);
    for (const { rule, message } of found) report(event.id, rule, message);
    if (found.length === 0) events.push(event);
  }
  return { events, problems };
}
