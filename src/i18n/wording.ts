import type { FormatNumberOptions, IntlShape } from 'react-intl';
import { roundToRange } from '../domain/figure-precision';
import { type DisplayNames, humaniseId } from '../domain/readable';
import type {
  CapacityBasis,
  CargoKind,
  ComparisonLabel,
  CorridorBranch,
  Criterion,
  EnergyStatus,
  EventEffectType,
  EventKind,
  NodeKind,
  Precision,
  SegmentMode,
  SegmentStatus,
  TransferKind,
  VesselClass,
} from '../domain/vocabulary/vocabulary';
import type { MessageId } from './catalogues';
import type { MessageValues } from './use-t';

/**
 * The interface's words for the data's vocabularies, its figures and lists, in the language shown
 * (issue 16): the catalogue's counterpart of `vocabulary-labels.ts` and `readable.ts`, which stay
 * English for the CLI and the machine exports. Each table names its message ids in full, so the
 * catalogue test sees them used and the type checker sees every value of a vocabulary worded.
 */

const BRANCH: Record<CorridorBranch, MessageId> = {
  russia: 'v.branch.russia',
  western: 'v.branch.western',
  'trans-caspian': 'v.branch.trans-caspian',
  eastern: 'v.branch.eastern',
  iran: 'v.branch.iran',
  'indian-ocean': 'v.branch.indian-ocean',
  comparator: 'v.branch.comparator',
};
const BRANCH_SHORT: Record<CorridorBranch, MessageId> = {
  russia: 'v.branchShort.russia',
  western: 'v.branchShort.western',
  'trans-caspian': 'v.branchShort.trans-caspian',
  eastern: 'v.branchShort.eastern',
  iran: 'v.branchShort.iran',
  'indian-ocean': 'v.branchShort.indian-ocean',
  comparator: 'v.branchShort.comparator',
};
const BRANCH_PHRASE: Record<CorridorBranch, MessageId> = {
  russia: 'v.branchPhrase.russia',
  western: 'v.branchPhrase.western',
  'trans-caspian': 'v.branchPhrase.trans-caspian',
  eastern: 'v.branchPhrase.eastern',
  iran: 'v.branchPhrase.iran',
  'indian-ocean': 'v.branchPhrase.indian-ocean',
  comparator: 'v.branchPhrase.comparator',
};
const COMPARISON_ROUTE: Record<ComparisonLabel, MessageId> = {
  western: 'v.comparisonRoute.western',
  'trans-caspian': 'v.comparisonRoute.trans-caspian',
  eastern: 'v.comparisonRoute.eastern',
  'all-sea-suez': 'v.comparisonRoute.all-sea-suez',
  'all-sea-cape': 'v.comparisonRoute.all-sea-cape',
};
const MODE: Record<SegmentMode, MessageId> = {
  rail: 'v.mode.rail',
  road: 'v.mode.road',
  sea: 'v.mode.sea',
  river: 'v.mode.river',
};
const NODE_KIND: Record<NodeKind, MessageId> = {
  seaport: 'v.nodeKind.seaport',
  'river-port': 'v.nodeKind.river-port',
  'rail-hub': 'v.nodeKind.rail-hub',
  'border-crossing': 'v.nodeKind.border-crossing',
  city: 'v.nodeKind.city',
  'dry-port': 'v.nodeKind.dry-port',
};
const VESSEL: Record<VesselClass, MessageId> = {
  'deep-sea-container': 'v.vessel.deep-sea-container',
  feeder: 'v.vessel.feeder',
  'caspian-river-sea': 'v.vessel.caspian-river-sea',
  'rail-ferry': 'v.vessel.rail-ferry',
};
const STATUS: Record<SegmentStatus | EnergyStatus, MessageId> = {
  operational: 'v.status.operational',
  restricted: 'v.status.restricted',
  'under-construction': 'v.status.under-construction',
  planned: 'v.status.planned',
  proposed: 'v.status.proposed',
  mou: 'v.status.mou',
  suspended: 'v.status.suspended',
  idle: 'v.status.idle',
  shelved: 'v.status.shelved',
  cancelled: 'v.status.cancelled',
  closed: 'v.status.closed',
};
const STATUS_PHRASE: Record<SegmentStatus | EnergyStatus, MessageId> = {
  operational: 'v.statusPhrase.operational',
  restricted: 'v.statusPhrase.restricted',
  'under-construction': 'v.statusPhrase.under-construction',
  planned: 'v.statusPhrase.planned',
  proposed: 'v.statusPhrase.proposed',
  mou: 'v.statusPhrase.mou',
  suspended: 'v.statusPhrase.suspended',
  idle: 'v.statusPhrase.idle',
  shelved: 'v.statusPhrase.shelved',
  cancelled: 'v.statusPhrase.cancelled',
  closed: 'v.statusPhrase.closed',
};
const CRITERION: Record<Criterion, MessageId> = {
  distance: 'v.criterion.distance',
  time: 'v.criterion.time',
  cost: 'v.criterion.cost',
  co2: 'v.criterion.co2',
};
const CRITERION_PHRASE: Record<Criterion, MessageId> = {
  distance: 'v.criterionPhrase.distance',
  time: 'v.criterionPhrase.time',
  cost: 'v.criterionPhrase.cost',
  co2: 'v.criterionPhrase.co2',
};
const CARGO: Record<CargoKind, MessageId> = { container: 'v.cargo.container', bulk: 'v.cargo.bulk' };
const CARGO_UNIT: Record<CargoKind, MessageId> = { container: 'v.cargoUnit.container', bulk: 'v.cargoUnit.bulk' };
const PRECISION: Record<Precision, MessageId> = {
  surveyed: 'v.precision.surveyed',
  traced: 'v.precision.traced',
  approximate: 'v.precision.approximate',
};
const CAPACITY_BASIS: Record<CapacityBasis, MessageId> = {
  design: 'v.capacityBasis.design',
  current: 'v.capacityBasis.current',
  target: 'v.capacityBasis.target',
};
const TRANSFER: Record<TransferKind, MessageId> = {
  'port-handling': 'v.transfer.port-handling',
  transshipment: 'v.transfer.transshipment',
  'gauge-change': 'v.transfer.gauge-change',
  'rail-road-transfer': 'v.transfer.rail-road-transfer',
  'border-crossing': 'v.transfer.border-crossing',
  customs: 'v.transfer.customs',
  'service-wait': 'v.transfer.service-wait',
  'seasonal-restriction': 'v.transfer.seasonal-restriction',
  'event-restriction': 'v.transfer.event-restriction',
};
const EVENT_KIND: Record<EventKind, MessageId> = {
  strike: 'v.eventKind.strike',
  closure: 'v.eventKind.closure',
  blockade: 'v.eventKind.blockade',
  sanctions: 'v.eventKind.sanctions',
  accident: 'v.eventKind.accident',
  agreement: 'v.eventKind.agreement',
  opening: 'v.eventKind.opening',
  construction: 'v.eventKind.construction',
  weather: 'v.eventKind.weather',
  other: 'v.eventKind.other',
};
const EVENT_EFFECT: Record<EventEffectType, MessageId> = {
  closes: 'v.eventEffect.closes',
  restricts: 'v.eventEffect.restricts',
  none: 'v.eventEffect.none',
};

/** Units a figure is written with. */
const UNIT = {
  km: 'v.unit.km',
  days: 'v.unit.days',
  hours: 'v.unit.hours',
  usd: 'v.unit.usd',
  kgCo2e: 'v.unit.kgCo2e',
  tCo2e: 'v.unit.tCo2e',
} as const satisfies Record<string, MessageId>;

type Unit = keyof typeof UNIT;

/** The interface's words in one language. Built once per language (`createWording`). */
export interface Wording {
  /** The locale `Intl` formats with (`fa-IR`…). */
  locale: string;
  /** A message of the catalogues. */
  t(id: MessageId, values?: MessageValues): string;
  /** "Western branch (via Azerbaijan)": a branch as a legend or card names it. */
  branch(branch: string): string;
  /** "Western": a branch as a table cell or filter names it. */
  branchShort(branch: string): string;
  /** "the Western branch": a branch inside a sentence. */
  branchPhrase(branch: string): string;
  /** The branches a route runs on, each once, as a list: "the Russian network and the all-sea route". */
  branchesPhrase(branches: readonly string[]): string;
  /** A comparison route's label: "All sea via Suez". */
  comparisonRoute(label: string): string;
  /** "Rail", "River / canal". */
  mode(mode: string): string;
  /** "Sea (deep-sea container)". */
  modeWithVessel(mode: string, vessel?: string | null): string;
  /** "Seaport", "Rail hub". */
  nodeKind(kind: string): string;
  /** A segment's or energy asset's status as a cell: "Under construction"; none on a day: "Not yet built". */
  status(status: string | undefined): string;
  /** A status inside a sentence: "restricted (open with reduced capacity or added risk)". */
  statusPhrase(status: string): string;
  /** A criterion as a control or heading names it: "Time". */
  criterion(criterion: string): string;
  /** A criterion inside "best by …": "time". */
  criterionPhrase(criterion: string): string;
  /** "Container (per TEU)". */
  cargo(cargo: string): string;
  /** "per TEU". */
  cargoUnit(cargo: string): string;
  precision(precision: string): string;
  capacityBasis(basis: string): string;
  /** A step folded into a leg: "gauge change". */
  transfer(kind: string): string;
  eventKind(kind: string): string;
  eventEffect(effect: string): string;
  /** A country by its ISO code, from CLDR: "IR" → "Iran", "Иран", "ایران". */
  country(code: string): string;
  /** Countries by code as the language lists them. */
  countries(codes: readonly string[]): string;
  /** A language by its code, from CLDR: "az" → "Azerbaijani". */
  languageName(code: string): string;
  /** A month (1–12) by name. */
  month(month: number): string;
  /** Months as words, consecutive months as a span: [12, 1, 2, 3] → "December to March". */
  months(months: readonly number[]): string;
  /** A seasonal limit: "Astrakhan – Anzali: closed December to March". */
  seasonalLimit(
    limit: { segment: string; closedMonths: readonly number[]; restrictedMonths?: readonly number[] | undefined },
    names: DisplayNames,
  ): string;
  /** Items as the language lists them: "a, b and c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A number in the language's digits. */
  number(value: number, options?: FormatNumberOptions): string;
  /** A figure with its range, to the precision the range supports: "about 29 (14–49)". */
  range(central: number, low: number, high: number, finest?: number): string;
  /** One figure alone, rounded as `range` rounds it. */
  central(central: number, low: number, high: number, finest?: number): string;
  /** A value (already formatted) with its unit: "29 days", "۲۹ روز". */
  unit(unit: Unit, value: string): string;
  /** "Route from St Petersburg to Mumbai via Baku, best by time". */
  routeTitle(route: readonly string[], criterion: string | undefined, names: DisplayNames): string;
}

/** The words of one language, from its formatter (`useWording` in components; the figure export outside React). */
export function createWording(intl: IntlShape): Wording {
  const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
  const from = <Key extends string>(table: Record<Key, MessageId>, fallback: (value: string) => string) => {
    return (value: string) => {
      const id = table[value as Key];
      return id ? t(id) : fallback(value);
    };
  };
  const words = (value: string) => humaniseId(value);
  const lowerWords = (value: string) => humaniseId(value).toLowerCase();
  const regions = new Intl.DisplayNames([intl.locale], { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames([intl.locale], { type: 'language', fallback: 'none' });
  // Months of the Gregorian year, which the data's months are, in every language (Persian's own
  // locale would name Solar Hijri months).
  const monthNames = new Intl.DateTimeFormat(`${intl.locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
  const listFormats = {
    conjunction: new Intl.ListFormat(intl.locale, { style: 'long', type: 'conjunction' }),
    disjunction: new Intl.ListFormat(intl.locale, { style: 'long', type: 'disjunction' }),
  };
  const list = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
    listFormats[type].format(items);
  const month = (value: number) =>
    value >= 1 && value <= 12 ? monthNames.format(Date.UTC(2026, value - 1, 15)) : intl.formatNumber(value);
  const country = (code: string) => (/^[A-Za-z]{2}$/.test(code) ? (regions.of(code.toUpperCase()) ?? code) : code);
  const branchPhrase = from(BRANCH_PHRASE, words);
  const mode = from(MODE, words);
  const vessel = from(VESSEL, lowerWords);
  const criterionPhrase = from(CRITERION_PHRASE, lowerWords);
  const rounded = (central: number, low: number, high: number, finest = 1) => {
    const figure = roundToRange(central, low, high, finest);
    const options = { minimumFractionDigits: figure.decimals, maximumFractionDigits: figure.decimals };
    return { figure, format: (value: number) => intl.formatNumber(value, options) };
  };
  const months = (values: readonly number[]) => {
    const set = new Set(values.filter((value) => Number.isInteger(value) && value >= 1 && value <= 12));
    if (set.size === 0) return '';
    if (set.size === 12) return t('v.months.allYear');
    const spans: string[] = [];
    for (let start = 1; start <= 12; start += 1) {
      const previous = start === 1 ? 12 : start - 1;
      if (!set.has(start) || set.has(previous)) continue;
      let last = start;
      while (set.has(last === 12 ? 1 : last + 1)) last = last === 12 ? 1 : last + 1;
      spans.push(last === start ? month(start) : t('v.months.span', { first: month(start), last: month(last) }));
    }
    return list(spans);
  };
  return {
    locale: intl.locale,
    t,
    branch: from(BRANCH, words),
    branchShort: from(BRANCH_SHORT, words),
    branchPhrase,
    branchesPhrase: (branches) => list([...new Set(branches)].map(branchPhrase)),
    comparisonRoute: (label) => {
      const id = COMPARISON_ROUTE[label as ComparisonLabel] ?? BRANCH_SHORT[label as CorridorBranch];
      return id ? t(id) : words(label);
    },
    mode,
    modeWithVessel: (value, vesselClass) =>
      vesselClass ? t('v.modeWithVessel', { mode: mode(value), vessel: vessel(vesselClass) }) : mode(value),
    nodeKind: from(NODE_KIND, words),
    status: (status) =>
      status === undefined || status === 'not yet built' ? t('v.status.notYetBuilt') : from(STATUS, words)(status),
    statusPhrase: from(STATUS_PHRASE, lowerWords),
    criterion: from(CRITERION, words),
    criterionPhrase,
    cargo: from(CARGO, words),
    cargoUnit: from(CARGO_UNIT, lowerWords),
    precision: from(PRECISION, lowerWords),
    capacityBasis: from(CAPACITY_BASIS, lowerWords),
    transfer: from(TRANSFER, lowerWords),
    eventKind: from(EVENT_KIND, lowerWords),
    eventEffect: from(EVENT_EFFECT, lowerWords),
    country,
    countries: (codes) => list(codes.map(country)),
    languageName: (code) => languages.of(code) ?? code,
    month,
    months,
    seasonalLimit: (limit, names) => {
      const parts = [
        limit.closedMonths.length > 0 ? t('v.seasonal.closed', { months: months(limit.closedMonths) }) : undefined,
        (limit.restrictedMonths ?? []).length > 0
          ? t('v.seasonal.restricted', { months: months(limit.restrictedMonths ?? []) })
          : undefined,
      ].filter((part) => part !== undefined);
      return t('v.seasonal.limit', {
        segment: names.segment(limit.segment),
        parts: parts.length > 0 ? parts.join('; ') : t('v.seasonal.none'),
      });
    },
    list,
    number: (value, options) => intl.formatNumber(value, options),
    range: (central, low, high, finest) => {
      const { figure, format } = rounded(central, low, high, finest);
      const text = t('v.figure.withRange', {
        central: format(figure.central),
        low: format(figure.low),
        high: format(figure.high),
      });
      return figure.approximate ? t('v.figure.about', { figure: text }) : text;
    },
    central: (central, low, high, finest) => {
      const { figure, format } = rounded(central, low, high, finest);
      return format(figure.central);
    },
    unit: (unit, value) => t(UNIT[unit], { value }),
    routeTitle: (route, criterion, names) => {
      const first = route[0];
      const last = route[route.length - 1];
      if (first === undefined || last === undefined) return t('v.route.titleEmpty');
      const vias = route.slice(1, -1).map(names.place);
      const values = {
        from: names.place(first),
        to: names.place(last),
        criterion: criterionPhrase(criterion ?? 'distance'),
      };
      return vias.length > 0 ? t('v.route.titleVia', { ...values, vias: list(vias) }) : t('v.route.title', values);
    },
  };
}
