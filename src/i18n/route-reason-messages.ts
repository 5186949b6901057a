import type { DisplayNames } from '../domain/readable';
import type { ConstraintFacts, OmittedReason } from '../domain/routing/route-reasons';
import type { ScenarioFlag } from '../domain/routing/scenarios';
import type { MessageId } from './catalogues';
import type { Wording } from './wording';

/**
 * The router's no-route reasons and the comparison's omitted-route reasons, worded in the language
 * shown from their codes and parameters (issue 16 §2), with places, segments and passages by name
 * (`useDisplayNames`), countries and branches from the wording: the interface's counterpart of the
 * English `reason` the CLI prints.
 */

/** A scenario as the question's checkbox names it, and inside a reason. */
export const SCENARIO_MESSAGES = {
  planned: 'route.scenario.planned',
  'redsea-closed': 'route.scenario.redsea-closed',
  'hormuz-closed': 'route.scenario.hormuz-closed',
} as const satisfies Record<ScenarioFlag, MessageId>;

/** The message of each code (its parameters, worded, fill it). */
const ROUTE_REASON_MESSAGES = {
  'stop-in-avoided-country': 'route.reason.stop-in-avoided-country',
  'removed-by-constraints': 'route.reason.removed-by-constraints',
  'not-joined': 'route.reason.not-joined',
  'no-branch-joins': 'route.reason.no-branch-joins',
  'branch-unused': 'route.reason.branch-unused',
  'no-all-sea-ports': 'route.reason.no-all-sea-ports',
  'no-all-sea-leg': 'route.reason.no-all-sea-leg',
  'beside-branch-only': 'route.reason.beside-branch-only',
} as const satisfies Record<OmittedReason['code'], MessageId>;

/** What a reason's words need besides its parameters. */
export interface ReasonWords {
  wording: Wording;
  /** The data's names in the language shown. */
  names: DisplayNames;
  /** A day (`YYYY-MM-DD`) as the language writes it (`useFormatDay`). */
  formatDay(day: string): string;
  /** An event's name and period, by id. */
  event(id: string): { name: string; start: string; end: string | null } | undefined;
}

/** A day, a month (`YYYY-MM`) or a year (the data's dates) as the language writes it; anything else as it is. */
export function dateText(date: string, words: Pick<ReasonWords, 'wording' | 'formatDay'>): string {
  const { wording } = words;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return words.formatDay(date);
  const year = (value: string) => wording.number(Number(value), { useGrouping: false });
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month)
    return wording.t('route.reason.monthOfYear', {
      month: wording.month(Number(month[2])),
      year: year(month[1] ?? ''),
    });
  return /^\d{4}$/.test(date) ? year(date) : date;
}

/** "from Moscow to Mumbai via Baku". */
function between(parameters: { from: string; to: string; via?: readonly string[] }, words: ReasonWords): string {
  const { wording, names } = words;
  const values = { from: names.place(parameters.from), to: names.place(parameters.to) };
  const via = parameters.via ?? [];
  return via.length > 0
    ? wording.t('route.reason.betweenVia', { ...values, vias: wording.list(via.map(names.place)) })
    : wording.t('route.reason.between', values);
}

/** The day a constraint is read on: "in 2030", "on 1 March 2026", "on 1 December 2026 (the data's as-of date)". */
function moment(facts: { day: string; basis: 'date' | 'year' | 'as-of' }, words: ReasonWords): string {
  const { wording } = words;
  if (facts.basis === 'year') return wording.t('route.reason.inYear', { year: dateText(facts.day.slice(0, 4), words) });
  if (facts.basis === 'date') return wording.t('route.reason.onDay', { day: words.formatDay(facts.day) });
  return wording.t('route.reason.onAsOfDay', { day: words.formatDay(facts.day) });
}

/** An event with its period: "Turkmenistan–Iran border closed, from March 2026". */
function eventText(id: string, words: ReasonWords): string {
  const { wording } = words;
  const event = words.event(id);
  if (!event) return words.names.feature(id);
  const { name } = event;
  return event.end === null
    ? wording.t('route.reason.eventFrom', { name, start: dateText(event.start, words) })
    : wording.t('route.reason.eventBetween', {
        name,
        start: dateText(event.start, words),
        end: dateText(event.end, words),
      });
}

/** A constraint as set, inside a reason: "the seasonal closures of January", "avoiding Iran and Azerbaijan". */
export function constraintText(facts: ConstraintFacts, words: ReasonWords): string {
  const { wording } = words;
  switch (facts.constraint) {
    case 'year':
      return wording.t(facts.planned ? 'route.constraint.year' : 'route.constraint.yearTryPlanned', {
        moment: moment(facts, words),
        later: facts.basis === 'year' ? 'year' : 'date',
      });
    case 'events':
      return facts.events.length > 0
        ? wording.t('route.constraint.eventsNamed', {
            moment: moment(facts, words),
            events: facts.events.map((id) => eventText(id, words)).join(' | '),
          })
        : wording.t('route.constraint.events', { moment: moment(facts, words) });
    case 'month':
      return wording.t('route.constraint.month', { month: wording.month(facts.month) });
    case 'scenario':
      return wording.t('route.constraint.scenario', { scenario: scenarioText(facts.flag, wording) });
    case 'avoid':
      return wording.t('route.constraint.avoid', { countries: wording.countries(facts.countries) });
    case 'modes':
      return wording.t('route.constraint.modes', {
        modes: wording.list(facts.modes.map((mode) => wording.mode(mode).toLocaleLowerCase(wording.locale))),
      });
    case 'branch':
      return wording.t('route.constraint.branch', { branch: wording.branchPhrase(facts.branch) });
    case 'all-sea':
      return wording.t('route.constraint.all-sea');
  }
}

/** A scenario by its flag, as the question names it. */
function scenarioText(flag: string, wording: Wording): string {
  const id = SCENARIO_MESSAGES[flag as ScenarioFlag];
  return id ? wording.t(id) : flag;
}

/** Why a query has no route, or why the comparison leaves a route out, in the language shown. */
export function reasonText(reason: OmittedReason, words: ReasonWords): string {
  const { wording, names } = words;
  const id = ROUTE_REASON_MESSAGES[reason.code];
  switch (reason.code) {
    case 'stop-in-avoided-country': {
      const { parameters } = reason;
      const stops = parameters.stops.map(({ place, country }) =>
        wording.t('route.reason.stopIn', { place: names.place(place), country: wording.country(country) }),
      );
      return wording.t(id, {
        between: between(parameters, words),
        stops: wording.list(stops),
        countries: wording.countries(parameters.avoid),
      });
    }
    case 'removed-by-constraints': {
      const { parameters } = reason;
      const causes = parameters.causes.map(({ constraint, through }) => {
        const values = { constraint: constraintText(constraint, words), between: between(parameters, words) };
        return through.length > 0
          ? wording.t('route.reason.removedThrough', { ...values, segments: wording.list(through.map(names.segment)) })
          : wording.t(id, values);
      });
      return causes.join(wording.t('route.reason.separator'));
    }
    case 'not-joined':
      return wording.t(id, {
        between: between(reason.parameters, words),
        constraints: reason.parameters.under.map((facts) => constraintText(facts, words)).join(' + '),
      });
    case 'no-branch-joins': {
      const { parameters } = reason;
      const reasons = parameters.omitted.map((entry) =>
        wording.t('route.reason.labelled', {
          label: wording.comparisonRoute(entry.label),
          reason: entry.code === undefined ? entry.reason : reasonText(entry, words),
        }),
      );
      return wording.t(id, {
        from: names.place(parameters.from),
        to: names.place(parameters.to),
        reasons: reasons.join(wording.t('route.reason.separator')),
      });
    }
    case 'branch-unused':
      return wording.t(id, { branch: wording.branchPhrase(reason.parameters.branch) });
    case 'no-all-sea-ports':
    case 'no-all-sea-leg':
      return wording.t(id, { passage: names.passage(reason.parameters.passage) });
    case 'beside-branch-only':
      return wording.t(id);
  }
}
