import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstDayOf,
  isCalendarDay,
  lastDayOf,
  presentOfYear,
  type StatusFacts,
  statusAt,
  statusRecordAt,
  yearMoment,
} from './status-at';

const PRESENT = '2026-01-01';

const rashtQazvin: StatusFacts = {
  status: 'operational',
  statusHistory: [
    { status: 'under-construction', since: '2006' },
    { status: 'operational', since: '2019-03-06' },
  ],
};

const pipeline: StatusFacts = {
  status: 'suspended',
  statusHistory: [
    { status: 'planned', since: '2019' },
    { status: 'operational', since: '2022-01' },
    { status: 'suspended', since: '2024-03-15' },
  ],
};

describe('statusAt before the present', () => {
  it('reads the last history entry that had begun by that day', () => {
    expect(statusAt(pipeline, '2020-06-30', PRESENT)).toBe('planned');
    expect(statusAt(pipeline, '2022-02-01', PRESENT)).toBe('operational');
    expect(statusAt(pipeline, '2025-12-31', PRESENT)).toBe('suspended');
  });

  it('takes a partial date as the first day of its period', () => {
    expect(statusAt(pipeline, '2018-12-31', PRESENT)).toBeUndefined();
    expect(statusAt(pipeline, '2019-01-01', PRESENT)).toBe('planned');
    expect(statusAt(pipeline, '2021-12-31', PRESENT)).toBe('planned');
    expect(statusAt(pipeline, '2022-01-01', PRESENT)).toBe('operational');
    expect(statusAt(pipeline, '2024-03-14', PRESENT)).toBe('operational');
    expect(statusAt(pipeline, '2024-03-15', PRESENT)).toBe('suspended');
  });

  it('orders the history by date, not by the order it is listed in nor by string', () => {
    const shuffled: StatusFacts = { ...pipeline, statusHistory: [...pipeline.statusHistory].reverse() };
    expect(statusAt(shuffled, '2020-06-30', PRESENT)).toBe('planned');
    expect(statusAt(shuffled, '2023-01-01', PRESENT)).toBe('operational');
    expect(statusAt(shuffled, '2025-01-01', PRESENT)).toBe('suspended');
    // As strings '2022' < '2022-01-01' < '2022-06'; as dates '2022' and '2022-01-01' are the same day,
    // and of two entries beginning on the same day the one listed later wins.
    const sameYear: StatusFacts = {
      status: 'operational',
      statusHistory: [
        { status: 'under-construction', since: '2022-06' },
        { status: 'planned', since: '2022' },
        { status: 'proposed', since: '2022-01-01' },
      ],
    };
    expect(statusAt(sameYear, '2022-03-01', PRESENT)).toBe('proposed');
    expect(statusAt(sameYear, '2022-06-01', PRESENT)).toBe('under-construction');
  });

  it('is undefined before the first entry: the feature did not exist yet', () => {
    expect(statusAt(rashtQazvin, '2005-12-31', PRESENT)).toBeUndefined();
    expect(statusAt(rashtQazvin, '2006-01-01', PRESENT)).toBe('under-construction');
  });

  it('keeps the current status of a feature without history', () => {
    expect(statusAt({ status: 'operational', statusHistory: [] }, '1990-12-31', PRESENT)).toBe('operational');
    expect(statusAt({ status: 'planned', statusHistory: [], expectedOpen: 2000 }, '2010-12-31', PRESENT)).toBe(
      'planned',
    );
  });

  it('never counts an entry whose since is not a partial date', () => {
    const broken: StatusFacts = { status: 'operational', statusHistory: [{ status: 'planned', since: 'soon' }] };
    expect(statusAt(broken, '2020-01-01', PRESENT)).toBeUndefined();
  });
});

describe('statusAt from the present on', () => {
  it('is the current status at and after the present, whatever the history says', () => {
    expect(statusAt(pipeline, PRESENT, PRESENT)).toBe('suspended');
    expect(statusAt(pipeline, '2030-12-31', PRESENT)).toBe('suspended');
  });

  it('opens a feature once its expected year has come, in a later year than the present only', () => {
    const rashtAstara: StatusFacts = { status: 'planned', statusHistory: [], expectedOpen: 2029 };
    expect(statusAt(rashtAstara, '2026-12-31', PRESENT)).toBe('planned');
    expect(statusAt(rashtAstara, '2028-12-31', PRESENT)).toBe('planned');
    expect(statusAt(rashtAstara, '2029-01-01', PRESENT)).toBe('operational');
    expect(statusAt(rashtAstara, '2040-12-31', PRESENT)).toBe('operational');
    const overdue: StatusFacts = { status: 'under-construction', statusHistory: [], expectedOpen: 2024 };
    expect(statusAt(overdue, '2026-12-31', PRESENT)).toBe('under-construction');
    expect(statusAt(overdue, '2027-01-01', PRESENT)).toBe('operational');
  });

  it('leaves an operational feature as it is, and opens any other status once its expected year has come', () => {
    expect(statusAt({ status: 'operational', statusHistory: [], expectedOpen: 2030 }, '2031-12-31', PRESENT)).toBe(
      'operational',
    );
    expect(statusAt({ status: 'suspended', statusHistory: [], expectedOpen: 2027 }, '2031-12-31', PRESENT)).toBe(
      'operational',
    );
  });
});

describe('yearMoment and presentOfYear', () => {
  it('ask about the end of a year, seen from the start of the data year', () => {
    expect(yearMoment(2015)).toBe('2015-12-31');
    expect(presentOfYear(2026)).toBe('2026-01-01');
  });

  it('read a year scenario with the year rule of the router: history by the year of since, expectedOpen after the data year', () => {
    // The year rule the router used before statusAt, kept as the oracle.
    function yearRule(feature: StatusFacts, year: number, currentYear: number): string | undefined {
      const { status, statusHistory, expectedOpen } = feature;
      if (year >= currentYear) {
        if (status !== 'operational' && year > currentYear && expectedOpen !== undefined && expectedOpen <= year) {
          return 'operational';
        }
        return status;
      }
      if (statusHistory.length === 0) return status;
      const sinceYear = (since: string) => Number.parseInt(since.slice(0, 4), 10);
      let found: string | undefined;
      for (const entry of [...statusHistory].sort((a, b) => sinceYear(a.since) - sinceYear(b.since))) {
        if (sinceYear(entry.since) <= year) found = entry.status;
      }
      return found;
    }
    const status = fc.constantFrom('operational', 'under-construction', 'planned', 'suspended');
    const since = fc
      .tuple(fc.integer({ min: 1985, max: 2035 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([year, month, day]) =>
        month === 0
          ? `${year}`
          : day > 20
            ? `${year}-${String(month).padStart(2, '0')}`
            : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    // Unsorted, in distinct years: the old rule kept same-year entries in listed order, statusAt
    // orders them by date (the real data has no two entries in one year).
    const history = fc.uniqueArray(fc.record({ status, since }), {
      maxLength: 4,
      selector: (entry) => entry.since.slice(0, 4),
    });
    const feature = fc.record({
      status,
      statusHistory: history,
      expectedOpen: fc.option(fc.integer({ min: 2000, max: 2050 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(feature, fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 2020, max: 2030 }), (f, y, now) => {
        expect(statusAt(f, yearMoment(y), presentOfYear(now))).toBe(yearRule(f, y, now));
      }),
      { numRuns: 500 },
    );
  });
});

describe('temporary statuses (contracts §7: an entry with until)', () => {
  const hormuz: StatusFacts = {
    status: 'restricted',
    statusHistory: [
      { status: 'restricted', since: '2025-06-13', until: '2025-06-24' },
      { status: 'closed', since: '2026-02-28', until: '2026-04-07', event: 'hormuz-closure-2026-02-28' },
      { status: 'restricted', since: '2026-04-08', until: '2026-04-12' },
      { status: 'closed', since: '2026-04-13', until: '2026-06-15' },
      { status: 'restricted', since: '2026-06-24' },
    ],
  };
  const present = '2026-12-01';

  it('holds over its interval, both ends included, and gives way to the lasting status after it', () => {
    expect(statusAt(hormuz, '2026-02-27', present)).toBeUndefined();
    expect(statusAt(hormuz, '2026-02-28', present)).toBe('closed');
    expect(statusRecordAt(hormuz, '2026-03-15', present)?.entry?.event).toBe('hormuz-closure-2026-02-28');
    expect(statusAt(hormuz, '2026-04-07', present)).toBe('closed');
    expect(statusAt(hormuz, '2026-04-08', present)).toBe('restricted');
    expect(statusAt(hormuz, '2026-04-13', present)).toBe('closed');
    expect(statusAt(hormuz, '2026-06-16', present)).toBeUndefined();
    expect(statusAt(hormuz, '2026-06-24', present)).toBe('restricted');
    expect(statusRecordAt(hormuz, present, present)?.entry?.since).toBe('2026-06-24');
    expect(statusAt(hormuz, '2025-06-24', present)).toBe('restricted');
    expect(statusAt(hormuz, '2025-06-25', present)).toBeUndefined();
  });

  it('ends a month or a year on its last day', () => {
    const works: StatusFacts = {
      status: 'operational',
      statusHistory: [
        { status: 'operational', since: '2000' },
        { status: 'restricted', since: '2024-02', until: '2024-02' },
        { status: 'suspended', since: '2025', until: '2025' },
      ],
    };
    expect(statusAt(works, '2024-01-31', present)).toBe('operational');
    expect(statusAt(works, '2024-02-29', present)).toBe('restricted');
    expect(statusAt(works, '2024-03-01', present)).toBe('operational');
    expect(statusAt(works, '2025-12-31', present)).toBe('suspended');
    expect(statusAt(works, '2026-01-01', present)).toBe('operational');
  });

  it('decides after the present too, and the one that began last wins an overlap', () => {
    const port: StatusFacts = {
      status: 'operational',
      statusHistory: [
        { status: 'restricted', since: '2026-11', until: '2027-01-31' },
        { status: 'closed', since: '2026-12-10', until: '2026-12-12' },
      ],
    };
    expect(statusAt(port, '2026-12-05', present)).toBe('restricted');
    expect(statusAt(port, '2026-12-11', present)).toBe('closed');
    expect(statusAt(port, '2027-01-31', present)).toBe('restricted');
    expect(statusAt(port, '2027-02-01', present)).toBe('operational');
  });

  it('never counts an entry whose until is not a partial date', () => {
    const broken: StatusFacts = {
      status: 'operational',
      statusHistory: [{ status: 'closed', since: '2020', until: 'later' }],
    };
    expect(statusAt(broken, '2020-06-01', present)).toBe('operational');
  });
});

describe('partial dates and calendar days', () => {
  it('gives the first and the last day of a period', () => {
    expect(firstDayOf('2024')).toBe('2024-01-01');
    expect(firstDayOf('2024-02')).toBe('2024-02-01');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2025')).toBe('2025-12-31');
    expect(lastDayOf('2025-04-30')).toBe('2025-04-30');
    expect(lastDayOf('April')).toBeUndefined();
  });

  it('accepts real calendar days only', () => {
    expect(isCalendarDay('2026-03-15')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-3-15')).toBe(false);
  });
});

describe('a history that begins with a disruption', () => {
  it('counts the feature in service before the event that disrupted it', () => {
    const leg: StatusFacts = {
      status: 'restricted',
      statusHistory: [{ status: 'restricted', since: '2026-02-28', event: 'instc-iran-cargo-suspended-2026-02-28' }],
    };
    expect(statusAt(leg, '2020-01-01', '2026-12-01')).toBe('operational');
    expect(statusAt(leg, '2026-03-01', '2026-12-01')).toBe('restricted');
    const built: StatusFacts = { ...leg, statusHistory: [{ status: 'restricted', since: '2026-02-28' }] };
    expect(statusAt(built, '2020-01-01', '2026-12-01')).toBeUndefined();
  });
});
