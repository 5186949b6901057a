import fc from 'fast-check';
import type { Position } from 'geojson';
import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { describe, expect, it } from 'vitest';
import { lineLengthKilometers } from '../great-circle';
import type { SegmentMode } from '../vocabulary/vocabulary';
import { findThroughSegments } from './find-through-segments';
import type { RoutingSegment } from './routing-input';

function segment(
  id: string,
  from: string,
  to: string,
  coordinates: Position[],
  mode: SegmentMode = 'rail',
): RoutingSegment {
  return {
    geometry: { type: 'LineString', coordinates },
    properties: {
      id,
      from,
      to,
      mode,
      branch: 'russia',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: [],
    },
  };
}

/** a — b — c one degree apart at `latitude`: the two components and a through segment along them. */
function chain(prefix: string, latitude: number, mode: SegmentMode = 'rail'): RoutingSegment[] {
  const a: Position = [0, latitude];
  const b: Position = [1, latitude];
  const c: Position = [2, latitude];
  return [
    segment(`${prefix}-a--${prefix}-b`, `${prefix}-a`, `${prefix}-b`, [a, b], mode),
    segment(`${prefix}-b--${prefix}-c`, `${prefix}-b`, `${prefix}-c`, [b, c], mode),
    segment(`${prefix}-a--${prefix}-c`, `${prefix}-a`, `${prefix}-c`, [a, b, c], mode),
  ];
}

describe('findThroughSegments', () => {
  it('finds a segment that repeats a chain of two others of its mode, not the components', () => {
    expect(findThroughSegments(chain('x', 10))).toEqual(['x-a--x-c']);
  });

  it('ignores sea segments, chains of another mode and a way of another length', () => {
    const [first, second, through] = chain('x', 10);
    if (!first || !second || !through) throw new Error('fixture');
    const asSea = { ...through, properties: { ...through.properties, mode: 'sea' as const } };
    const asRoad = { ...through, properties: { ...through.properties, mode: 'road' as const } };
    const detour = segment('x-a--x-c', 'x-a', 'x-c', [
      [0, 10],
      [1, 11],
      [2, 10],
    ]);
    expect(findThroughSegments([first, second, asSea])).toEqual([]);
    expect(findThroughSegments([first, second, asRoad])).toEqual([]);
    expect(findThroughSegments([first, second, detour])).toEqual([]);
  });

  it('does not take a segment beside a parallel copy of itself for a through segment', () => {
    const [first, second, through] = chain('x', 10);
    if (!first || !second || !through) throw new Error('fixture');
    const copy = { ...through, properties: { ...through.properties, id: 'x-a--x-c--copy' } };
    expect(findThroughSegments([first, second, through, copy])).toEqual([]);
  });

  it('finds every through segment among a few thousand, with thousands of parallel segments between two places', () => {
    const chains = Array.from({ length: 600 }, (_, index) =>
      chain(`c${index}`, -60 + index * 0.2, index % 2 === 0 ? 'rail' : 'road'),
    ).flat();
    const parallel = Array.from({ length: 3000 }, (_, index) =>
      segment(`p-${index}`, 'p', 'q', [
        [100, 0],
        [100 + 1 + index * 1e-4, 0.5],
      ]),
    );
    const segments = [...chains, ...parallel];
    expect(segments.length).toBe(4800);
    const expected = Array.from({ length: 600 }, (_, index) => `c${index}-a--c${index}-c`);
    expect(findThroughSegments(segments)).toEqual(expected);
  });

  it('finds what the former search (one graph rebuilt per segment) found, on random networks', () => {
    /** The former implementation, kept as the oracle. */
    function formerFindThroughSegments(input: readonly RoutingSegment[]): string[] {
      const through: string[] = [];
      const lengths = new Map(
        input.map((entry) => [entry.properties.id, lineLengthKilometers(entry.geometry.coordinates)]),
      );
      for (const candidate of input) {
        const { id, mode, from, to } = candidate.properties;
        if (mode !== 'rail' && mode !== 'road') continue;
        const graph = new MultiUndirectedGraph<Record<string, never>, { km: number }>();
        for (const other of input) {
          const properties = other.properties;
          if (properties.id === id || properties.mode !== mode) continue;
          graph.mergeNode(properties.from);
          graph.mergeNode(properties.to);
          graph.addUndirectedEdge(properties.from, properties.to, { km: lengths.get(properties.id) ?? 0 });
        }
        if (!graph.hasNode(from) || !graph.hasNode(to)) continue;
        const path = bidirectional(graph, from, to, (_edge, attributes) => attributes.km);
        if (!path || path.length < 3) continue;
        let pathKilometers = 0;
        for (let index = 1; index < path.length; index += 1) {
          const edges = graph.edges(path[index - 1], path[index]);
          pathKilometers += Math.min(...edges.map((edge) => graph.getEdgeAttribute(edge, 'km')));
        }
        const candidateKilometers = lengths.get(id) ?? 0;
        if (Math.abs(pathKilometers - candidateKilometers) <= 0.005 * candidateKilometers) through.push(id);
      }
      return through;
    }

    const place = fc.integer({ min: 0, max: 7 });
    // The places on a circle (jittered in angle and radius): no three of them on one great circle,
    // so a straight link is always strictly shorter than any other way between its ends.
    const jitter = fc.double({ min: 0, max: 0.3, noNaN: true });
    const positions = fc.array(fc.tuple(jitter, jitter), { minLength: 8, maxLength: 8 });
    const links = fc.array(fc.tuple(place, place, fc.constantFrom<SegmentMode>('rail', 'road', 'sea')), {
      minLength: 1,
      maxLength: 14,
    });
    // Chains of the links, each repeated by at most one through segment along their places.
    const chains = fc.array(
      fc.tuple(fc.uniqueArray(place, { minLength: 3, maxLength: 4 }), fc.constantFrom<SegmentMode>('rail', 'road')),
      {
        maxLength: 3,
      },
    );
    fc.assert(
      fc.property(positions, links, chains, (at, pairs, repeated) => {
        const position = (index: number): Position => {
          const [turn, outward] = at[index] ?? [0, 0];
          const angle = (2 * Math.PI * index) / 8 + turn;
          return [1.5 + (1.2 + outward) * Math.cos(angle), 1.5 + (1.2 + outward) * Math.sin(angle)];
        };
        const segments = pairs
          .filter(([from, to]) => from !== to)
          .map(([from, to, mode], index) =>
            segment(`s${index}`, `n${from}`, `n${to}`, [position(from), position(to)], mode),
          );
        repeated.forEach(([places, mode], index) => {
          places.slice(1).forEach((to, step) => {
            const from = places[step] ?? 0;
            segments.push(segment(`c${index}-${step}`, `n${from}`, `n${to}`, [position(from), position(to)], mode));
          });
          const first = places[0] ?? 0;
          const last = places[places.length - 1] ?? 0;
          // A small bend in its first part makes the through segment strictly longer than its chain
          // (by about 0.1%, within the tolerance), so that the two never tie: between equal ways the
          // former search chose arbitrarily.
          const [start = [0, 0], next = [0, 0]] = places.map(position);
          const [east = 0, north = 0] = start;
          const [toEast = 0, toNorth = 0] = next;
          const bend: Position = [
            (east + toEast) / 2 - 0.03 * (toNorth - north),
            (north + toNorth) / 2 + 0.03 * (toEast - east),
          ];
          const line = [start, bend, ...places.slice(1).map(position)];
          segments.push(segment(`t${index}`, `n${first}`, `n${last}`, line, mode));
        });
        expect(findThroughSegments(segments)).toEqual(formerFindThroughSegments(segments));
      }),
      { numRuns: 300 },
    );
  });
});
