import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckGeodata } from '../../scripts/check-geodata';
import { BREAKAGES, copyOfGeodata, projectDirectory } from './geodata-copy';

let copy: ReturnType<typeof copyOfGeodata> | undefined;

afterEach(() => {
  copy?.remove();
  copy = undefined;
});

/** A copy of geodata/ with a broken segments.geojson and a second, unrelated error in the energy files. */
function brokenCopy(breakage: keyof typeof BREAKAGES) {
  copy = copyOfGeodata();
  copy.rewrite('corridor/segments.geojson', BREAKAGES[breakage]);
  // Reported only if the check goes on after the bad file.
  copy.rewrite('energy/pipelines.geojson', (text) => text.replace('"status": "operational"', '"status": "rumoured"'));
  return copy.directory;
}

const NAMES_THE_FILE =
  /^error {2}geodata\/corridor\/segments\.geojson {2}\(file\) {2}json {2}geodata\/corridor\/segments\.geojson: not valid JSON \(line \d+, column \d+\)/m;
const CHECKED_THE_ENERGY_FILES = /^error {2}energy pipelines {2}\S+ {2}schema {2}properties\.status: /m;

describe('npm run check:geodata on malformed geodata (issue 11 #8)', () => {
  it.each(Object.keys(BREAKAGES) as (keyof typeof BREAKAGES)[])(
    'names a %s segments.geojson, still checks the other files, and exits 1',
    (breakage) => {
      const lines: string[] = [];
      const code = runCheckGeodata([brokenCopy(breakage)], (line) => lines.push(line));
      const report = lines.join('\n');
      expect(code).toBe(1);
      expect(report).toMatch(NAMES_THE_FILE);
      expect(report).toMatch(CHECKED_THE_ENERGY_FILES);
      expect(lines.at(-1)).toMatch(/errors \d+, warnings \d+ \(checked in/);
    },
  );

  it('does so as a process too: exit 1, the report on standard output, no stack trace', () => {
    const script = join(projectDirectory, 'scripts/check-geodata.ts');
    const done = spawnSync(process.execPath, ['--import', 'tsx', script, brokenCopy('truncated')], {
      cwd: projectDirectory,
      encoding: 'utf8',
    });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(1);
    expect(done.stdout).toMatch(NAMES_THE_FILE);
    expect(done.stdout).toMatch(CHECKED_THE_ENERGY_FILES);
  }, 30_000);

  it('accepts a byte order mark', () => {
    copy = copyOfGeodata();
    copy.rewrite('corridor/nodes.geojson', (text) => `\uFEFF${text}`);
    const lines: string[] = [];
    runCheckGeodata([copy.directory], (line) => lines.push(line));
    expect(lines.filter((line) => line.includes('nodes.geojson'))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^nodes [1-9]\d*, segments [1-9]\d*, /);
  });
});

describe('npm run check:geodata on the bibliographies (issue 11 #16)', () => {
  it('checks all four with the one schema: a javascript: URL is an error in each', () => {
    copy = copyOfGeodata();
    const files = {
      'sources.json': 'sources',
      'sources-routing.json': 'routing sources',
      'energy/sources.json': 'energy sources',
      'basemap/sources.json': 'basemap/sources.json',
    };
    const broken: Record<string, string> = {};
    for (const [path, dataset] of Object.entries(files)) {
      copy.rewrite(path, (text) => {
        const entries = JSON.parse(text) as { id: string; url: string }[];
        const entry = entries.at(-1);
        if (!entry) throw new Error(`${path} is empty`);
        entry.url = 'javascript:alert(document.domain)';
        broken[dataset] = entry.id;
        return JSON.stringify(entries, null, 1);
      });
    }
    const lines: string[] = [];
    expect(runCheckGeodata([copy.directory], (line) => lines.push(line))).toBe(1);
    for (const [dataset, id] of Object.entries(broken)) {
      expect(lines).toContainEqual(
        `error  ${dataset}  ${id}  schema  url: expected an http or https URL (or null for a source with no web page) (found "javascript:alert(document.domain)")`,
      );
    }
  });
});

describe('npm run check:geodata on the events and the dated statuses (issue 12)', () => {
  it('reports each broken event with its reasons, rule by rule, and a dated status naming no event', () => {
    copy = copyOfGeodata();
    copy.rewrite('events.json', (text) => {
      const file = JSON.parse(text) as { events: Record<string, unknown>[] };
      const [first, second, third] = file.events;
      if (!first || !second || !third) throw new Error('events.json has fewer than 3 events');
      first.end = '2001';
      first.sources = ['no-such-source'];
      second.affects = { features: ['tm-ir-az-gas-swap', 'no-such-pipeline'], passages: ['malacca'] };
      third.id = 'bandar-abbas';
      return JSON.stringify(file, null, 1);
    });
    copy.rewrite('energy/swaps.json', (text) =>
      text.replace('"event": "tm-ir-az-gas-swap-suspended-2024-01"', '"event": "no-such-event"'),
    );
    const lines: string[] = [];
    expect(runCheckGeodata([copy.directory], (line) => lines.push(line))).toBe(1);
    const errors = lines.filter((line) => line.startsWith('error  '));
    const original = JSON.parse(readFileSync(join(projectDirectory, 'geodata/events.json'), 'utf8')) as {
      events: { id: string; start: string }[];
    };
    const [first, second] = original.events;
    expect(errors).toEqual(
      expect.arrayContaining([
        `error  events  ${first?.id}  end-after-start  end 2001 is before start ${first?.start}`,
        `error  events  ${first?.id}  known-source  cites sources not in sources.json: no-such-source`,
        `error  events  ${second?.id}  feature-exists  affects features not in the data: no-such-pipeline`,
        `error  events  ${second?.id}  passage-exists  affects passages not in passages.geojson: malacca`,
        `error  events  bandar-abbas  id-collision  the id "bandar-abbas" is also a feature's id; selection (sel=) shares one id space`,
        'error  energy swaps  tm-ir-az-gas-swap  event-exists  statusHistory[1].event names "no-such-event", which is not an event of events.json',
      ]),
    );
  });

  it('reports a segment whose status is not its last lasting status', () => {
    copy = copyOfGeodata();
    copy.rewrite('corridor/segments.geojson', (text) => {
      const file = JSON.parse(text) as { features: { properties: { id: string; status: string } }[] };
      const segment = file.features.find((feature) => feature.properties.id === 'alat--astara-az');
      if (!segment) throw new Error('no alat--astara-az');
      segment.properties.status = 'operational';
      return JSON.stringify(file, null, 1);
    });
    const lines: string[] = [];
    expect(runCheckGeodata([copy.directory], (line) => lines.push(line))).toBe(1);
    expect(lines).toContainEqual(
      'error  segments  alat--astara-az  status-current  status is "operational", but the last lasting history entry (since 2024) says "restricted"',
    );
  });
});

describe('npm run check:geodata on drawn against published lengths (issue 13 §1)', () => {
  it('lists every segment drawn more than 15% off its preferred published length, and counts them in the summary', () => {
    const lines: string[] = [];
    runCheckGeodata([projectDirectory], (line) => lines.push(line));
    const listed = lines.filter((line) => /^warning {2}segments {2}\S+ {2}length-drawn-(short|long) {2}/.test(line));
    for (const line of listed) {
      expect(line).toMatch(/drawn [\d.]+ km against the preferred published [\d.]+ km \([+-]\d+\.\d%\)/);
    }
    const summary = lines.at(-1) ?? '';
    const count = Number(/segments drawn >15% off their published length (\d+), /.exec(summary)?.[1]);
    expect(count).toBe(new Set(listed.map((line) => line.split('  ')[2])).size);
    expect(count).toBeGreaterThan(0);
    // Still short: no station of the Bereket–Etrek line is geocoded in a cited dataset.
    expect(listed).toContainEqual(
      expect.stringMatching(/^warning {2}segments {2}bereket--etrek {2}length-drawn-short {2}/),
    );
    // Redrawn on 2026-12-01 through sourced stations (Eslamshahr, Robat Karim, Parandak): now within 15%.
    expect(listed.some((line) => line.includes('  tehran--qom  '))).toBe(false);
  });
});

describe('npm run check:geodata on bibliography entries never opened (issue 13 §5)', () => {
  it('warns of each entry whose dateAccessed is null, in every bibliography, and counts them in the summary', () => {
    copy = copyOfGeodata();
    const cleared: Record<string, string> = {};
    const files = { 'sources.json': 'sources', 'energy/sources.json': 'energy sources' };
    for (const [path, dataset] of Object.entries(files)) {
      copy.rewrite(path, (text) => {
        const entries = JSON.parse(text) as { id: string; dateAccessed: string | null }[];
        const entry = entries.find((candidate) => candidate.dateAccessed !== null);
        if (!entry) throw new Error(`${path} has no opened entry`);
        entry.dateAccessed = null;
        cleared[dataset] = entry.id;
        return JSON.stringify(entries, null, 1);
      });
    }
    const lines: string[] = [];
    runCheckGeodata([copy.directory], (line) => lines.push(line));
    const listed = lines.filter((line) => /^warning {2}.+ {2}source-not-opened {2}dateAccessed is null/.test(line));
    for (const [dataset, id] of Object.entries(cleared)) {
      expect(listed).toContainEqual(expect.stringMatching(new RegExp(`^warning {2}${dataset} {2}${id} {2}`)));
    }
    const count = Number(/, sources never opened (\d+), /.exec(lines.at(-1) ?? '')?.[1]);
    expect(count).toBe(listed.length);
  });
});

describe('npm run check:geodata on assumptions without a source (issue 13 §5)', () => {
  it('warns once for each assumption that cites no source, and counts them in the summary', () => {
    const lines: string[] = [];
    runCheckGeodata([projectDirectory], (line) => lines.push(line));
    const listed = lines.filter((line) =>
      /^warning {2}assumptions {2}\S+ {2}sourced {2}no source: an editorial estimate/.test(line),
    );
    const file = JSON.parse(readFileSync(join(projectDirectory, 'geodata/assumptions.json'), 'utf8')) as {
      assumptions: { key: string; sources: string[] }[];
    };
    const unsourced = file.assumptions.filter((entry) => entry.sources.length === 0).map((entry) => entry.key);
    expect(listed.map((line) => line.split('  ')[2])).toEqual(unsourced);
    const count = Number(/assumptions without a source (\d+),/.exec(lines.at(-1) ?? '')?.[1]);
    expect(count).toBe(unsourced.length);
  });

  it('counts none when every assumption cites a source', () => {
    copy = copyOfGeodata();
    copy.rewrite('assumptions.json', (text) =>
      text.replaceAll('"sources": []', '"sources": ["rzd-sr2023-ghg-emissions"]'),
    );
    const lines: string[] = [];
    runCheckGeodata([copy.directory], (line) => lines.push(line));
    expect(lines.filter((line) => line.includes('  sourced  '))).toEqual([]);
    expect(lines.at(-1)).toMatch(/assumptions without a source 0,/);
  });
});

describe('npm run check:geodata on an id in both the corridor and the routing bibliography', () => {
  it('warns of the repeated id, naming both files, and of nothing when each id is once', () => {
    const repeated = (lines: string[]) => lines.filter((line) => line.includes('  source-id-repeated  '));
    const clean: string[] = [];
    runCheckGeodata([projectDirectory], (line) => clean.push(line));
    expect(repeated(clean)).toEqual([]);
    copy = copyOfGeodata();
    const entry = (
      JSON.parse(readFileSync(join(copy.directory, 'geodata/sources.json'), 'utf8')) as { id: string }[]
    )[0];
    copy.rewrite('sources-routing.json', (text) => JSON.stringify([...JSON.parse(text), entry], null, 1));
    const lines: string[] = [];
    runCheckGeodata([copy.directory], (line) => lines.push(line));
    expect(repeated(lines)).toEqual([
      expect.stringMatching(new RegExp(`^warning {2}sources {2}${entry?.id} {2}.*\\(sources, routing sources\\)`)),
    ]);
  });
});
