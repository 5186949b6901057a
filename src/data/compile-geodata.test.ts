import { describe, expect, it } from 'vitest';
import { assembleCorridor } from './assemble-corridor';
import { assembleEnergy } from './assemble-energy';
import { assembleRouting } from './assemble-routing';
import { buildRouting } from './build-routing';
import { compileGeodata } from './compile-geodata';
import { COMPILED_COORDINATE_DECIMALS, readCompiledUnit } from './compiled-unit';
import { PLACE_ALIASES } from './geodata-manifest';
import { indexCorridor } from './index-corridor';
import { indexEnergy } from './index-energy';
import { readLoadUnit } from './read-geodata-node';

/** Every number under a `coordinates` key of a JSON value. */
function coordinateNumbers(value: unknown, inside = false): number[] {
  if (typeof value === 'number') return inside ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => coordinateNumbers(item, inside));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => coordinateNumbers(inner, inside || key === 'coordinates'));
}

describe('compileGeodata (the browser’s units, validated at build time)', () => {
  const { units, problems } = compileGeodata();
  // Through JSON, as the browser receives them, and through the browser's shape check.
  const received = <Unit extends keyof typeof units>(unit: Unit) => {
    const read = readCompiledUnit(unit, JSON.parse(JSON.stringify(units[unit])));
    expect(read.problems).toEqual([]);
    return read.parts;
  };

  it('keeps the bibliography out of the corridor unit, in a unit of its own', () => {
    expect(Object.keys(units.corridor.parts)).not.toContain('sources');
    expect(units.bibliography.parts.sources.length).toBeGreaterThan(100);
  });

  it('reads every file and passes the shape check', () => {
    expect(problems).toEqual([]);
    for (const unit of ['corridor', 'bibliography', 'routing', 'energy', 'basemap'] as const) received(unit);
  });

  it('rounds every coordinate to the stated precision', () => {
    const numbers = Object.values(units).flatMap((unit) => coordinateNumbers(unit));
    expect(numbers.length).toBeGreaterThan(1000);
    const scale = 10 ** COMPILED_COORDINATE_DECIMALS;
    const off = numbers.filter((number) => Math.abs(number * scale - Math.round(number * scale)) > 1e-6);
    expect(off).toEqual([]);
  });

  it('gives the browser the corridor the Node reader assembles: same features, notes and lengths', () => {
    const node = assembleCorridor(readLoadUnit('corridor').files, { aliases: PLACE_ALIASES });
    const parts = received('corridor');
    const { sources } = received('bibliography');
    const browser = indexCorridor({ ...parts, sources, aliases: new Map(parts.aliases) });
    expect([...browser.nodeById.keys()]).toEqual([...node.nodeById.keys()]);
    expect([...browser.segmentById.keys()]).toEqual([...node.segmentById.keys()]);
    expect([...browser.sourceById.keys()]).toEqual([...node.sourceById.keys()]);
    expect(browser.events).toEqual(node.events);
    expect(browser.report).toEqual(node.report);
    expect(browser.segments[3]?.properties).toEqual(node.segments[3]?.properties);
    for (const [id, kilometres] of node.drawnKilometersById) {
      expect(Math.abs((browser.drawnKilometersById.get(id) ?? Number.NaN) - kilometres)).toBeLessThan(0.05);
    }
  });

  it('gives the browser a router that answers as the Node one does', () => {
    const corridorParts = received('corridor');
    const corridor = indexCorridor({ ...corridorParts, aliases: new Map(corridorParts.aliases) });
    const nodeCorridor = assembleCorridor(readLoadUnit('corridor').files, { aliases: PLACE_ALIASES });
    const options = { currentYear: 2026 };
    const browser = buildRouting(corridor, received('routing'), options);
    const node = assembleRouting(nodeCorridor, readLoadUnit('routing').files, options);
    expect(browser.problems).toEqual(node.problems);
    expect(browser.observations).toEqual(node.observations);
    for (const to of ['mumbai', 'bandar-abbas', 'chabahar']) {
      const question = { from: 'moscow', to, by: 'time', cargo: 'container', scenario: {} } as const;
      const a = browser.router?.route(question);
      const b = node.router?.route(question);
      expect(a?.kind).toBe('route');
      expect(JSON.stringify(a)).toEqual(JSON.stringify(b));
    }
  });

  it('gives the browser the energy overlays the Node reader assembles', () => {
    const node = assembleEnergy(readLoadUnit('energy').files);
    const browser = indexEnergy(received('energy'), received('bibliography').sources);
    expect([...browser.pipelineById.keys()]).toEqual([...node.pipelineById.keys()]);
    expect([...browser.swapById.keys()]).toEqual([...node.swapById.keys()]);
    expect([...browser.sourceById.keys()]).toEqual([...node.sourceById.keys()]);
    expect(browser.problems).toEqual(node.problems);
  });
});
