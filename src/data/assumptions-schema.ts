import { z } from 'zod';
import {
  ASSUMPTION_OVERRIDE_RANGE,
  describeAssumptionRange,
  inAssumptionRange,
} from '../domain/read-assumption-override';
import type { AssumptionRange, RoutingAssumption, RoutingAssumptions } from '../domain/routing/routing-input';
import type { DataProblem } from './data-problem';
import { formulaTextWarnings } from './formula-text';
import { firstIssueMessage } from './validate-features';

const finiteNumber = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/**
 * The values an override of the assumption may take: from `min` (excluded with `minExclusive`) to
 * `max`, both within what a link can write (`ASSUMPTION_OVERRIDE_RANGE`).
 */
const rangeSchema = z.strictObject({
  min: finiteNumber,
  max: finiteNumber,
  minExclusive: z.boolean().optional(),
});

const assumptionValues = {
  optimistic: finiteNumber,
  central: finiteNumber,
  pessimistic: finiteNumber,
  range: rangeSchema,
};

const appliesToSchema = z.strictObject({
  mode: z.enum(['rail', 'road', 'sea', 'river']).optional(),
  vessel: z.string().min(1).optional(),
  traction: z.string().min(1).optional(),
  cargo: z.enum(['container', 'bulk']).optional(),
  node: z.string().min(1).optional(),
  segment: z.string().min(1).optional(),
  service: z.array(z.string().min(1)).min(1).optional(),
});

/** What each of the three values is (e.g. the GLEC class it comes from, or "editorial"). */
const basisSchema = z.strictObject({
  optimistic: z.string().min(1),
  central: z.string().min(1),
  pessimistic: z.string().min(1),
});

/** One entry of `geodata/assumptions.json`: a value with its optimistic, central and pessimistic figures. */
const assumptionEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'keys are dot-separated kebab-case words'),
  label: z.string().min(1).optional(),
  unit: z.string().min(1, 'the unit is empty'),
  appliesTo: appliesToSchema,
  ...assumptionValues,
  sources: z.array(z.string().min(1)),
  basis: basisSchema.optional(),
  note: z.string().optional(),
  verified: z.boolean().optional(),
});

const teuTonnesSchema = z.object({ ...assumptionValues, unit: z.string().min(1).optional() });

/**
 * Every rule of the assumptions check, by id, with what it asks. The ids appear in the problems
 * (`check:geodata`) and in the tests, one failing case each.
 */
export const ASSUMPTION_RULES = {
  collection: 'the file has `teuTonnes` and an `assumptions` list',
  schema: 'every entry has a key, a unit, a scope, three finite values and a range',
  'value-order': 'optimistic ≥ central ≥ pessimistic for speeds, ≤ for everything else; never negative',
  'value-range': 'the range is not empty, lies within what a link can write, and holds all three values',
  'unique-id': 'every key appears once',
  sourced:
    'every entry cites a source; one that cites none is an editorial estimate (a warning; the app and the CLI label it)',
} as const;

/** The id of a rule of the assumptions check. */
export type AssumptionRule = keyof typeof ASSUMPTION_RULES;

/** Units in which a larger value is better (faster), so optimistic ≥ central ≥ pessimistic. */
const SPEED_UNITS = new Set(['km/h', 'knots']);

/** The valid assumptions (undefined when the file is unusable) and what was left out, and why. */
export interface ValidatedAssumptions {
  assumptions: RoutingAssumptions | undefined;
  problems: DataProblem[];
}

function orderProblem(entry: { unit: string; optimistic: number; central: number; pessimistic: number }) {
  const { optimistic, central, pessimistic } = entry;
  if (SPEED_UNITS.has(entry.unit)) {
    if (!(optimistic >= central && central >= pessimistic)) {
      return `a speed needs optimistic ≥ central ≥ pessimistic, got ${optimistic}, ${central}, ${pessimistic}`;
    }
  } else if (!(optimistic <= central && central <= pessimistic)) {
    return `needs optimistic ≤ central ≤ pessimistic (times, costs, factors), got ${optimistic}, ${central}, ${pessimistic}`;
  }
  if (optimistic < 0 || central < 0 || pessimistic < 0) return 'values are never negative';
  return undefined;
}

function rangeProblem(
  name: string,
  entry: {
    unit?: string | undefined;
    optimistic: number;
    central: number;
    pessimistic: number;
    range: AssumptionRange;
  },
): string | undefined {
  const { range } = entry;
  const { minimum, maximum } = ASSUMPTION_OVERRIDE_RANGE;
  if (range.min < minimum || range.max > maximum) {
    return `the range ${range.min} to ${range.max} goes beyond what a link can write (${minimum} to ${maximum})`;
  }
  if (range.min > range.max || (range.minExclusive && range.min === range.max)) {
    return `the range is empty (min ${range.min}, max ${range.max}${range.minExclusive ? ', min excluded' : ''})`;
  }
  for (const set of ['optimistic', 'central', 'pessimistic'] as const) {
    if (!inAssumptionRange(entry[set], range)) {
      return `the ${set} value is outside its own range: ${describeAssumptionRange(name, range, entry.unit)}; got ${entry[set]}`;
    }
  }
  return undefined;
}

/**
 * Validates `geodata/assumptions.json`: every entry has a key, unit, scope, three values in the
 * order of the file's convention (for speeds optimistic ≥ central ≥ pessimistic, for everything else
 * optimistic ≤ central ≤ pessimistic) and a range that holds them (what an override may be). Invalid
 * or repeated entries are left out and reported; an entry without sources is kept with a warning
 * (`sourced`: an editorial estimate); the result is undefined only when `teuTonnes` or the entry
 * list itself is unusable.
 */
export function validateAssumptions(json: unknown): ValidatedAssumptions {
  const problems: DataProblem[] = [];
  const report = (feature: string, rule: AssumptionRule, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ dataset: 'assumptions', feature, severity, rule, message });
  const file = z.object({ teuTonnes: teuTonnesSchema, assumptions: z.array(z.unknown()) }).safeParse(json);
  if (!file.success) {
    report('(file)', 'collection', firstIssueMessage(file.error));
    return { assumptions: undefined, problems };
  }
  const teuTonnes = file.data.teuTonnes;
  const teuOrder = orderProblem({ ...teuTonnes, unit: 't per TEU' });
  if (teuOrder) {
    report('teuTonnes', 'value-order', teuOrder);
    return { assumptions: undefined, problems };
  }
  const teuRange = rangeProblem('teuTonnes', { ...teuTonnes, unit: teuTonnes.unit ?? 't per TEU' });
  if (teuRange) {
    report('teuTonnes', 'value-range', teuRange);
    return { assumptions: undefined, problems };
  }
  const entries: RoutingAssumption[] = [];
  const seen = new Set<string>();
  file.data.assumptions.forEach((candidate, index) => {
    const parsed = assumptionEntrySchema.safeParse(candidate);
    const rawKey =
      typeof candidate === 'object' && candidate !== null && Object.hasOwn(candidate, 'key')
        ? String((candidate as { key: unknown }).key)
        : undefined;
    const feature = rawKey ?? `entry #${index + 1}`;
    if (!parsed.success) {
      report(feature, 'schema', firstIssueMessage(parsed.error));
      return;
    }
    const entry = parsed.data;
    const order = orderProblem(entry);
    if (order) {
      report(feature, 'value-order', order);
      return;
    }
    const range = rangeProblem(entry.key, entry);
    if (range) {
      report(feature, 'value-range', range);
      return;
    }
    if (seen.has(entry.key)) {
      report(feature, 'unique-id', 'repeated key; the first one is kept');
      return;
    }
    seen.add(entry.key);
    if (entry.sources.length === 0) {
      report(
        feature,
        'sourced',
        `no source: an editorial estimate (optimistic ${entry.optimistic}, central ${entry.central}, pessimistic ${entry.pessimistic} ${entry.unit})`,
        'warning',
      );
    }
    problems.push(...formulaTextWarnings('assumptions', entry.key, entry));
    entries.push({
      key: entry.key,
      unit: entry.unit,
      label: entry.label,
      appliesTo: entry.appliesTo,
      optimistic: entry.optimistic,
      central: entry.central,
      pessimistic: entry.pessimistic,
      range: entry.range,
      sources: entry.sources,
    });
  });
  return {
    assumptions: {
      teuTonnes: {
        optimistic: teuTonnes.optimistic,
        central: teuTonnes.central,
        pessimistic: teuTonnes.pessimistic,
        range: teuTonnes.range,
        unit: teuTonnes.unit ?? 't per TEU',
      },
      entries,
    },
    problems,
  };
}
