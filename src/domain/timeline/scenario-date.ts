import { isCalendarDay } from '../status-at';
import { SCENARIO_YEAR_RANGE } from '../vocabulary/vocabulary';

/** The days a query may ask about (`date=`, `--date`, the timeline): the scenario years, first to last day. */
export const SCENARIO_DATE_RANGE = {
  minimum: `${SCENARIO_YEAR_RANGE.minimum}-01-01`,
  maximum: `${SCENARIO_YEAR_RANGE.maximum}-12-31`,
} as const;

/** A date read from a link or the command line: the day, or why it was refused. */
export type ScenarioDateReading = { kind: 'day'; date: string } | { kind: 'refused'; reason: string };

/**
 * Reads a day `YYYY-MM-DD` (contracts §7) for the link's `date=` and the CLI's `--date`: a real
 * calendar day within `SCENARIO_DATE_RANGE`; anything else is refused with the reason.
 */
export function readScenarioDate(text: string): ScenarioDateReading {
  if (!isCalendarDay(text)) return { kind: 'refused', reason: 'is not a calendar day written YYYY-MM-DD' };
  if (text < SCENARIO_DATE_RANGE.minimum || text > SCENARIO_DATE_RANGE.maximum) {
    return {
      kind: 'refused',
      reason: `is outside ${SCENARIO_DATE_RANGE.minimum} to ${SCENARIO_DATE_RANGE.maximum}`,
    };
  }
  return { kind: 'day', date: text };
}
