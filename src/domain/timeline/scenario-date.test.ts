import { describe, expect, it } from 'vitest';
import { readScenarioDate, SCENARIO_DATE_RANGE } from './scenario-date';

describe('readScenarioDate', () => {
  it('reads a calendar day within the scenario years', () => {
    expect(readScenarioDate('2026-03-15')).toEqual({ kind: 'day', date: '2026-03-15' });
    expect(readScenarioDate(SCENARIO_DATE_RANGE.minimum)).toEqual({ kind: 'day', date: SCENARIO_DATE_RANGE.minimum });
  });

  it('refuses what is not a day, or is out of range, saying why', () => {
    expect(readScenarioDate('2026-02-30')).toEqual({
      kind: 'refused',
      reason: 'is not a calendar day written YYYY-MM-DD',
    });
    expect(readScenarioDate('2026-3-15').kind).toBe('refused');
    expect(readScenarioDate('15.03.2026').kind).toBe('refused');
    expect(readScenarioDate('1989-12-31')).toEqual({
      kind: 'refused',
      reason: `is outside ${SCENARIO_DATE_RANGE.minimum} to ${SCENARIO_DATE_RANGE.maximum}`,
    });
  });
});
