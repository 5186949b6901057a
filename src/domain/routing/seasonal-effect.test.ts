import { describe, expect, it } from 'vitest';
import type { CorridorEvent } from '../events/corridor-event';
import { createRouter } from './create-router';
import type { RouteQuery } from './route-query';
import type { RouteResult } from './route-result';
import type { RoutingAssumption, RoutingNode, RoutingSegment, SeasonalEffect } from './routing-input';

// Two ports one degree apart on the equator (≈111 km) joined by sea, and by a longer road.
const NODES: RoutingNode[] = [
  {
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { id: 'north', name: 'North', country: 'AA', kind: 'seaport' },
  },
  {
    geometry: { type: 'Point', coordinates: [1, 0] },
    properties: { id: 'south', name: 'South', country: 'AA', kind: 'seaport' },
  },
  {
    geometry: { type: 'Point', coordinates: [0.5, 1] },
    properties: { id: 'inland', name: 'Inland', country: 'AA', kind: 'city' },
  },
];

const EFFECT: SeasonalEffect = {
  days: { optimistic: 1, central: 2, pessimistic: 4 },
  usdPerTeu: { optimistic: 10, central: 20, pessimistic: 40 },
  sources: ['convoys'],
  note: 'icebreaker convoys',
};

function seaSegment(seasonal: RoutingSegment['properties']['seasonal']): RoutingSegment {
  return {
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
      ],
    },
    properties: {
      id: 'north--south',
      from: 'north',
      to: 'south',
      mode: 'sea',
      vessel: 'feeder',
      branch: 'russia',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: ['volga-caspian-canal'],
      seasonal,
      countries: ['AA'],
    },
  };
}

function roadSegment(from: string, to: string, coordinates: [number, number][]): RoutingSegment {
  return {
    geometry: { type: 'LineString', coordinates },
    properties: {
      id: `${from}--${to}`,
      from,
      to,
      mode: 'road',
      branch: 'russia',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: ['AA'],
    },
  };
}

function entry(key: string, unit: string, appliesTo: RoutingAssumption['appliesTo'], values: number[]) {
  const [optimistic = 0, central = 0, pessimistic = 0] = values;
  return { key, unit, appliesTo, optimistic, central, pessimistic, range: { min: 0, max: 1000 } };
}

const ASSUMPTIONS = {
  teuTonnes: { optimistic: 8, central: 10, pessimistic: 12, unit: 't per TEU', range: { min: 0, max: 30 } },
  entries: [
    entry('speed.sea.feeder', 'knots', { mode: 'sea', vessel: 'feeder' }, [12, 12, 12]),
    entry('speed.road.truck', 'km/h', { mode: 'road' }, [40, 40, 40]),
    entry('cost.sea.feeder.usd-per-teu-km', 'USD per TEU-km', { mode: 'sea', vessel: 'feeder' }, [1, 1, 1]),
    entry('cost.road.usd-per-teu-km', 'USD per TEU-km', { mode: 'road' }, [1, 1, 1]),
  ],
};

function routerWith(seasonal: RoutingSegment['properties']['seasonal'], events: CorridorEvent[] = []) {
  return createRouter({
    nodes: NODES,
    segments: [
      seaSegment(seasonal),
      roadSegment('north', 'inland', [
        [0, 0],
        [0.5, 1],
      ]),
      roadSegment('inland', 'south', [
        [0.5, 1],
        [1, 0],
      ]),
    ],
    assumptions: ASSUMPTIONS,
    observations: [],
    dataVersion: 'test',
    present: '2026-06-01',
    events,
  });
}

function route(
  router: ReturnType<typeof routerWith>,
  scenario: RouteQuery['scenario'],
  extra: Partial<RouteQuery> = {},
) {
  const outcome = router.route({ from: 'north', to: 'south', by: 'distance', cargo: 'container', scenario, ...extra });
  if (outcome.kind !== 'route') throw new Error(`expected a route, got ${JSON.stringify(outcome)}`);
  return outcome.route;
}

const restrictedStep = (result: RouteResult) =>
  result.legs.flatMap((leg) => leg.transfers).find((step) => step.kind === 'seasonal-restriction');

describe('a restricted season', () => {
  const winter = { closedMonths: [], restrictedMonths: [12, 1, 2, 3], effect: EFFECT, note: 'ice', sources: ['ice'] };

  it('keeps the leg open in a restricted month and adds its effect to the figures under each set', () => {
    const router = routerWith(winter);
    const june = route(router, { month: 6 });
    const january = route(router, { month: 1 });
    expect(january.legs.map((leg) => leg.segment)).toEqual(['north--south']);
    expect(january.totals.days - june.totals.days).toBeCloseTo(2, 5);
    expect(january.totals.daysLow - june.totals.daysLow).toBeCloseTo(1, 5);
    expect(january.totals.daysHigh - june.totals.daysHigh).toBeCloseTo(4, 5);
    expect(january.totals.usd - june.totals.usd).toBeCloseTo(20, 5);
    expect(january.totals.usdLow - june.totals.usdLow).toBeCloseTo(10, 5);
    expect(january.totals.usdHigh - june.totals.usdHigh).toBeCloseTo(40, 5);
    expect(restrictedStep(january)).toMatchObject({
      kind: 'seasonal-restriction',
      place: 'north',
      hours: 48,
      usd: 20,
      assumption: null,
      sources: ['convoys'],
      note: 'icebreaker convoys',
    });
    expect(restrictedStep(june)).toBeUndefined();
    expect(january.legs[0]?.seasonalRestrictedMonths).toEqual([12, 1, 2, 3]);
    expect(january.legs[0]?.seasonalClosedMonths).toBeUndefined();
    expect(january.seasonalLimits).toEqual([
      {
        segment: 'north--south',
        closedMonths: [],
        restrictedMonths: [12, 1, 2, 3],
        effect: EFFECT,
        inFigures: true,
        note: 'ice',
        sources: ['ice'],
      },
    ]);
    expect(june.seasonalLimits[0]?.inFigures).toBe(false);
  });

  it('keys the cached graph by the effect: January, June and January again give their own figures', () => {
    const router = routerWith(winter);
    const first = route(router, { month: 1 }).totals.days;
    const june = route(router, { month: 6 }).totals.days;
    const again = route(router, { month: 1 }).totals.days;
    const none = route(router, {}).totals.days;
    expect(again).toBe(first);
    expect(june).toBe(none);
    expect(first - june).toBeCloseTo(2, 5);
  });

  it('weighs the effect in the search: a long enough delay sends the route by road', () => {
    const slow = { ...winter, effect: { ...EFFECT, days: { optimistic: 5, central: 10, pessimistic: 20 } } };
    const router = routerWith(slow);
    expect(route(router, { month: 6 }, { by: 'time' }).legs.map((leg) => leg.segment)).toEqual(['north--south']);
    expect(route(router, { month: 1 }, { by: 'time' }).legs.map((leg) => leg.segment)).toEqual([
      'north--inland',
      'inland--south',
    ]);
  });

  it('converts a per-TEU cost for bulk with tonnes per TEU (optimistic with the pessimistic tonnage)', () => {
    const january = route(routerWith(winter), { month: 1 }, { cargo: 'bulk' });
    expect(restrictedStep(january)?.usd).toBeCloseTo(2, 5);
  });

  it('adds nothing when the effect gives no figure the router counts', () => {
    const draftOnly = { ...winter, effect: { draftMetres: 3.8, sources: ['depth'], note: 'low water' } };
    expect(restrictedStep(route(routerWith(draftOnly), { month: 1 }))).toBeUndefined();
  });

  it('still closes the leg in a closed month', () => {
    const router = routerWith({ closedMonths: [1, 2], note: 'frozen' });
    expect(route(router, { month: 1 }).legs.map((leg) => leg.segment)).toEqual(['north--inland', 'inland--south']);
    expect(route(router, { month: 3 }).legs.map((leg) => leg.segment)).toEqual(['north--south']);
  });
});

describe("a restricting event's effect", () => {
  const event = (effect: CorridorEvent['effect'], affects: CorridorEvent['affects']): CorridorEvent => ({
    id: 'canal-low-water',
    kind: 'weather',
    name: 'Low water in the canal',
    start: '2026-08',
    end: '2026-09',
    affects,
    effect,
    summary: 'low water',
    sources: ['low-water-report'],
  });
  const figures = { type: 'restricts' as const, days: 3, usdPerTeu: 50, note: 'light loading' };

  it('adds its days and cost on the days it is in force, to the legs through what it affects', () => {
    const router = routerWith(undefined, [event(figures, { passages: ['volga-caspian-canal'] })]);
    const before = route(router, { date: '2026-07-31' });
    const during = route(router, { date: '2026-08-15' });
    expect(during.totals.days - before.totals.days).toBeCloseTo(3, 5);
    expect(during.totals.daysLow - before.totals.daysLow).toBeCloseTo(3, 5);
    expect(during.totals.usd - before.totals.usd).toBeCloseTo(50, 5);
    const step = during.legs[0]?.transfers.find((candidate) => candidate.kind === 'event-restriction');
    expect(step).toMatchObject({ event: 'canal-low-water', hours: 72, usd: 50, sources: ['low-water-report'] });
    expect(route(router, { date: '2026-10-01' }).totals.days).toBe(before.totals.days);
  });

  it('adds nothing for an event without figures, for one that only closes, or one that affects other legs', () => {
    const quiet = routerWith(undefined, [
      event({ type: 'restricts', note: 'no figure' }, { passages: ['volga-caspian-canal'] }),
    ]);
    const elsewhere = routerWith(undefined, [event(figures, { features: ['inland'] })]);
    const noEvents = route(routerWith(undefined), { date: '2026-08-15' }).totals.days;
    expect(route(quiet, { date: '2026-08-15' }).totals.days).toBe(noEvents);
    expect(route(elsewhere, { date: '2026-08-15' }).totals.days).toBe(noEvents);
  });

  it('marks a leg restriction naming the event as in the figures', () => {
    const router = routerWith(undefined, [event(figures, { features: ['north--south'] })]);
    const segment = seaSegment(undefined);
    const restricted = createRouter({
      nodes: NODES,
      segments: [
        {
          ...segment,
          properties: {
            ...segment.properties,
            statusHistory: [{ status: 'restricted', since: '2026-08', until: '2026-09', event: 'canal-low-water' }],
          },
        },
      ],
      assumptions: ASSUMPTIONS,
      observations: [],
      dataVersion: 'test',
      present: '2026-06-01',
      events: [event(figures, { features: ['north--south'] })],
    });
    const during = route(restricted, { date: '2026-08-15' });
    expect(during.legs[0]?.restrictions).toEqual([
      {
        target: 'north--south',
        status: 'restricted',
        since: '2026-08',
        until: '2026-09',
        event: 'canal-low-water',
        inFigures: true,
      },
    ]);
    expect(route(router, { date: '2026-08-15' }).legs[0]?.transfers.map((step) => step.kind)).toContain(
      'event-restriction',
    );
  });
});
