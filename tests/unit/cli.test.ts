import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corridorDisplayNames, type RouteData, runRouteCli } from '../../scripts/route';
import { readRouting } from '../../src/data/read-geodata-node';
import { EXPORT_FORMAT_IDS, exportFormatOf } from '../../src/domain/export/export-formats';
import { EXPORT_GENERATOR } from '../../src/domain/export/export-generator';
import { BREAKAGES, copyOfGeodata } from './geodata-copy';

/** A day before the 2026 war, on which every corridor branch was open. */
const PRE_WAR = '2026-01-15';

const projectDirectory = join(dirname(fileURLToPath(import.meta.url)), '../..');
let loaded: RouteData;

beforeAll(() => {
  loaded = readRouting({ projectDirectory, currentYear: 2026 });
});

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runRouteCli(
    argv,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    () => loaded,
  );
  return { code, stdout, stderr };
}

describe('instc route (contracts §6)', () => {
  it('prints the route as JSON with the contract fields, and nothing else', () => {
    const { code, stdout, stderr } = run('moscow', 'mumbai', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const route = JSON.parse(stdout);
    expect(Object.keys(route)).toEqual(
      expect.arrayContaining(['from', 'to', 'by', 'cargo', 'scenario', 'dataVersion', 'totals', 'legs']),
    );
    expect(Object.keys(route.totals)).toEqual([
      'km',
      'seaNauticalMiles',
      'days',
      'daysLow',
      'daysHigh',
      'usd',
      'usdLow',
      'usdHigh',
      'co2Kg',
      'co2KgLow',
      'co2KgHigh',
      'borderCrossings',
      'gaugeChanges',
      'transshipments',
    ]);
    expect(Object.keys(route.legs[0])).toEqual(
      expect.arrayContaining(['segment', 'from', 'to', 'mode', 'km', 'days', 'usd', 'co2Kg']),
    );
    expect(route).toMatchObject({ from: 'moscow', to: 'mumbai', by: 'distance', cargo: 'container', scenario: [] });
  });

  it('passes the options through to the query', () => {
    const { stdout } = run(
      'moscow',
      'mumbai',
      '--by',
      'time',
      '--cargo',
      'bulk',
      '--scenario',
      'planned,hormuz-closed',
      '--year',
      '2027',
      '--month',
      '7',
      '--avoid',
      'az',
      '--modes',
      'rail,road,sea,river',
      '--branch',
      'trans-caspian',
      '--via',
      'tehran',
      '--format',
      'json',
    );
    expect(JSON.parse(stdout)).toMatchObject({
      by: 'time',
      cargo: 'bulk',
      scenario: ['planned', 'hormuz-closed'],
      year: 2027,
      month: 7,
      avoid: ['AZ'],
      branch: 'trans-caspian',
      via: ['tehran'],
    });
  });

  it('prints CSV with a header naming units and the data version, one row per leg', () => {
    const { code, stdout } = run('moscow', 'mumbai', '--format', 'csv');
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split(/\r?\n/);
    // The same format as the app's "Download the legs (CSV)": one row per leg, then a TOTAL row.
    expect(header).toMatch(
      /^sequence,segment,from,to,mode,vessel,km,nm,days,.*usd_per_TEU.*co2e_kg_per_TEU.*data_version,exported_on,network_date,segment_name,from_name,to_name,mode_name,transfers_text,query_from_name,query_to_name$/,
    );
    // The display columns name the places, never by id.
    expect(rows[0]).toContain(',Moscow,');
    expect(rows.at(-1)?.endsWith(',Moscow,Mumbai (JNPT / Nhava Sheva)')).toBe(true);
    const json = JSON.parse(run('moscow', 'mumbai', '--format', 'json').stdout);
    expect(rows).toHaveLength(json.legs.length + 1);
    expect(rows[0]).toContain(`,${json.dataVersion},`);
    expect(rows.at(-1)?.startsWith('TOTAL,')).toBe(true);
  });

  it('prints GeoJSON: a FeatureCollection of the legs in travel order', () => {
    const { stdout } = run('moscow', 'mumbai', '--format', 'geojson');
    const collection = JSON.parse(stdout);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0].geometry.type).toBe('LineString');
    expect(collection.features[0].properties).toMatchObject({ sequence: 0, from: 'moscow' });
  });

  it('prints a table with the totals and the observations, attributed', () => {
    const { code, stdout } = run('moscow', 'mumbai', '--branch', 'western');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Route moscow → mumbai/);
    expect(stdout).toMatch(/Total: [\d,]+ km/);
    expect(stdout).toMatch(/First direct India → Russia INSTC freight service[\s\S]*by: Railway Gazette/);
  });

  it('routes moscow → anzali in January over the Caspian from Astrakhan or Olya, with the winter restriction in its figures', () => {
    const { code, stdout } = run('moscow', 'anzali', '--month', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\d+\s+(astrakhan|olya)--anzali\s.*seasonal-restriction 48/);
    expect(stdout).toMatch(
      /seasonal limits:\n\s+(astrakhan|olya)--anzali: restricted \(open\) in months 12,1,2,3: \+2 \(1–4\) days per passage; no cost figure sourced; in the figures for month 1 \(effect sources: mailru-2026-03-05-astrakhan-convoys/,
    );
    expect(stdout).toMatch(
      /restricted on 2026-12-01 \(open with reduced capacity or added risk\):\n.*not in the figures: no sourced figure/,
    );
    const june = run('moscow', 'anzali', '--month', '6').stdout;
    expect(june).toMatch(/not in the figures \(month 6 is not restricted\)/);
    expect(june).not.toMatch(/seasonal-restriction/);
  });

  it("names the event that closes a branch on the data's as-of date, and keeps the all-sea routes", () => {
    const json = JSON.parse(run('st-petersburg', 'mumbai', '--compare', '--format', 'json').stdout);
    expect(json.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.dateBasis).toBe('as-of');
    const eastern = json.omitted.find((entry: { label: string }) => entry.label === 'eastern');
    expect(eastern?.reason).toMatch(/turkmenistan-iran-border-closure-2026-03/);
    expect(json.routes.map((route: { label: string }) => route.label)).toContain('all-sea-suez');
  });

  it('compares as JSON {routes: [{label, …}]} and side by side as a table and CSV', () => {
    // Before the 2026 war, when the Turkmen–Iranian border was open to freight: every branch joins.
    const json = JSON.parse(run('st-petersburg', 'mumbai', '--compare', '--date', PRE_WAR, '--format', 'json').stdout);
    expect(json.routes.map((route: { label: string }) => route.label)).toEqual([
      'western',
      'trans-caspian',
      'eastern',
      'all-sea-suez',
      'all-sea-cape',
    ]);
    expect(json.routes[3]).toMatchObject({ label: 'all-sea-suez', totals: expect.any(Object) });
    const table = run('st-petersburg', 'mumbai', '--compare', '--date', PRE_WAR).stdout;
    expect(table.split('\n').find((line) => line.trim().startsWith('western'))).toMatch(
      /western\s+trans-caspian\s+eastern\s+all-sea-suez\s+all-sea-cape/,
    );
    const csv = run('st-petersburg', 'mumbai', '--compare', '--date', PRE_WAR, '--format', 'csv')
      .stdout.trimEnd()
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/^label,access,km,sea_nautical_miles,/);
    expect(csv).toHaveLength(6);
  });

  it('exits 2 on an unknown id and lists the closest ids on standard error only', () => {
    const { code, stdout, stderr } = run('moskow', 'mumbai');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown from id "moskow"; closest ids: moscow/);
  });

  it('exits 3 when there is no route and says why', () => {
    const { code, stdout, stderr } = run('moscow', 'mumbai', '--branch', 'western', '--scenario', 'hormuz-closed');
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/hormuz-closed removes every route/);
  });

  it.each([
    [['moscow']],
    [['moscow', 'mumbai', '--by', 'speed']],
    [['moscow', 'mumbai', '--month', '13']],
    [['moscow', 'mumbai', '--year', '26']],
    [['moscow', 'mumbai', '--scenario', 'war']],
    [['moscow', 'mumbai', '--avoid', 'Azerbaijan']],
    [['moscow', 'mumbai', '--format', 'xml']],
    [['moscow', 'mumbai', '--frobnicate']],
  ])('exits 64 on bad usage: %j', (argv) => {
    const { code, stdout, stderr } = run(...argv);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage:/);
  });

  it('runs as the package bin in a separate Node process with the same exit codes', () => {
    const bin = join(projectDirectory, 'bin/instc.mjs');
    const done = spawnSync(process.execPath, [bin, 'route', 'moscow', 'mumbai', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(done.status).toBe(0);
    expect(JSON.parse(done.stdout).to).toBe('mumbai');
    const unknown = spawnSync(process.execPath, [bin, 'route', 'moscow', 'atlantis'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    const usage = spawnSync(process.execPath, [bin, 'fly'], { encoding: 'utf8' });
    expect(usage.status).toBe(64);
    // Three cold Node processes, each compiling the CLI with tsx: about 3 s each on a quiet
    // machine, over 3 s under load; a time limit here would fail CI at random.
  }, 60_000);
});

describe('instc route on malformed geodata (issue 11 #8)', () => {
  let copy: ReturnType<typeof copyOfGeodata> | undefined;

  afterEach(() => {
    copy?.remove();
    copy = undefined;
  });

  function runOn(directory: string, ...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = runRouteCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, () =>
      readRouting({ projectDirectory: directory, currentYear: 2026 }),
    );
    return { code, stdout, stderr };
  }

  it.each([
    ['corridor/segments.geojson', 'truncated'],
    ['assumptions.json', 'NaN'],
    ['observations.json', 'empty'],
  ] as const)('exits 65 and names %s when it is %s', (path, breakage) => {
    copy = copyOfGeodata();
    copy.rewrite(
      path,
      breakage === 'NaN' ? (text) => text.replace(/"central": [0-9.]+/, '"central": NaN') : BREAKAGES[breakage],
    );
    const { code, stdout, stderr } = runOn(copy.directory, 'moscow', 'mumbai');
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(`^instc route: geodata/${path.replace('.', '\\.')}: not valid JSON \\(line \\d+, column \\d+\\)`),
    );
  });

  it('reads a file with a byte order mark', () => {
    copy = copyOfGeodata();
    copy.rewrite('corridor/segments.geojson', (text) => `\uFEFF${text}`);
    const { code, stderr } = runOn(copy.directory, 'moscow', 'mumbai', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('exits 65 when the assumptions give no router', () => {
    copy = copyOfGeodata();
    copy.rewrite('assumptions.json', () => '{"assumptions": 3}');
    const { code, stdout, stderr } = runOn(copy.directory, 'moscow', 'mumbai');
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/assumptions \(file\): .*\n.*the routing assumptions are unusable/);
  });
});

describe('instc route exports (issue 10 §2: one registry, the same file as the app)', () => {
  const exportedOn = '2026-11-28';
  const atExportDate = () => new Date(`${exportedOn}T12:00:00Z`);

  function runAt(...argv: string[]) {
    let stdout = '';
    const code = runRouteCli(
      argv,
      { stdout: (text) => (stdout += text), stderr: () => {} },
      () => loaded,
      atExportDate,
    );
    return { code, stdout };
  }

  function moscowMumbai() {
    if (!loaded.routing.router) throw new Error('no router');
    const outcome = loaded.routing.router.route({
      from: 'moscow',
      to: 'mumbai',
      by: 'distance',
      cargo: 'container',
      scenario: {},
    });
    if (outcome.kind !== 'route') throw new Error('no route');
    return outcome.route;
  }

  const lineOf = (segmentId: string) => loaded.corridor.segmentById.get(segmentId)?.geometry.coordinates;

  it.each(EXPORT_FORMAT_IDS)('--format %s for moscow → mumbai is byte for byte the registry builder output', (id) => {
    const { code, stdout } = runAt('moscow', 'mumbai', '--format', id);
    expect(code).toBe(0);
    expect(stdout).toBe(
      exportFormatOf(id).route(moscowMumbai(), lineOf, {
        exportedOn,
        generator: EXPORT_GENERATOR,
        names: corridorDisplayNames(loaded.corridor),
      }),
    );
  });

  it('writes the route GeoJSON with the metadata of the app: data version, export date, generator, query, totals', () => {
    const collection = JSON.parse(runAt('moscow', 'mumbai', '--format', 'geojson').stdout);
    expect(collection).toMatchObject({
      type: 'FeatureCollection',
      dataVersion: moscowMumbai().dataVersion,
      exportedOn,
      generator: EXPORT_GENERATOR,
      query: { from: 'moscow', to: 'mumbai', by: 'distance', cargo: 'container' },
      totals: moscowMumbai().totals,
    });
  });

  it('writes a comparison through the registry too, each leg with its route label', () => {
    const collection = JSON.parse(
      runAt('st-petersburg', 'mumbai', '--compare', '--date', PRE_WAR, '--format', 'geojson').stdout,
    );
    expect(collection).toMatchObject({ exportedOn, generator: EXPORT_GENERATOR, query: { from: 'st-petersburg' } });
    expect(
      new Set(collection.features.map((feature: { properties: { label: string } }) => feature.properties.label)),
    ).toEqual(new Set(['western', 'trans-caspian', 'eastern', 'all-sea-suez', 'all-sea-cape']));
  });
});

describe('instc route hardening (issue 11 #13)', () => {
  it('ends quietly, without a stack trace, when its output is piped into head', () => {
    const commands = {
      bin: `"${process.execPath}" bin/instc.mjs route`,
      npm: `"${process.execPath}" --import tsx scripts/route.ts`,
    };
    for (const command of Object.values(commands)) {
      const done = spawnSync(
        'bash',
        ['-c', `set -o pipefail; ${command} st-petersburg mumbai --compare --format json | head -1`],
        { cwd: projectDirectory, encoding: 'utf8' },
      );
      expect(done.stderr).toBe('');
      expect(done.stdout).toBe('{\n');
      expect(done.status).toBe(0);
    }
  }, 30_000);

  it('escapes control and bidirectional characters of unknown ids, so no ANSI escape reaches the terminal', () => {
    const { code, stderr } = run('\u001b[2J\u001b[31mmoskow', 'mumbai\u202Etxt.exe');
    expect(code).toBe(2);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that no control character is echoed
    expect(stderr).not.toMatch(/[\u001b\u202e]/);
    expect(stderr).toContain('unknown from id "\\u{1b}[2J\\u{1b}[31mmoskow"');
    expect(stderr).toContain('unknown to id "mumbai\\u{202e}txt.exe"');
  });

  it.each([
    ['--by', 'time\u001b[31m'],
    ['--frobnicate\u001b[31m', 'x'],
    ['--asm', 'speed\u0007:1'],
  ])('escapes control characters echoed in a usage error (%j)', (option, value) => {
    const { code, stderr } = run('moscow', 'mumbai', option, value);
    expect(code).toBe(64);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that no control character is echoed
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('refuses --avoid with a code that is the country of no place in the data, naming it', () => {
    const { code, stdout, stderr } = run('moscow', 'mumbai', '--avoid', 'AZ,XX');
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^instc route: --avoid: "XX" is not the country of any place in the data \(.*\bAZ\b.*\)/);
  });

  it.each([
    ['speed.rail.electric:1:2', 'expected KEY:NUMBER'],
    ['__proto__:1', 'expected KEY:NUMBER'],
    ['speed.rail.electric:0x10', 'expected KEY:NUMBER'],
    ['speed.rail.electric:-5', 'speed.rail.electric must be more than 0 and at most 120 km/h; got -5'],
    ['speed.rail.electric:0', 'speed.rail.electric must be more than 0 and at most 120 km/h; got 0'],
    [
      'cost.rail.container.usd-per-teu-km:21',
      'cost.rail.container.usd-per-teu-km must be at least 0 and at most 20 USD per TEU-km; got 21',
    ],
    // Beyond what a link can write, the CLI says what the link says (before the data is read).
    [
      'cost.rail.container.usd-per-teu-km:1e300',
      'out of range: a link writes assumption values from -1000000 to 1000000',
    ],
    ['teuTonnes:0', 'teuTonnes must be more than 0 and at most 30 t per TEU; got 0'],
    ['no.such.key:1e300', 'out of range: a link writes assumption values from -1000000 to 1000000'],
    ['speed.rail.electric:0.0000001', 'more than 6 decimals: a link could not write it back'],
  ])('refuses --asm %s with the reason links give', (pair, reason) => {
    const { code, stdout, stderr } = run('moscow', 'mumbai', '--asm', pair);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`instc route: --asm "${pair}": ${reason}`);
  });

  it('takes an assumption key named like an Object.prototype member as an unknown key, never as a property', () => {
    const { code, stdout, stderr } = run('moscow', 'mumbai', '--asm', 'constructor:1,tostring:2', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('ignored unknown assumption "constructor"\nignored unknown assumption "tostring"\n');
    expect(JSON.parse(stdout).totals).toEqual(JSON.parse(run('moscow', 'mumbai', '--format', 'json').stdout).totals);
  });

  it('keeps every figure a number at the ends of the ranges (no usd: null in JSON)', () => {
    const { code, stdout } = run(
      'moscow',
      'mumbai',
      '--asm',
      'cost.rail.container.usd-per-teu-km:20,cost.sea.deep-sea-container.usd-per-teu-km:20,speed.rail.electric:0.000001,speed.rail.mixed:0.000001,speed.rail.diesel:0.000001',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const route = JSON.parse(stdout);
    for (const figures of [route.totals, ...route.legs]) {
      for (const field of ['usd', 'usdLow', 'usdHigh', 'days', 'co2Kg'])
        expect(Number.isFinite(figures[field])).toBe(true);
    }
    expect(route.totals.days).toBeGreaterThan(1e6);
  });

  it('caps --via at the places a link can hold (12 in all)', () => {
    const places = ['baku', 'tehran', 'qazvin', 'rasht', 'astara-ir', 'astara-az', 'alat', 'derbent', 'makhachkala'];
    const ten = [...places, 'yazd'];
    expect(run('moscow', 'mumbai', '--via', ten.join(','), '--format', 'json').code).not.toBe(64);
    const eleven = run('moscow', 'mumbai', '--via', [...ten, 'bafq'].join(','));
    expect(eleven.code).toBe(64);
    expect(eleven.stderr).toMatch(
      /^instc route: --via takes at most 10 places: a route names at most 12, as in links \(got 11\)/,
    );
  });

  it('refuses a year outside the scenario range', () => {
    const { code, stderr } = run('moscow', 'mumbai', '--year', '2199');
    expect(code).toBe(64);
    expect(stderr).toMatch(/^instc route: --year must be a year from 1990 to 2060 \(got "2199"\)/);
  });
});
