import { z } from 'zod';
import { EVENT_EFFECT_TYPES, EVENT_KINDS, PASSAGE_IDS } from '../domain/vocabulary/vocabulary';
import { partialDateSchema } from './status-history';

const kebabCaseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case slugs ([a-z0-9-]+)');
/** Feature ids as the files write them: kebab-case, segments joined by `--`. */
const featureId = z.string().regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'feature ids are kebab-case slugs ([a-z0-9-]+)');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "IR"');

/**
 * A corridor event of `geodata/events.json` (contracts §7): what happened, when (`start`, `end`
 * inclusive or `null`), what it affects (features, passages, countries), its effect while in force
 * (`days`: extra days on each leg through what it affects, only where a source gives that figure),
 * a summary, its sources and how sure they are.
 */
export const corridorEventSchema = z.object({
  id: kebabCaseId,
  kind: z.enum(EVENT_KINDS),
  name: z.string().min(1, 'the name is empty'),
  start: partialDateSchema,
  end: partialDateSchema.nullable(),
  affects: z.object({
    features: z.array(featureId).optional(),
    passages: z.array(z.enum(PASSAGE_IDS)).optional(),
    countries: z.array(countryCode).optional(),
  }),
  effect: z.object({
    type: z.enum(EVENT_EFFECT_TYPES),
    days: z.number().positive('extra days are more than 0').optional(),
    usdPerTeu: z.number().positive('a cost is more than 0').optional(),
    usdPerTonne: z.number().positive('a cost is more than 0').optional(),
    note: z.string(),
  }),
  summary: z.string().min(1, 'the summary is empty'),
  sources: z.array(z.string().min(1, 'a source id is empty')),
  confidence: z.string().optional(),
});
