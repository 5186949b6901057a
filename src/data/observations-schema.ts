import { z } from 'zod';
import type { RoutingObservation } from '../domain/routing/routing-input';
import type { DataProblem } from './data-problem';
import { formulaTextWarnings } from './formula-text';
import { firstIssueMessage } from './validate-features';

const partialDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
  error: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
});
const range = z
  .object({ low: z.number().nonnegative(), high: z.number().nonnegative() })
  .refine((value) => value.low <= value.high, { error: 'low is above high' });

/** One documented shipment, service, claim or study in `geodata/observations.json`. */
const observationSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case slugs'),
  kind: z.enum(['trial-run', 'service', 'claim', 'study']),
  title: z.string().min(1),
  date: partialDate,
  dateEnd: partialDate.optional(),
  route: z.array(z.string().min(1)),
  routeDescription: z.string(),
  branch: z.enum(['western', 'trans-caspian', 'eastern', 'corridor', 'all-sea-suez', 'all-sea-cape']),
  cargo: z.object({
    kind: z.enum(['container', 'bulk', 'mixed']).nullable(),
    description: z.string(),
    quantity: z.number().positive().optional(),
    unit: z.string().min(1).optional(),
  }),
  reported: z.object({
    days: range.optional(),
    km: z.number().positive().optional(),
    costUsd: range.and(z.object({ per: z.string().optional(), year: z.number().int().optional() })).optional(),
    comparison: z.string().optional(),
  }),
  claimedBy: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1, 'cites no source'),
  note: z.string().optional(),
  verified: z.boolean(),
});

/** The valid observations and what was left out, and why. */
export interface ValidatedObservations {
  observations: RoutingObservation[];
  problems: DataProblem[];
}

/**
 * Validates `geodata/observations.json` (`{observations: [...]}`): each entry's fields, and that every
 * place of its route is a known place id. Invalid or repeated entries are left out and reported.
 */
export function validateObservations(json: unknown, knownPlaceIds: ReadonlySet<string>): ValidatedObservations {
  const problems: DataProblem[] = [];
  const report = (feature: string, rule: string, message: string) =>
    problems.push({ dataset: 'observations', feature, severity: 'error', rule, message });
  const observations: RoutingObservation[] = [];
  const file = z.object({ observations: z.array(z.unknown()) }).safeParse(json);
  if (!file.success) {
    report('(file)', 'collection', 'expected {"observations": [...]}');
    return { observations, problems };
  }
  const seen = new Set<string>();
  file.data.observations.forEach((candidate, index) => {
    const rawId =
      typeof candidate === 'object' && candidate !== null && Object.hasOwn(candidate, 'id')
        ? String((candidate as { id: unknown }).id)
        : undefined;
    const feature = rawId ?? `entry #${index + 1}`;
    const parsed = observationSchema.safeParse(candidate);
    if (!parsed.success) {
      report(feature, 'schema', firstIssueMessage(parsed.error));
      return;
    }
    const unknown = parsed.data.route.filter((placeId) => !knownPlaceIds.has(placeId));
    if (unknown.length > 0) {
      report(feature, 'node-exists', `the route names unknown places: ${unknown.join(', ')}`);
      return;
    }
    if (seen.has(parsed.data.id)) {
      report(feature, 'unique-id', 'repeated id; the first one is kept');
      return;
    }
    seen.add(parsed.data.id);
    observations.push(parsed.data);
    problems.push(...formulaTextWarnings('observations', parsed.data.id, parsed.data));
  });
  return { observations, problems };
}
