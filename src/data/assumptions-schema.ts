import { z } from 'zod';
import type { RoutingAssumption, RoutingAssumptions } from '../domain/routing/routing-input';
import type { DataProblem } from './data-problem';
import { formulaTextWarnings } from './formula-text';
import { firstIssueMessage } from './validate-features';

const finiteNumber = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

const assumptionValues = {
  optimistic: finiteNumber,
  central: finiteNumber,
  pessimistic: finiteNumber,
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

/** One entry of `geodata/assumptions.json`: a value with its optimistic, central and pessimistic figures. */
const assumptionEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'keys are dot-separated kebab-case words'),
  label: z.string().min(1).optional(),
  unit: z.string().min(1, 'the unit is empty'),
  appliesTo: appliesToSchema,
  ...assumptionValues,
  sources: z.array(z.string().min(1)),
  note: z.string().optional(),
  verified: z.boolean().optional(),
});

const teuTonnesSchema = z.object({ ...assumptionValues, unit: z.string().optional() });

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

/**
 * Validates `geodata/assumptions.json`: every entry has a key, unit, scope and three values in the
 * order of the file's convention (for speeds optimistic ≥ central ≥ pessimistic, for everything else
 * optimistic ≤ central ≤ pessimistic). Invalid or repeated entries are left out and reported; the
 * result is undefined only when `teuTonnes` or the entry list itself is unusable.
 */
export function validateAssumptions(json: unknown): ValidatedAssumptions {
  const problems: DataProblem[] = [];
  const report = (feature: string, rule: string, message: string) =>
    problems.push({ dataset: 'assumptions', feature, severity: 'error', rule, message });
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
    if (seen.has(entry.key)) {
      report(feature, 'unique-id', 'repeated key; the first one is kept');
      return;
    }
    seen.add(entry.key);
    problems.push(...formulaTextWarnings('assumptions', entry.key, entry));
    entries.push({
      key: entry.key,
      unit: entry.unit,
      label: entry.label,
      appliesTo: entry.appliesTo,
      optimistic: entry.optimistic,
      central: entry.central,
      pessimistic: entry.pessimistic,
    });
  });
  return {
    assumptions: {
      teuTonnes: { optimistic: teuTonnes.optimistic, central: teuTonnes.central, pessimistic: teuTonnes.pessimistic },
      entries,
    },
    problems,
  };
}
