import { z } from 'zod';
import { firstDayOf, lastDayOf } from '../domain/status-at';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each a real date. */
export const partialDateSchema = z.union(
  [z.string().regex(/^\d{4}$/), z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/), z.iso.date()],
  { error: 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"' },
);

/** The rules of a status history beyond its schema, shared by the corridor and the energy checks. */
export const STATUS_HISTORY_RULES = {
  'until-after-since': 'a temporary status ends (until, inclusive) no earlier than it begins (since)',
  'event-exists': 'the event a dated status names is an event of events.json',
  'status-current':
    'the status field equals the status of the last lasting history entry (one without until), when there is one',
} as const;

/**
 * One dated status (contracts §2 and §7; the rule that reads it is `src/domain/status-at.ts`):
 * `since`, and `until` for a temporary status (inclusive), both partial dates; `event`, the id of the
 * event behind the change. `until` before `since` is reported as rule `until-after-since`.
 */
export function statusEntrySchema<const Statuses extends readonly [string, ...string[]]>(statuses: Statuses) {
  return z
    .object({
      status: z.enum(statuses),
      since: partialDateSchema,
      until: partialDateSchema.optional(),
      event: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an event id is a kebab-case slug')
        .optional(),
      sources: z
        .array(z.string().min(1, 'a source id is empty'))
        .min(1, 'cites no source: at least one id from a bibliography is needed'),
      note: z.string().optional(),
    })
    .superRefine((entry, context) => {
      if (entry.until === undefined) return;
      const start = firstDayOf(entry.since);
      const end = lastDayOf(entry.until);
      if (start !== undefined && end !== undefined && end < start) {
        context.addIssue({
          code: 'custom',
          path: ['until'],
          message: `until ${entry.until} is before since ${entry.since}`,
          params: { rule: 'until-after-since' },
        });
      }
    });
}

/** What the history checks read of a feature. */
interface StatusSubject {
  readonly status: string;
  readonly statusHistory: readonly {
    status: string;
    since: string;
    until?: string | undefined;
    event?: string | undefined;
  }[];
}

/** The lasting entry (without `until`) that begins last; ties: the one listed last. */
function lastLastingEntry<Entry extends StatusSubject['statusHistory'][number]>(
  history: readonly Entry[],
): Entry | undefined {
  let found: { entry: Entry; start: string } | undefined;
  for (const entry of history) {
    if (entry.until !== undefined) continue;
    const start = firstDayOf(entry.since);
    if (start === undefined) continue;
    if (!found || start >= found.start) found = { entry, start };
  }
  return found?.entry;
}

/**
 * The problems of a feature's status history beyond its schema: an `event` that is not a known event
 * (checked only when `eventIds` is given) and a `status` field that differs from the status of the
 * last lasting entry (`status-current`).
 */
export function statusHistoryProblems(
  subject: StatusSubject,
  eventIds: ReadonlySet<string> | undefined,
): { rule: keyof typeof STATUS_HISTORY_RULES; message: string }[] {
  const problems: { rule: keyof typeof STATUS_HISTORY_RULES; message: string }[] = [];
  subject.statusHistory.forEach((entry, index) => {
    if (eventIds && entry.event !== undefined && !eventIds.has(entry.event)) {
      problems.push({
        rule: 'event-exists',
        message: `statusHistory[${index}].event names "${entry.event}", which is not an event of events.json`,
      });
    }
  });
  const last = lastLastingEntry(subject.statusHistory);
  if (last && last.status !== subject.status) {
    problems.push({
      rule: 'status-current',
      message: `status is "${subject.status}", but the last lasting history entry (since ${last.since}) says "${last.status}"`,
    });
  }
  return problems;
}
