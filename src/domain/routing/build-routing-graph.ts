import { MultiDirectedGraph } from 'graphology';
import type { Criterion } from '../vocabulary/vocabulary';
import type { CostedNetwork, CostedStep, CostedTraversal, PlaceTransferKind } from './cost-network';
import type { RoutingSegment } from './routing-input';

/** Central figures of an edge, used for its weight. */
interface EdgeFigures {
  km: number;
  days: number;
  usd: number;
  co2Kg: number;
}

/** An edge of the routing graph: a segment travelled one way, a transfer at a place, or an access edge. */
export type RoutingEdge =
  | ({ kind: 'segment'; traversal: CostedTraversal } & EdgeFigures)
  | ({ kind: 'transfer'; step: CostedStep } & EdgeFigures)
  | ({ kind: 'access' } & EdgeFigures);

/** The routing graph: nodes are `place|side` ids (see `sideNode`), edges `RoutingEdge`s. */
export type RoutingGraph = MultiDirectedGraph<Record<string, never>, RoutingEdge>;

/** The node of a place's side, e.g. `baku|rail-1520`, `anzali|water-in`, `moscow|source`. */
export function sideNode(place: string, side: string): string {
  return `${place}|${side}`;
}

const HOURS_PER_DAY = 24;

/**
 * Weight of an edge for a criterion. The second term (a millionth-scale tie-break) prefers, among
 * routes equal on the criterion, the quicker one (or for time the shorter), so that zero-cost
 * transfers are not taken for nothing.
 */
export function edgeWeight(edge: EdgeFigures, criterion: Criterion): number {
  switch (criterion) {
    case 'distance':
      return edge.km + edge.days * 1e-3;
    case 'time':
      return edge.days + edge.km * 1e-7;
    case 'cost':
      return edge.usd + edge.days * 1e-3;
    case 'co2':
      return edge.co2Kg + edge.days * 1e-4;
  }
}

/** Where a segment end sits at a place: a rail gauge, the road, or the water (in or out). */
function segmentSide(
  segment: RoutingSegment,
  place: string,
  end: 'departure' | 'arrival',
  railGauges: ReadonlyMap<string, ReadonlySet<number>>,
): string {
  const { mode, gaugeMillimetres, vessel } = segment.properties;
  if (mode === 'rail') return `rail-${gaugeMillimetres ?? 0}`;
  if (mode === 'road') return 'road';
  const gauges = railGauges.get(place);
  if (vessel === 'rail-ferry' && gauges?.size === 1) {
    // Wagons roll on and off a rail ferry: it joins the port's rail side (no lift).
    return `rail-${[...gauges][0]}`;
  }
  return end === 'departure' ? 'water-out' : 'water-in';
}

/**
 * The transfer between two sides of a place, if any. Ship to ship only where `transships` (a
 * sourced service does it, issue 13): elsewhere a chain of ships through a port nobody runs is not
 * offered.
 */
function transferKind(fromSide: string, toSide: string, transships: boolean): PlaceTransferKind | undefined {
  if (fromSide === toSide) return undefined;
  if (fromSide === 'water-out' || toSide === 'water-in') return undefined;
  if (fromSide === 'water-in' && toSide === 'water-out') return transships ? 'transshipment' : undefined;
  if (fromSide === 'water-in' || toSide === 'water-out') return 'port-handling';
  if (fromSide.startsWith('rail-') && toSide.startsWith('rail-')) return 'gauge-change';
  return 'rail-road-transfer';
}

/** The rail gauges present at each place, from every rail segment. */
export function railGaugesByPlace(segments: readonly RoutingSegment[]): Map<string, Set<number>> {
  const gauges = new Map<string, Set<number>>();
  for (const segment of segments) {
    const { mode, gaugeMillimetres, from, to } = segment.properties;
    if (mode !== 'rail' || gaugeMillimetres === undefined) continue;
    for (const place of [from, to]) {
      const set = gauges.get(place) ?? new Set<number>();
      set.add(gaugeMillimetres);
      gauges.set(place, set);
    }
  }
  return gauges;
}

function stepFigures(step: CostedStep): EdgeFigures {
  return { km: 0, days: step.hours.central / HOURS_PER_DAY, usd: step.usd.central, co2Kg: step.co2Kg.central };
}

function segmentEdge(traversal: CostedTraversal): Extract<RoutingEdge, { kind: 'segment' }> {
  const steps = [...traversal.departureSteps, ...traversal.arrivalSteps];
  const stepHours = steps.reduce((sum, step) => sum + step.hours.central, 0);
  const stepUsd = steps.reduce((sum, step) => sum + step.usd.central, 0);
  const stepCo2Kilograms = steps.reduce((sum, step) => sum + step.co2Kg.central, 0);
  return {
    kind: 'segment',
    traversal,
    km: traversal.km,
    days: traversal.running.days.central + stepHours / HOURS_PER_DAY,
    usd: traversal.running.usd.central + stepUsd,
    co2Kg: traversal.running.co2Kg.central + stepCo2Kilograms,
  };
}

/** The rail services (key and wait) a side may board: every one for a rail side, none otherwise. */
function railSides(railSide: boolean, services: ReadonlyMap<string, CostedStep>): [string, CostedStep][] {
  return railSide ? [...services] : [];
}

/**
 * Builds the multimodal graph over the usable `places` and `segments`: per place one node per side
 * (`rail-<gauge>`, `road`, `water-in`, `water-out`) plus `source` and `sink`; segment edges both
 * ways; transfer edges (port handling, transshipment where `transshipmentPlaces` has the place,
 * gauge change, rail–road) between the sides of a place, costed by `network`.
 *
 * A service's wait is charged where a shipment boards it (issue 13), not where the train passes a
 * border. A rail segment with a service interval (a block train, `frequency.rail.*`) is run only on
 * that service's layer: every rail side `S` of a place has a twin `S~<key>`, reached from `S` by a
 * boarding edge that carries the wait (half the interval) at that place; on the layer every rail
 * segment runs without waits, a gauge change stays on it, and any other transfer or the sink leaves it.
 */
export function buildRoutingGraph(
  places: readonly string[],
  segments: readonly RoutingSegment[],
  network: CostedNetwork,
  railGauges: ReadonlyMap<string, ReadonlySet<number>>,
  transshipmentPlaces: ReadonlySet<string> = new Set(),
): RoutingGraph {
  const graph: RoutingGraph = new MultiDirectedGraph();
  const sides = new Map<string, Set<string>>(places.map((place) => [place, new Set<string>()]));
  for (const place of places) {
    graph.addNode(sideNode(place, 'source'));
    graph.addNode(sideNode(place, 'sink'));
  }
  const traversals: { traversal: CostedTraversal; departureSide: string; arrivalSide: string }[] = [];
  for (const segment of segments) {
    const { id, from, to } = segment.properties;
    const fromSides = sides.get(from);
    const toSides = sides.get(to);
    if (!fromSides || !toSides) continue;
    for (const reversed of [false, true]) {
      const traversal = network.traversal(id, reversed);
      if (!traversal) continue;
      const departureSide = segmentSide(segment, traversal.from, 'departure', railGauges);
      const arrivalSide = segmentSide(segment, traversal.to, 'arrival', railGauges);
      (reversed ? toSides : fromSides).add(departureSide);
      (reversed ? fromSides : toSides).add(arrivalSide);
      traversals.push({ traversal, departureSide, arrivalSide });
    }
  }
  // Rail services with a sailing-like interval (block trains): their segments are run on a layer of
  // their own, `<side>~<service>`, which a shipment boards once, paying the wait there.
  const railServices = new Map<string, CostedStep>();
  for (const { traversal, departureSide } of traversals) {
    const wait = traversal.departureSteps.find((step) => step.kind === 'service-wait');
    if (wait?.assumption && departureSide.startsWith('rail-')) railServices.set(wait.assumption, wait);
  }
  const serviceOf = (traversal: CostedTraversal, departureSide: string) =>
    departureSide.startsWith('rail-')
      ? traversal.departureSteps.find((step) => step.kind === 'service-wait' && railServices.has(step.assumption ?? ''))
          ?.assumption
      : undefined;
  for (const { traversal, departureSide, arrivalSide } of traversals) {
    const departure = sideNode(traversal.from, departureSide);
    const arrival = sideNode(traversal.to, arrivalSide);
    graph.mergeNode(departure);
    graph.mergeNode(arrival);
    const service = serviceOf(traversal, departureSide);
    if (service === undefined) graph.addDirectedEdge(departure, arrival, segmentEdge(traversal));
    if (!departureSide.startsWith('rail-') || !arrivalSide.startsWith('rail-')) continue;
    const onBoard: CostedTraversal = {
      ...traversal,
      departureSteps: traversal.departureSteps.filter((step) => step.kind !== 'service-wait'),
    };
    for (const key of railServices.keys()) {
      const from = `${departure}~${key}`;
      const to = `${arrival}~${key}`;
      graph.mergeNode(from);
      graph.mergeNode(to);
      graph.addDirectedEdge(from, to, segmentEdge(service === undefined ? traversal : onBoard));
    }
  }
  const access = { kind: 'access' as const, km: 0, days: 0, usd: 0, co2Kg: 0 };
  for (const [place, placeSides] of sides) {
    for (const fromSide of placeSides) {
      if (fromSide !== 'water-in') graph.addDirectedEdge(sideNode(place, 'source'), sideNode(place, fromSide), access);
      if (fromSide !== 'water-out') graph.addDirectedEdge(sideNode(place, fromSide), sideNode(place, 'sink'), access);
      const railSide = fromSide.startsWith('rail-');
      for (const [key, wait] of railSides(railSide, railServices)) {
        const onBoard = sideNode(place, `${fromSide}~${key}`);
        if (!graph.hasNode(onBoard)) continue;
        const boarding: CostedStep = { ...wait, place };
        graph.addDirectedEdge(sideNode(place, fromSide), onBoard, {
          kind: 'transfer',
          step: boarding,
          ...stepFigures(boarding),
        });
        graph.addDirectedEdge(onBoard, sideNode(place, 'sink'), access);
      }
      for (const toSide of placeSides) {
        const kind = transferKind(fromSide, toSide, transshipmentPlaces.has(place));
        if (!kind) continue;
        const step = network.transfer(place, kind);
        const edge = { kind: 'transfer' as const, step, ...stepFigures(step) };
        graph.addDirectedEdge(sideNode(place, fromSide), sideNode(place, toSide), edge);
        // On board a block train: a gauge change keeps the train's run; any other transfer leaves it.
        for (const key of railSides(railSide, railServices).map(([serviceKey]) => serviceKey)) {
          const onBoard = sideNode(place, `${fromSide}~${key}`);
          if (!graph.hasNode(onBoard)) continue;
          const target = kind === 'gauge-change' ? sideNode(place, `${toSide}~${key}`) : sideNode(place, toSide);
          if (graph.hasNode(target)) graph.addDirectedEdge(onBoard, target, edge);
        }
      }
    }
  }
  return graph;
}
