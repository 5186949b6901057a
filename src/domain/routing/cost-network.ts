import { KILOMETERS_PER_NAUTICAL_MILE, lineLengthKilometers } from '../great-circle';
import type { CargoKind, TransferKind } from '../vocabulary/vocabulary';
import type { AssumptionCatalogue, AssumptionSet } from './assumption-catalogue';
import type { AssumptionValues, RoutingAssumption, RoutingNode, RoutingSegment } from './routing-input';

/** A value under each of the three assumption sets. */
export type ValuesBySet = AssumptionValues;

/** A costed step (transfer, wait, border, customs) under the three assumption sets. */
export interface CostedStep {
  kind: TransferKind;
  place: string;
  hours: ValuesBySet;
  usd: ValuesBySet;
  /** kg CO2e per TEU (container) or per tonne (bulk); zero when no `co2.handling.` entry applies. */
  co2Kg: ValuesBySet;
  assumption: string | null;
  costAssumption?: string | undefined;
  /** The `co2.handling.` key the emissions come from; `null` when none applies (not modelled: 0 kg). */
  co2Assumption: string | null;
  /** A restriction step (`seasonal-restriction`, `event-restriction`): the sources of its figures. */
  sources?: readonly string[] | undefined;
  /** A restriction step: what the figures mean, from the data. */
  note?: string | undefined;
  /** An `event-restriction` step: the event id. */
  event?: string | undefined;
}

/** The running figures of a leg (without steps) under the three assumption sets. */
interface RunningFigures {
  days: ValuesBySet;
  usd: ValuesBySet;
  co2Kg: ValuesBySet;
}

/** A segment travelled in one direction, with its running figures and its own steps. */
export interface CostedTraversal {
  segment: RoutingSegment;
  from: string;
  to: string;
  reversed: boolean;
  /** The length every figure is computed from: the preferred published length, else the drawn one. */
  km: number;
  /** Which length `km` is (contracts §7). */
  lengthBasis: 'published' | 'drawn';
  /** The length of the drawn line, kilometres (the map's; shown beside the published one). */
  drawnKm: number;
  running: RunningFigures;
  /** Steps at or after departure: the wait for the service, the border crossing. */
  departureSteps: CostedStep[];
  /** Steps on arrival: customs at a port of another country. */
  arrivalSteps: CostedStep[];
}

/** The transfer kinds between the sides of one place. */
export type PlaceTransferKind = 'port-handling' | 'transshipment' | 'gauge-change' | 'rail-road-transfer';

/** Every segment costed in both directions for one cargo, and costed transfers by place. */
export interface CostedNetwork {
  traversal(segmentId: string, reversed: boolean): CostedTraversal | undefined;
  /**
   * The costed transfer of `kind` at `place`, from the entries of its family (`port.` and
   * `river-port.` for port handling and transshipment; `gauge-break.` and `rail-terminal.` for gauge
   * changes and rail–road transfers), scope matched on cargo, node and mode: hours from
   * `handling.<family>`, USD from `cost.handling.<family>`, kg CO2e from `co2.handling.<family>`
   * (unit `kg CO2e per TEU` or `kg CO2e per tonne`). A missing entry counts zero.
   */
  transfer(place: string, kind: PlaceTransferKind): CostedStep;
  /** Coverage notes: where an assumption is missing or derived from another cargo or mode. */
  problems: string[];
}

const HOURS_PER_DAY = 24;
const GRAMS_PER_KILOGRAM = 1000;

function zero(): ValuesBySet {
  return { optimistic: 0, central: 0, pessimistic: 0 };
}

function bySet(compute: (set: AssumptionSet) => number): ValuesBySet {
  return {
    optimistic: compute('optimistic'),
    central: compute('central'),
    pessimistic: compute('pessimistic'),
  };
}

/**
 * Dividing by tonnes per TEU reverses the order of the sets (more tonnes per TEU: cheaper per
 * tonne), so the optimistic per-tonne figure uses the pessimistic tonnage and vice versa; this keeps
 * optimistic ≤ central ≤ pessimistic.
 */
const OPPOSITE_SET: Record<AssumptionSet, AssumptionSet> = {
  optimistic: 'pessimistic',
  central: 'central',
  pessimistic: 'optimistic',
};

/**
 * The length a leg's figures use (issue 13, contracts §7): the segment's preferred published length
 * (not an outlier) where one exists, else the length of its drawn line. Hand-drawn lines run short
 * of the published lengths; summing them would make every land route look shorter than it is.
 */
function legLength(segment: RoutingSegment, drawnKm: number): { km: number; basis: 'published' | 'drawn' } {
  const preferred = segment.properties.publishedLengths.find(
    (length) => length.preferred === true && length.outlier !== true,
  );
  return preferred ? { km: preferred.km, basis: 'published' } : { km: drawnKm, basis: 'drawn' };
}

const PER_KILOMETRE_UNITS = new Set(['USD per TEU-km', 'USD per tonne-km']);

/**
 * An assumption value (USD or kg CO2e, per TEU or per tonne, or per TEU-km or tonne-km) per unit of
 * cargo, converting per TEU ↔ per tonne with `teuTonnes`.
 */
function valueForCargo(
  value: number,
  unit: string,
  cargo: CargoKind,
  teuTonnes: AssumptionValues,
  set: AssumptionSet,
  km: number,
): number {
  const perTeu = unit.includes('TEU');
  const distanceFactor = unit.endsWith('-km') ? km : 1;
  if (cargo === 'container') return (perTeu ? value : value * teuTonnes[set]) * distanceFactor;
  return (perTeu ? value / teuTonnes[OPPOSITE_SET[set]] : value) * distanceFactor;
}

function daysAtSpeed(km: number, speed: number, unit: string): number {
  const kilometresPerHour = unit === 'knots' ? speed * KILOMETERS_PER_NAUTICAL_MILE : speed;
  return kilometresPerHour > 0 ? km / kilometresPerHour / HOURS_PER_DAY : 0;
}

function countryOf(nodes: ReadonlyMap<string, RoutingNode>, id: string): string | undefined {
  return nodes.get(id)?.properties.country;
}

/**
 * Costs every segment in both directions and every transfer, for one cargo, under the three
 * assumption sets of `catalogue`. Missing assumptions count zero and are listed in `problems`.
 */
export function costNetwork(
  nodes: ReadonlyMap<string, RoutingNode>,
  segments: readonly RoutingSegment[],
  catalogue: AssumptionCatalogue,
  cargo: CargoKind,
): CostedNetwork {
  const problems: string[] = [];
  const { teuTonnes } = catalogue;

  function costEntry(segment: RoutingSegment): RoutingAssumption | undefined {
    const { id, mode, vessel, traction } = segment.properties;
    const other: CargoKind = cargo === 'container' ? 'bulk' : 'container';
    const target = { mode, vessel, traction, segment: id };
    const direct = catalogue.find([`cost.${mode}.`], { ...target, cargo });
    if (direct) return direct;
    const perKilometre = (entry: RoutingAssumption) => PER_KILOMETRE_UNITS.has(entry.unit);
    const derived = catalogue.find([`cost.${mode}.`], { ...target, cargo: other }, perKilometre);
    if (derived) {
      problems.push(`${id}: no ${cargo} cost rate; ${derived.key} converted with teuTonnes`);
      return derived;
    }
    if (mode === 'river') {
      const asSea = { ...target, mode: 'sea' };
      const sea =
        catalogue.find(['cost.sea.'], { ...asSea, cargo }, perKilometre) ??
        catalogue.find(['cost.sea.'], { ...asSea, cargo: other }, perKilometre);
      if (sea) {
        problems.push(`${id}: no river cost rate; the ${vessel ?? ''} sea rate ${sea.key} is used`);
        return sea;
      }
    }
    problems.push(`${id}: no ${cargo} cost rate; the leg counts 0 USD`);
    return undefined;
  }

  function speedEntry(segment: RoutingSegment): RoutingAssumption | undefined {
    const { id, mode, vessel, traction } = segment.properties;
    const entry = catalogue.find([`speed.${mode}.`], { mode, vessel, traction, segment: id });
    if (!entry) problems.push(`${id}: no speed; the leg counts 0 days`);
    return entry;
  }

  function co2Entry(segment: RoutingSegment): RoutingAssumption | undefined {
    const { id, mode, vessel, traction } = segment.properties;
    const entry = catalogue.find([`co2.${mode}.`], { mode, vessel, traction, segment: id });
    if (!entry) problems.push(`${id}: no CO2 factor; the leg counts 0 kg`);
    return entry;
  }

  function borderEntry(segment: RoutingSegment): RoutingAssumption | undefined {
    const { id, from, to } = segment.properties;
    const dwells = catalogue.entries.filter((entry) => entry.key.startsWith('border.dwell.'));
    const entry =
      dwells.find((candidate) => candidate.appliesTo.segment === id) ??
      dwells.find(
        (candidate) =>
          candidate.appliesTo.segment === undefined &&
          (candidate.appliesTo.node === from || candidate.appliesTo.node === to),
      );
    if (!entry) problems.push(`${id}: crosses a border but no border.dwell entry applies; the crossing counts 0 h`);
    return entry;
  }

  const traversals = new Map<string, CostedTraversal>();
  for (const segment of segments) {
    const properties = segment.properties;
    const drawnKm = lineLengthKilometers(segment.geometry.coordinates);
    const { km, basis: lengthBasis } = legLength(segment, drawnKm);
    const speed = speedEntry(segment);
    const cost = costEntry(segment);
    const co2 = co2Entry(segment);
    const running: RunningFigures = {
      days: speed ? bySet((set) => daysAtSpeed(km, speed[set], speed.unit)) : zero(),
      usd: cost ? bySet((set) => valueForCargo(cost[set], cost.unit, cargo, teuTonnes, set, km)) : zero(),
      co2Kg: co2
        ? bySet((set) => ((co2[set] * km) / GRAMS_PER_KILOGRAM) * (cargo === 'container' ? teuTonnes[set] : 1))
        : zero(),
    };
    const onWater = properties.mode === 'sea' || properties.mode === 'river';
    const international = countryOf(nodes, properties.from) !== countryOf(nodes, properties.to);
    const frequency = catalogue.find(
      ['frequency.'],
      { mode: properties.mode, vessel: properties.vessel, segment: properties.id },
      (entry) => entry.appliesTo.service !== undefined,
    );
    const border = !onWater && international ? borderEntry(segment) : undefined;
    for (const reversed of [false, true]) {
      const from = reversed ? properties.to : properties.from;
      const to = reversed ? properties.from : properties.to;
      const departureSteps: CostedStep[] = [];
      if (frequency) {
        departureSteps.push({
          kind: 'service-wait',
          place: from,
          // The average wait for a service is half its interval (assumptions.json `convention`).
          hours: bySet((set) => (frequency[set] * HOURS_PER_DAY) / 2),
          usd: zero(),
          co2Kg: zero(),
          assumption: frequency.key,
          co2Assumption: null,
        });
      }
      if (!onWater && international) {
        departureSteps.push({
          kind: 'border-crossing',
          place: from,
          hours: border ? bySet((set) => border[set]) : zero(),
          usd: zero(),
          co2Kg: zero(),
          assumption: border?.key ?? null,
          co2Assumption: null,
        });
      }
      const arrivalSteps: CostedStep[] = [];
      if (onWater && international) {
        const customs = catalogue.find(['customs.port.'], { node: to });
        arrivalSteps.push({
          kind: 'customs',
          place: to,
          hours: customs ? bySet((set) => customs[set]) : zero(),
          usd: zero(),
          co2Kg: zero(),
          assumption: customs?.key ?? null,
          co2Assumption: null,
        });
      }
      traversals.set(`${properties.id}>${reversed ? 'reverse' : 'forward'}`, {
        segment,
        from,
        to,
        reversed,
        km,
        lengthBasis,
        drawnKm,
        running,
        departureSteps,
        arrivalSteps,
      });
    }
  }

  const transfers = new Map<string, CostedStep>();
  const missingCustoms = new Set<string>();
  for (const traversal of traversals.values()) {
    for (const step of traversal.arrivalSteps) {
      if (step.assumption === null) missingCustoms.add(step.place);
    }
  }
  for (const place of [...missingCustoms].sort()) {
    problems.push(`${place}: no customs.port entry for international arrivals by sea; customs count 0 h`);
  }

  return {
    problems,
    traversal(segmentId, reversed) {
      return traversals.get(`${segmentId}>${reversed ? 'reverse' : 'forward'}`);
    },
    transfer(place, kind) {
      const memoKey = `${place}>${kind}`;
      const memo = transfers.get(memoKey);
      if (memo) return memo;
      const portFamily = kind === 'port-handling' || kind === 'transshipment';
      const families = portFamily ? ['port.', 'river-port.'] : ['gauge-break.', 'rail-terminal.'];
      const target = { cargo, node: place, mode: portFamily ? 'sea' : 'rail' };
      const time = catalogue.find(
        families.map((family) => `handling.${family}`),
        target,
      );
      const price = catalogue.find(
        families.map((family) => `cost.handling.${family}`),
        target,
      );
      const emissions = catalogue.find(
        families.map((family) => `co2.handling.${family}`),
        target,
      );
      const step: CostedStep = {
        kind,
        place,
        hours: time ? bySet((set) => time[set]) : zero(),
        usd: price ? bySet((set) => valueForCargo(price[set], price.unit, cargo, teuTonnes, set, 0)) : zero(),
        co2Kg: emissions
          ? bySet((set) => valueForCargo(emissions[set], emissions.unit, cargo, teuTonnes, set, 0))
          : zero(),
        assumption: time?.key ?? null,
        costAssumption: price?.key,
        co2Assumption: emissions?.key ?? null,
      };
      transfers.set(memoKey, step);
      return step;
    },
  };
}
