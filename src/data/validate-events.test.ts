import { describe, expect, it } from 'vitest';
import validCorridor from '../../tests/fixtures/geodata/valid-corridor.json';
import validEvents from '../../tests/fixtures/geodata/valid-events.json';
import { assembleCorridor } from './assemble-corridor';
import type { DataProblem } from './data-problem';
import { EVENT_RULES, type EventContext, type EventRule, rawEventIds, validateEvents } from './validate-events';

type Event = Record<string, unknown> & {
  id: string;
  affects: Record<string, unknown>;
  effect: Record<string, unknown>;
};
interface Fixture {
  events: Event[];
}

const CONTEXT: EventContext = {
  corridorFeatureIds: new Set([
    ...validCorridor.nodes.features.map((node) => node.properties.id),
    ...validCorridor.segments.features.map((segment) => segment.properties.id),
  ]),
  passageIds: new Set(['suez']),
  sourceIds: new Set(validCorridor.sources.map((source) => source.id)),
  otherFeatureIds: new Set(['pipeline-one']),
};

function fixture(): Fixture {
  return structuredClone(validEvents) as unknown as Fixture;
}

function first(events: Fixture): Event {
  const event = events.events[0];
  if (!event) throw new Error('the fixture has no event');
  return event;
}

function second(events: Fixture): Event {
  const event = events.events[1];
  if (!event) throw new Error('the fixture has a second event');
  return event;
}

interface RuleCase {
  bad: string;
  eventId: string;
  severity: DataProblem['severity'];
  mutate: (events: Fixture) => void;
}

/** One minimal bad input per rule; the type makes a new rule without a case a compile error. */
const ruleCases: Record<EventRule, RuleCase> = {
  collection: {
    bad: 'events that is not a list',
    eventId: '(file)',
    severity: 'error',
    mutate: (events) => {
      (events as unknown as { events: unknown }).events = 'none';
    },
  },
  schema: {
    bad: 'an event without a summary',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      delete first(events).summary;
    },
  },
  'id-format': {
    bad: 'an event id with capitals',
    eventId: 'Suez-Storm',
    severity: 'error',
    mutate: (events) => {
      first(events).id = 'Suez-Storm';
    },
  },
  enum: {
    bad: 'an unknown kind "riot"',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).kind = 'riot';
    },
  },
  'date-format': {
    bad: 'a start in month 13',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).start = '2024-13';
    },
  },
  'end-after-start': {
    bad: 'an end before the start',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).end = '2024-02-29';
    },
  },
  'sources-cited': {
    bad: 'an event citing no source',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).sources = [];
    },
  },
  'known-source': {
    bad: 'an event citing a source not in sources.json',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).sources = ['atlas-one', 'atlas-nine'];
    },
  },
  'effect-sourced': {
    bad: 'extra days with no note saying where they come from',
    eventId: 'east-port-congestion-2025',
    severity: 'error',
    mutate: (events) => {
      second(events).effect.note = ' ';
    },
  },
  'unique-id': {
    bad: 'two events with one id',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      second(events).id = 'suez-storm-2024-03';
    },
  },
  'id-collision': {
    bad: 'an event named like a place',
    eventId: 'east-port',
    severity: 'error',
    mutate: (events) => {
      first(events).id = 'east-port';
    },
  },
  'feature-exists': {
    bad: 'an event affecting a segment that does not exist',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).affects.features = ['west-port--nowhere'];
    },
  },
  'passage-exists': {
    bad: 'an event affecting a known passage id that passages.geojson does not have',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).affects.passages = ['hormuz'];
    },
  },
  'country-code': {
    bad: 'a country "Iran"',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      first(events).affects.countries = ['Iran'];
    },
  },
  'reserved-name': {
    bad: 'an effect field named __proto__',
    eventId: 'suez-storm-2024-03',
    severity: 'error',
    mutate: (events) => {
      Object.defineProperty(first(events).effect, '__proto__', { value: {}, enumerable: true });
    },
  },
  'unknown-field': {
    bad: 'a misspelt field "sumary"',
    eventId: 'suez-storm-2024-03',
    severity: 'warning',
    mutate: (events) => {
      first(events).sumary = 'typo';
    },
  },
  'formula-text': {
    bad: 'a name a spreadsheet would run',
    eventId: 'suez-storm-2024-03',
    severity: 'warning',
    mutate: (events) => {
      first(events).name = '=1+1';
    },
  },
};

function check(mutate: (events: Fixture) => void, context: EventContext = CONTEXT) {
  const events = fixture();
  mutate(events);
  return validateEvents(events, context);
}

describe('validateEvents on the valid fixture', () => {
  it('reports nothing and keeps every event, as the domain type', () => {
    const result = validateEvents(fixture(), CONTEXT);
    expect(result.problems).toEqual([]);
    expect(result.events.map((event) => event.id)).toEqual(['suez-storm-2024-03', 'east-port-congestion-2025']);
    expect(result.events[1]?.effect.days).toBe(2);
    expect(result.events[1]?.end).toBeNull();
  });

  it('accepts an energy feature id when the energy ids are given', () => {
    const result = check((events) => {
      first(events).affects.features = ['pipeline-one'];
    });
    expect(result.problems).toEqual([]);
  });

  it('takes an id that is no corridor feature on trust when the energy ids are not given', () => {
    const { otherFeatureIds: _, ...corridorOnly } = CONTEXT;
    const result = check((events) => {
      first(events).affects.features = ['pipeline-one'];
    }, corridorOnly);
    expect(result.problems).toEqual([]);
  });
});

describe('every event rule fires on bad data', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(ruleCases).sort()).toEqual(Object.keys(EVENT_RULES).sort());
  });

  for (const [rule, ruleCase] of Object.entries(ruleCases) as [EventRule, RuleCase][]) {
    it(`${rule}: ${ruleCase.bad}`, () => {
      const result = check(ruleCase.mutate);
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          dataset: 'events',
          feature: ruleCase.eventId,
          rule,
          severity: ruleCase.severity,
        }),
      );
      const kept = result.events.some((event) => event.id === ruleCase.eventId);
      expect(kept).toBe(ruleCase.severity === 'warning');
    });
  }
});

describe('what the event report says', () => {
  it('gives every reason of one event, each with its rule', () => {
    const result = check((events) => {
      const event = second(events);
      event.sources = [];
      event.end = '2024';
      event.affects.features = ['east-port', 'nowhere'];
    });
    expect(result.problems.map((problem) => [problem.feature, problem.rule, problem.message])).toEqual([
      ['east-port-congestion-2025', 'end-after-start', 'end 2024 is before start 2025'],
      ['east-port-congestion-2025', 'sources-cited', 'cites no source: at least one id from sources.json is needed'],
      [
        'east-port-congestion-2025',
        'effect-sourced',
        'effect.days is a figure, so the event needs sources and an effect.note saying where it comes from',
      ],
      ['east-port-congestion-2025', 'feature-exists', 'affects features not in the data: nowhere'],
    ]);
  });

  it('reads the ids a dated status may name from any entry with a string id', () => {
    expect([...rawEventIds({ events: [{ id: 'a' }, { id: 3 }, null, { id: 'b' }] })]).toEqual(['a', 'b']);
    expect(rawEventIds([])).toEqual(new Set());
  });
});

describe('assembleCorridor with events', () => {
  it('returns the valid events beside the network, and their problems in the report', () => {
    const events = fixture();
    second(events).affects.features = ['nowhere'];
    const corridor = assembleCorridor({ ...validCorridor, events }, { otherFeatureIds: new Set(['pipeline-one']) });
    expect(corridor.events.map((event) => event.id)).toEqual(['suez-storm-2024-03']);
    expect(corridor.eventById.get('suez-storm-2024-03')?.kind).toBe('weather');
    expect(corridor.report).toContainEqual(
      expect.objectContaining({ dataset: 'events', feature: 'east-port-congestion-2025', rule: 'feature-exists' }),
    );
  });
});
