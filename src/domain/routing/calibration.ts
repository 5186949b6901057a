import type { ComparisonLabel, ForcibleBranch } from '../vocabulary/vocabulary';
import type { Router } from './create-router';
import type { RouteResult } from './route-result';
import type { RoutingObservation } from './routing-input';

/**
 * The model against what was observed (issue 13 §3): each observation with reported days or costs
 * beside the model's figure for the same endpoints, branch and day. Which model route stands for an
 * observation is an editorial choice, written here with the reason (`basis`), because observations
 * rarely start and end at nodes of the network.
 */
interface CalibrationCase {
  observation: string;
  from: string;
  to: string;
  via?: readonly string[];
  /** A corridor branch, or an all-sea comparator (taken from the comparison). */
  route: ForcibleBranch | Extract<ComparisonLabel, 'all-sea-suez'> | 'any';
  date: string;
  /** Why these endpoints and this branch stand for the observation. */
  basis: string;
}

const CALIBRATION_CASES: readonly CalibrationCase[] = [
  {
    observation: 'first-mumbai-moscow-service-2016',
    from: 'mumbai',
    to: 'moscow',
    via: ['bandar-abbas', 'rasht', 'astara-ir'],
    route: 'western',
    date: '2016-09-15',
    basis: 'the endpoints and the Rasht–Astara road leg the sources name',
  },
  {
    observation: 'finland-india-block-train-2021',
    from: 'st-petersburg',
    to: 'mumbai',
    via: ['astara-ir', 'rasht', 'bandar-abbas'],
    route: 'western',
    date: '2021-06-21',
    basis: 'Vuosaari (Helsinki) is not a node; St Petersburg, about 300 km nearer, stands for it',
  },
  {
    observation: 'st-petersburg-nhava-sheva-trial-2022',
    from: 'st-petersburg',
    to: 'mumbai',
    via: ['astrakhan', 'anzali', 'bandar-abbas'],
    route: 'trans-caspian',
    date: '2022-06-15',
    basis: 'the ports and the Anzali–Bandar Abbas road leg the sources name',
  },
  {
    observation: 'chekhov-sarakhs-bandar-abbas-2022',
    from: 'moscow',
    to: 'sarakhs',
    route: 'eastern',
    date: '2022-07-06',
    basis: 'Chekhov (Moscow region) → entry into Iran at Sarakhs, the span the 6 days cover',
  },
  {
    observation: 'aprin-block-train-2025',
    from: 'moscow',
    to: 'tehran',
    route: 'eastern',
    date: '2025-11-01',
    basis:
      'the origin, about 900 km north of Moscow, and the Aprin dry port are not on the route; Moscow and Tehran stand for them',
  },
  {
    observation: 'rzdl-moscow-bandar-abbas-15-days-2025',
    from: 'moscow',
    to: 'bandar-abbas',
    route: 'eastern',
    date: '2025-11-08',
    basis: 'the endpoints the operator names',
  },
  {
    observation: 'kazanforum-2025-ust-luga-bandar-abbas',
    from: 'st-petersburg',
    to: 'bandar-abbas',
    route: 'western',
    date: '2025-05-15',
    basis: 'Ust-Luga stands as St Petersburg (about 110 km apart)',
  },
  {
    observation: 'claim-25-30-days-vs-40-60-suez',
    from: 'st-petersburg',
    to: 'mumbai',
    route: 'any',
    date: '2019-06-15',
    basis: 'a claim for the corridor as a whole: the fastest corridor route',
  },
  {
    observation: 'concor-rzdl-2020-claim',
    from: 'mumbai',
    to: 'moscow',
    route: 'any',
    date: '2020-02-26',
    basis: 'a claim for the corridor as a whole: the fastest corridor route',
  },
  {
    observation: 'fimotions-2017-instc-route-1',
    from: 'mumbai',
    to: 'moscow',
    via: ['bandar-abbas', 'astara-ir', 'baku'],
    route: 'western',
    date: '2017-06-15',
    basis: 'dry-run route 1 extended to Moscow, as the study does',
  },
  {
    observation: 'fimotions-2017-instc-route-2',
    from: 'mumbai',
    to: 'moscow',
    via: ['bandar-abbas', 'amirabad', 'astrakhan'],
    route: 'trans-caspian',
    date: '2017-06-15',
    basis: 'dry-run route 2 extended to Moscow, as the study does',
  },
  {
    observation: 'fimotions-2017-traditional-suez',
    from: 'mumbai',
    to: 'moscow',
    route: 'all-sea-suez',
    date: '2017-06-15',
    basis: 'the all-sea comparator via Suez with its land access to Moscow',
  },
  {
    observation: 'irisl-chabahar-nhava-sheva-2023',
    from: 'chabahar',
    to: 'mumbai',
    route: 'any',
    date: '2023-09-11',
    basis: 'port to port, as advertised',
  },
  {
    observation: 'fesco-india-st-petersburg-sailing',
    from: 'mumbai',
    to: 'st-petersburg',
    route: 'all-sea-suez',
    date: '2022-06-15',
    basis: 'the sailing; the model adds port handling and waits the sailing time leaves out',
  },
];

/** One row of the calibration table. */
export interface CalibrationRow {
  observation: RoutingObservation;
  case: CalibrationCase;
  /** The model's route, or why there is none. */
  route: RouteResult | { failure: string };
  /** The days the route waits for its first departure at the origin (half a service interval). */
  originWaitDays: number;
}

function modelRoute(router: Router, item: CalibrationCase): RouteResult | { failure: string } {
  const query = {
    from: item.from,
    to: item.to,
    via: item.via ?? [],
    by: 'time' as const,
    cargo: 'container' as const,
    scenario: { date: item.date },
  };
  if (item.route === 'all-sea-suez') {
    const comparison = router.compare(query);
    if (comparison.kind !== 'comparison') return { failure: comparison.kind };
    const sea = comparison.comparison.routes.find((route) => route.label === 'all-sea-suez');
    return sea ?? { failure: 'no all-sea route via Suez' };
  }
  const outcome = router.route(item.route === 'any' ? query : { ...query, branch: item.route });
  return outcome.kind === 'route'
    ? outcome.route
    : { failure: outcome.kind === 'no-route' ? outcome.reason : outcome.kind };
}

const HOURS_PER_DAY = 24;

/** The calibration rows: every case whose observation exists, with the model's route on its day. */
export function calibrate(router: Router, observations: readonly RoutingObservation[]): CalibrationRow[] {
  const byId = new Map(observations.map((observation) => [observation.id, observation]));
  return CALIBRATION_CASES.flatMap((item) => {
    const observation = byId.get(item.observation);
    if (!observation) return [];
    const route = modelRoute(router, item);
    const originWaitDays =
      'legs' in route
        ? (route.legs[0]?.transfers ?? [])
            .filter((step) => step.kind === 'service-wait' && step.place === route.from)
            .reduce((sum, step) => sum + step.hours / HOURS_PER_DAY, 0)
        : 0;
    return [{ observation, case: item, route, originWaitDays }];
  });
}

function days(value: number): string {
  return value.toFixed(1);
}

function reportedDays(observation: RoutingObservation): string {
  const reported = observation.reported.days;
  if (!reported) return '–';
  return reported.low === reported.high ? `${reported.low}` : `${reported.low}–${reported.high}`;
}

function reportedCost(observation: RoutingObservation): string {
  const cost = observation.reported.costUsd;
  if (!cost) return '–';
  const span = cost.low === cost.high ? `${cost.low}` : `${cost.low}–${cost.high}`;
  return `${span}${cost.year ? ` (${cost.year})` : ''}`;
}

/**
 * The difference of the model's days in transit (its days less the wait for the first departure)
 * from the middle of the reported days, in per cent of the reported; `–` without both.
 */
function transitDifference(row: CalibrationRow): string {
  const reported = row.observation.reported.days;
  if (!reported || !('legs' in row.route)) return '–';
  const middle = (reported.low + reported.high) / 2;
  const transit = row.route.totals.days - row.originWaitDays;
  const percent = Math.round(((transit - middle) / middle) * 100);
  return `${percent > 0 ? '+' : ''}${percent} %`;
}

/** The calibration table as Markdown (docs/routing.md keeps it between its markers). */
export function calibrationMarkdown(rows: readonly CalibrationRow[], dataVersion: string): string {
  const header = [
    `Generated by \`npm run -s calibrate -- --write\` from data ${dataVersion} (by time, container; the network on the day given).`,
    'Model days: central (optimistic–pessimistic); "wait" is the wait for the first departure at the origin, which',
    'observed transit times do not count; "in transit" is the model days less that wait; Δ compares it with the',
    "middle of the reported days. Model US$ are per TEU at the data's cost rates, not of the observation's year.",
    '',
    '| Observation | Reported days | Reported US$ per TEU | Model route (basis) | Model days | Wait | In transit | Δ days | Model US$ |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const lines = rows.map((row) => {
    const { observation, route } = row;
    const item = row.case;
    const path = `${item.from} → ${item.to}${item.via?.length ? ` via ${item.via.join(', ')}` : ''}, ${item.route}, ${item.date}`;
    const described = `\`${observation.id}\` (${observation.kind}, ${observation.date})`;
    if (!('legs' in route)) {
      return `| ${described} | ${reportedDays(observation)} | ${reportedCost(observation)} | ${path}: no route (${route.failure}) | – | – | – | – | – |`;
    }
    const { totals } = route;
    return [
      '',
      ` ${described} `,
      ` ${reportedDays(observation)} `,
      ` ${reportedCost(observation)} `,
      ` ${path} (${item.basis}) `,
      ` ${days(totals.days)} (${days(totals.daysLow)}–${days(totals.daysHigh)}) `,
      ` ${days(row.originWaitDays)} `,
      ` ${days(totals.days - row.originWaitDays)} `,
      ` ${transitDifference(row)} `,
      ` ${Math.round(totals.usd)} `,
      '',
    ].join('|');
  });
  return [...header, ...lines].join('\n');
}
