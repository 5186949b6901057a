import { lineLengthKilometers } from '../great-circle';
import type { RoutingSegment } from './routing-input';

/** How close (as a share of its length) a through segment's length is to its components' sum. */
const THROUGH_LENGTH_TOLERANCE = 0.005;

/** A segment as a link between two places: its id and drawn length. */
interface Link {
  id: string;
  kilometers: number;
}

/** Per place, per neighbouring place, the links between them, shortest first. */
type Adjacency = Map<string, Map<string, Link[]>>;

function addLink(adjacency: Adjacency, from: string, to: string, link: Link): void {
  const neighbours = adjacency.get(from) ?? new Map<string, Link[]>();
  adjacency.set(from, neighbours);
  const links = neighbours.get(to) ?? [];
  neighbours.set(to, links);
  links.push(link);
}

/** A binary min-heap of search entries, by kilometres then by number of links. */
class SearchHeap {
  private readonly entries: [kilometers: number, links: number, place: string][] = [];

  get size(): number {
    return this.entries.length;
  }

  private before(a: number, b: number): boolean {
    const [first, second] = [this.entries[a], this.entries[b]];
    if (!first || !second) return false;
    return first[0] < second[0] || (first[0] === second[0] && first[1] < second[1]);
  }

  private swap(a: number, b: number): void {
    const entry = this.entries[a];
    const other = this.entries[b];
    if (!entry || !other) return;
    this.entries[a] = other;
    this.entries[b] = entry;
  }

  push(entry: [number, number, string]): void {
    this.entries.push(entry);
    let index = this.entries.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(index, parent)) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  pop(): [number, number, string] | undefined {
    const top = this.entries[0];
    const last = this.entries.pop();
    if (top === undefined || last === undefined || this.entries.length === 0) return top;
    this.entries[0] = last;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.entries.length && this.before(left, smallest)) smallest = left;
      if (right < this.entries.length && this.before(right, smallest)) smallest = right;
      if (smallest === index) return top;
      this.swap(index, smallest);
      index = smallest;
    }
  }
}

/**
 * The shortest way from `from` to `to` over `adjacency` without the segment `excluded`, in
 * kilometres and links (of equal lengths, the one with fewer links), looking no further than
 * `limitKilometers`: Dijkstra's algorithm, bounded, so a search only explores the places near the
 * segment it checks. `undefined` when there is no such way within the limit.
 */
function shortestAlternative(
  adjacency: Adjacency,
  from: string,
  to: string,
  excluded: string,
  limitKilometers: number,
): { kilometers: number; links: number } | undefined {
  const settled = new Set<string>();
  const tentative = new Map<string, { kilometers: number; links: number }>([[from, { kilometers: 0, links: 0 }]]);
  const heap = new SearchHeap();
  heap.push([0, 0, from]);
  while (heap.size > 0) {
    const [kilometers, links, place] = heap.pop() ?? [0, 0, ''];
    if (settled.has(place)) continue;
    settled.add(place);
    if (place === to) return { kilometers, links };
    for (const [neighbour, candidates] of adjacency.get(place) ?? []) {
      const link = candidates.find((candidate) => candidate.id !== excluded);
      if (!link || settled.has(neighbour)) continue;
      const reached = { kilometers: kilometers + link.kilometers, links: links + 1 };
      if (reached.kilometers > limitKilometers) continue;
      const known = tentative.get(neighbour);
      const better =
        !known ||
        reached.kilometers < known.kilometers ||
        (reached.kilometers === known.kilometers && reached.links < known.links);
      if (!better) continue;
      tentative.set(neighbour, reached);
      heap.push([reached.kilometers, reached.links, neighbour]);
    }
  }
  return undefined;
}

/**
 * Land segments that repeat a chain of two or more other segments of the same mode between the
 * same two places, with the same drawn length within 0.5% (e.g. a "through route" kept in the
 * data as a comparison figure whose geometry repeats its components). The router uses the
 * components, so that the transfers and borders at the intermediate places are seen.
 *
 * A segment is a through segment when the shortest way between its ends over the other segments
 * of its mode has two links or more and a length within the tolerance of its own. One graph per
 * mode is built once; each segment is then checked by a search bounded by its own length.
 */
export function findThroughSegments(segments: readonly RoutingSegment[]): string[] {
  const lengths = new Map<string, number>();
  const adjacencyByMode = new Map<string, Adjacency>();
  for (const segment of segments) {
    const { id, mode, from, to } = segment.properties;
    const kilometers = lineLengthKilometers(segment.geometry.coordinates);
    lengths.set(id, kilometers);
    if (mode !== 'rail' && mode !== 'road') continue;
    const adjacency = adjacencyByMode.get(mode) ?? new Map();
    adjacencyByMode.set(mode, adjacency);
    addLink(adjacency, from, to, { id, kilometers });
    if (from !== to) addLink(adjacency, to, from, { id, kilometers });
  }
  for (const adjacency of adjacencyByMode.values()) {
    for (const neighbours of adjacency.values()) {
      for (const links of neighbours.values()) links.sort((a, b) => a.kilometers - b.kilometers);
    }
  }
  const through: string[] = [];
  for (const segment of segments) {
    const { id, mode, from, to } = segment.properties;
    const adjacency = adjacencyByMode.get(mode);
    if (!adjacency || from === to) continue;
    const candidateKilometers = lengths.get(id) ?? 0;
    // Twice the tolerance: the bound only prunes; the tolerance itself is checked below.
    const limit = candidateKilometers * (1 + 2 * THROUGH_LENGTH_TOLERANCE);
    const alternative = shortestAlternative(adjacency, from, to, id, limit);
    if (!alternative || alternative.links < 2) continue;
    if (Math.abs(alternative.kilometers - candidateKilometers) <= THROUGH_LENGTH_TOLERANCE * candidateKilometers) {
      through.push(id);
    }
  }
  return through;
}
