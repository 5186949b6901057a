import type { AssumptionRule } from '../data/assumptions-schema';
import type { DataProblem } from '../data/data-problem';
import type { CorridorRule, SOURCE_NOT_OPENED_RULE } from '../data/validate-corridor';
import type { EventRule } from '../data/validate-events';
import type { MessageId } from './catalogues';

/**
 * The data checker's problems worded in the language shown (issue 16 §2): the checker gives each
 * problem a rule id and an English message (for the CLI, logs and the English page); the interface
 * names the rule broken, from the catalogue, after the feature it concerns.
 */

/**
 * The rules the checker names outside its tables (`CORRIDOR_RULES`, `EVENT_RULES`,
 * `ASSUMPTION_RULES`): a file that cannot be read or is not JSON, a built unit's malformed part, the
 * router's coverage notes, place aliases, the energy swaps' links, and the bibliography checks of
 * `npm run check:geodata`.
 */
type OtherRule =
  | 'file'
  | 'json'
  | 'shape'
  | 'coverage'
  | 'alias'
  | 'pipeline-exists'
  | 'swap-exists'
  | typeof SOURCE_NOT_OPENED_RULE
  | 'source-id-repeated';

/** The id of every rule the data checker reports. */
export type DataRule = CorridorRule | EventRule | AssumptionRule | OtherRule;

/** What each rule asks, as the feature breaking it is said to: "cites no source". */
export const DATA_RULE_MESSAGES = {
  collection: 'dataRule.collection',
  schema: 'dataRule.schema',
  geometry: 'dataRule.geometry',
  'id-format': 'dataRule.id-format',
  enum: 'dataRule.enum',
  'as-of': 'dataRule.as-of',
  'sources-cited': 'dataRule.sources-cited',
  'date-format': 'dataRule.date-format',
  'country-code': 'dataRule.country-code',
  'segment-id': 'dataRule.segment-id',
  'mode-attributes': 'dataRule.mode-attributes',
  'preferred-length': 'dataRule.preferred-length',
  'length-range': 'dataRule.length-range',
  'reserved-name': 'dataRule.reserved-name',
  'seasonal-months': 'dataRule.seasonal-months',
  'seasonal-effect': 'dataRule.seasonal-effect',
  'seasonal-effect-sourced': 'dataRule.seasonal-effect-sourced',
  'seasonal-effect-range': 'dataRule.seasonal-effect-range',
  'unique-id': 'dataRule.unique-id',
  'known-source': 'dataRule.known-source',
  'node-exists': 'dataRule.node-exists',
  'passage-exists': 'dataRule.passage-exists',
  'endpoint-near-node': 'dataRule.endpoint-near-node',
  'network-connected': 'dataRule.network-connected',
  'sea-leg-off-land': 'dataRule.sea-leg-off-land',
  'land-leg-on-land': 'dataRule.land-leg-on-land',
  'drawn-length': 'dataRule.drawn-length',
  'length-drawn-short': 'dataRule.length-drawn-short',
  'length-drawn-long': 'dataRule.length-drawn-long',
  'gap-rail-not-operational': 'dataRule.gap-rail-not-operational',
  'expected-open-not-operational': 'dataRule.expected-open-not-operational',
  'countries-include-endpoints': 'dataRule.countries-include-endpoints',
  'until-after-since': 'dataRule.until-after-since',
  'event-exists': 'dataRule.event-exists',
  'status-current': 'dataRule.status-current',
  'unknown-field': 'dataRule.unknown-field',
  'source-unused': 'dataRule.source-unused',
  'formula-text': 'dataRule.formula-text',
  'end-after-start': 'dataRule.end-after-start',
  'effect-sourced': 'dataRule.effect-sourced',
  'id-collision': 'dataRule.id-collision',
  'feature-exists': 'dataRule.feature-exists',
  'value-order': 'dataRule.value-order',
  'value-range': 'dataRule.value-range',
  sourced: 'dataRule.sourced',
  file: 'dataRule.file',
  json: 'dataRule.json',
  shape: 'dataRule.shape',
  coverage: 'dataRule.coverage',
  alias: 'dataRule.alias',
  'pipeline-exists': 'dataRule.pipeline-exists',
  'swap-exists': 'dataRule.swap-exists',
  'source-not-opened': 'dataRule.source-not-opened',
  'source-id-repeated': 'dataRule.source-id-repeated',
} as const satisfies Record<DataRule, MessageId>;

/** The message of a rule, if the rule is one the interface words (a rule id is any string in a `DataProblem`). */
export function ruleMessage(rule: string | undefined): MessageId | undefined {
  return rule !== undefined && Object.hasOwn(DATA_RULE_MESSAGES, rule)
    ? DATA_RULE_MESSAGES[rule as DataRule]
    : undefined;
}

/** A problem as a notice lists it: the feature, and what it breaks. */
export type ListedProblem = Pick<DataProblem, 'feature' | 'rule' | 'message'>;

/** Whether a problem is about a group (`(file)`, `(network)`) rather than a named feature. */
export function isGroupProblem(problem: ListedProblem): boolean {
  return problem.feature.startsWith('(');
}

/**
 * A problem in a few words: "<feature> (<the rule broken>)" in the language of `t`; a problem of a
 * group (`(file)`, `(network)`) is the rule alone. A problem with no rule, or one the catalogue
 * does not word, keeps its English message: "<feature> (<message>)".
 */
export function problemWords(problem: ListedProblem, t: (id: MessageId) => string): string {
  const id = ruleMessage(problem.rule);
  const what = id ? t(id) : problem.message;
  return isGroupProblem(problem) ? what : `${problem.feature} (${what})`;
}
