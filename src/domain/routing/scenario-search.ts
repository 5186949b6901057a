import type { CargoKind, Criterion } from '../vocabulary/vocabulary';
import { createAssumptionCatalogue } from './assumption-catalogue';
import { buildRoutingGraph, type RoutingEdge, type RoutingGraph, railGaugesByPlace } from './build-routing-graph';
import { type CostedNetwork, costNetwork } from './cost-network';
import type { ClosureContext } from './route-constraints';
import type { RouteQuery } from './route-query';
import { costingKey, createRouterCache, scenarioKey } from './router-cache';
import type { AssumptionValues, RoutingAssumptions, RoutingNode, RoutingSegment } from './routing-input';
import { searchRoute } from './search-route';
import { restrictionEffectsOf, withRestrictionEffects } from './seasonal-effect';
import { segmentClosures } from './segment-closures';

/** The network a scenario search runs over. */
export interface SearchNetwork {
  nodesById: ReadonlyMap<string, RoutingNode>;
  /** The segments routes may use (through segments left out). */
  segments: readonly RoutingSegment[];
  /** Every place, with its country (an avoided country closes its places). */
  places: readonly { id: string; country: string }[];
  assumptions: RoutingAssumptions;
}

/** The network costed for one cargo with one set of assumption overrides. */
interface NetworkCosting {
  network: CostedNetwork;
  /** Override keys that name no assumption. */
  ignoredOverrides: string[];
  /** Net tonnes per TEU under the three sets (overrides applied), to convert restriction costs. */
  teuTonnes: AssumptionValues;
}

/** Searches under any scenario, costing networks and building graphs once and reusing them. */
export interface ScenarioSearch {
  /** The network costed for `cargo` with `overrides` (none: as the data says). */
  costing(cargo: CargoKind, overrides?: Readonly<Record<string, number>>): NetworkCosting;
  /** The edges of the best route through `stops` for the criterion, under `context`; `undefined` when none. */
  search(
    query: Pick<RouteQuery, 'cargo' | 'assumptionOverrides'>,
    context: ClosureContext,
    stops: readonly string[],
    criterion: Criterion,
  ): RoutingEdge[] | undefined;
}

/**
 * How many costed networks (one per cargo and overrides) and graphs (one per those and scenario) are
 * kept: the bounds the router's caches always had, now dropping the least recently used entry
 * instead of clearing everything when full.
 */
const MAXIMUM_CACHED_COSTINGS = 32;
const MAXIMUM_CACHED_GRAPHS = 256;
/** Scenario keys remembered with the open network they lead to (a day each, when the timeline moves). */
const MAXIMUM_CACHED_OPEN_NETWORKS = 2048;

/**
 * A search over `network` under any closure context. Networks are costed on first use per cargo
 * and overrides; a graph is built on first use per costing and set of open places and segments
 * (the places not in an avoided country, the segments no constraint closes) and set of sourced
 * effects in force on them (`seasonal-effect.ts`); both are kept in LRU caches.
 */
export function createScenarioSearch(network: SearchNetwork): ScenarioSearch {
  const railGauges = railGaugesByPlace(network.segments);
  const transshipmentPlaces = new Set(
    [...network.nodesById.values()].filter((node) => node.properties.transshipment).map((node) => node.properties.id),
  );
  const costings = createRouterCache<NetworkCosting>(MAXIMUM_CACHED_COSTINGS);
  const graphs = createRouterCache<RoutingGraph>(MAXIMUM_CACHED_GRAPHS);
  const openNetworks = createRouterCache<{
    key: string;
    places: string[];
    open: RoutingSegment[];
    effects: ReturnType<typeof restrictionEffectsOf>['effects'];
  }>(MAXIMUM_CACHED_OPEN_NETWORKS);

  function costing(cargo: CargoKind, overrides: Readonly<Record<string, number>> = {}): NetworkCosting {
    return costings.getOrCreate(costingKey(cargo, overrides), () => {
      const catalogue = createAssumptionCatalogue(network.assumptions, overrides);
      return {
        network: costNetwork(network.nodesById, network.segments, catalogue, cargo),
        ignoredOverrides: catalogue.ignoredOverrides,
        teuTonnes: catalogue.teuTonnes,
      };
    });
  }

  /** The places and segments a context leaves open, and their key (per costing and scenario key). */
  function openNetwork(query: Pick<RouteQuery, 'cargo' | 'assumptionOverrides'>, context: ClosureContext) {
    const costed = costingKey(query.cargo, query.assumptionOverrides);
    return openNetworks.getOrCreate(`${costed}|${scenarioKey(context)}`, () => {
      const places = network.places.filter((place) => !context.avoidCountries.has(place.country)).map(({ id }) => id);
      const usable = new Set(places);
      const open = network.segments.filter(
        (segment) =>
          segmentClosures(segment, context).length === 0 &&
          usable.has(segment.properties.from) &&
          usable.has(segment.properties.to),
      );
      // The sourced effects in force (a restricted month, a restricting event) change the open
      // segments' figures, so they are part of the graph's key.
      const restrictions = restrictionEffectsOf(open, context);
      const key = `${costed}|${places.join(',')}|${open.map((segment) => segment.properties.id).join(',')}|${restrictions.key}`;
      return { key, places, open, effects: restrictions.effects };
    });
  }

  function graphFor(query: Pick<RouteQuery, 'cargo' | 'assumptionOverrides'>, context: ClosureContext) {
    // The graph depends only on what is left open: two contexts that leave the same places and
    // segments open (two days between the same events, say) share one graph.
    const { key, places, open, effects } = openNetwork(query, context);
    return graphs.getOrCreate(key, () => {
      const costed = costing(query.cargo, query.assumptionOverrides);
      const network = withRestrictionEffects(costed.network, effects, query.cargo, costed.teuTonnes);
      return buildRoutingGraph(places, open, network, railGauges, transshipmentPlaces);
    });
  }

  return {
    costing,
    search: (query, context, stops, criterion) => searchRoute(graphFor(query, context), stops, criterion),
  };
}
