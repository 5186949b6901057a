// Routing benchmark (Node): single-query latency (p50, p99) over random place pairs, and the time
// to route every ordered pair of places, per criterion, on the real geodata. A report, not a test.
// Run: npx tsx bench/route-bench.ts   (ROUTE_BENCH_SAMPLES=200 by default)
import { readRouting } from '../src/data/read-geodata-node';
import type { Criterion } from '../src/domain/vocabulary/vocabulary';

const SAMPLES = Math.max(200, Number(process.env.ROUTE_BENCH_SAMPLES ?? 200));
const CRITERIA: readonly Criterion[] = ['distance', 'time', 'cost', 'co2'];

/** Mulberry32: a small seeded generator, so every run draws the same pairs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function main(): void {
  const loadStarted = performance.now();
  const { router } = readRouting({ currentYear: new Date().getUTCFullYear() }).routing;
  if (!router) throw new Error('the geodata does not give a router: run npm run check:geodata');
  const loadMilliseconds = performance.now() - loadStarted;
  const ids = router.places.map((place) => place.id);
  const random = seededRandom(20261128);
  const pairs: [string, string][] = [];
  while (pairs.length < SAMPLES) {
    const from = ids[Math.floor(random() * ids.length)] ?? '';
    const to = ids[Math.floor(random() * ids.length)] ?? '';
    if (from !== to) pairs.push([from, to]);
  }
  const allPairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to): [string, string] => [from, to]));

  const rows: string[][] = [
    ['criterion', 'first query ms', 'p50 ms', 'p99 ms', `all ${allPairs.length} pairs s`, 'routes found'],
  ];
  for (const by of CRITERIA) {
    const firstStarted = performance.now();
    router.route({ from: 'moscow', to: 'mumbai', by, cargo: 'container', scenario: {} });
    const firstMilliseconds = performance.now() - firstStarted;
    const latencies = pairs.map(([from, to]) => {
      const started = performance.now();
      router.route({ from, to, by, cargo: 'container', scenario: {} });
      return performance.now() - started;
    });
    latencies.sort((a, b) => a - b);
    const allStarted = performance.now();
    let found = 0;
    for (const [from, to] of allPairs) {
      if (router.route({ from, to, by, cargo: 'container', scenario: {} }).kind === 'route') found += 1;
    }
    const allSeconds = (performance.now() - allStarted) / 1000;
    rows.push([
      by,
      firstMilliseconds.toFixed(1),
      percentile(latencies, 0.5).toFixed(2),
      percentile(latencies, 0.99).toFixed(2),
      allSeconds.toFixed(2),
      `${found}/${allPairs.length}`,
    ]);
  }
  const compareLatencies: number[] = [];
  for (const [from, to] of pairs.slice(0, 50)) {
    const started = performance.now();
    router.compare({ from, to, by: 'distance', cargo: 'container', scenario: {} });
    compareLatencies.push(performance.now() - started);
  }
  compareLatencies.sort((a, b) => a - b);

  // Moving the timeline: one route per day over a year of events (each day a new graph unless its
  // closures match a cached one), against the same route repeated on one day.
  const sweepDays: string[] = [];
  for (let day = Date.UTC(2025, 11, 1); day < Date.UTC(2026, 11, 1); day += 86_400_000) {
    sweepDays.push(new Date(day).toISOString().slice(0, 10));
  }
  const timed = (date: string | undefined) => {
    const started = performance.now();
    router.route({ from: 'astrakhan', to: 'mumbai', by: 'time', cargo: 'container', scenario: { date } });
    return performance.now() - started;
  };
  timed(undefined);
  const sameDay = sweepDays.map(() => timed(undefined)).sort((a, b) => a - b);
  const sweep = sweepDays.map((day) => timed(day)).sort((a, b) => a - b);

  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  console.log(`Routing bench: ${ids.length} places, ${SAMPLES} random pairs per criterion, Node ${process.version}`);
  console.log(`load + validate geodata + build router: ${loadMilliseconds.toFixed(0)} ms`);
  for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '));
  console.log(
    `compare (50 random pairs): p50 ${percentile(compareLatencies, 0.5).toFixed(2)} ms, p99 ${percentile(compareLatencies, 0.99).toFixed(2)} ms`,
  );
  console.log(
    `astrakhan → mumbai by time, one route per day over ${sweepDays.length} days (Dec 2025 – Nov 2026): p50 ${percentile(sweep, 0.5).toFixed(2)} ms, p99 ${percentile(sweep, 0.99).toFixed(2)} ms; the same route ${sameDay.length} times on the as-of day: p50 ${percentile(sameDay, 0.5).toFixed(2)} ms (ratio ${(percentile(sweep, 0.5) / percentile(sameDay, 0.5)).toFixed(1)})`,
  );
}

main();
