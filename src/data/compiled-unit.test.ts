import { describe, expect, it } from 'vitest';
import { COMPILED_FORMAT, readCompiledUnit } from './compiled-unit';

const feature = (id: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [50, 30] },
  properties: { id },
});

const routingUnit = (parts: Record<string, unknown>) => ({ format: COMPILED_FORMAT, unit: 'routing', parts });

describe('readCompiledUnit (the browser checks a compiled unit only for its shape)', () => {
  it('keeps a well-formed unit whole, with no problem', () => {
    const parts = {
      pipelines: [feature('p1')],
      lngProjects: [feature('l1')],
      swaps: [{ id: 's1' }],
      swapFlows: [feature('f1')],
      energySources: [{ id: 'src' }],
      problems: [{ dataset: 'pipelines', feature: 'p1', severity: 'warning', message: 'a note' }],
    };
    const read = readCompiledUnit('energy', { format: COMPILED_FORMAT, unit: 'energy', dataVersion: 'x', parts });
    expect(read.problems).toEqual([]);
    expect(read.parts).toEqual(parts);
  });

  it('throws, naming the file, for an envelope that is not this build’s', () => {
    expect(() => readCompiledUnit('corridor', { format: COMPILED_FORMAT, unit: 'energy', parts: {} })).toThrow(
      /^the built corridor data \(corridor\.json\) is not a corridor unit of format 1/,
    );
    expect(() => readCompiledUnit('corridor', { format: 2, unit: 'corridor', parts: {} })).toThrow(/format 1/);
    expect(() => readCompiledUnit('corridor', '<!doctype html>')).toThrow(/rebuild the app/);
  });

  it('leaves out a part that cannot be read, says what the app does without it, and keeps the rest', () => {
    const read = readCompiledUnit(
      'routing',
      routingUnit({ assumptions: { a: 1 }, sources: [], dataVersion: '2026.12.3', asOf: '2026-11-30', problems: [] }),
    );
    expect(read.parts.observations).toEqual([]);
    expect(read.parts.assumptions).toEqual({ a: 1 });
    expect(read.parts.dataVersion).toBe('2026.12.3');
    expect(read.problems).toEqual([
      expect.objectContaining({
        feature: 'observations',
        severity: 'error',
        message: 'the observed shipments could not be read; routes are shown without them',
      }),
    ]);
  });

  it('drops malformed entries one by one and counts them', () => {
    const read = readCompiledUnit('corridor', {
      format: COMPILED_FORMAT,
      unit: 'corridor',
      parts: {
        nodes: [feature('a'), { properties: { id: 'no-geometry' } }, feature('b'), 7],
        segments: [],
        passages: [],
        events: [{ id: 'e' }, { title: 'no id' }],
        aliases: [['old', 'a'], ['broken']],
        report: [],
      },
    });
    expect(read.parts.nodes.map((node) => node.properties.id)).toEqual(['a', 'b']);
    expect(read.parts.events).toEqual([{ id: 'e' }]);
    expect(read.parts.aliases).toEqual([['old', 'a']]);
    expect(read.problems.map((problem) => [problem.feature, problem.message])).toEqual([
      ['nodes', '2 of 4 entries of the corridor places were malformed and left out'],
      ['events', '1 of 2 entries of the corridor events were malformed and left out'],
      ['aliases', '1 of 2 entries of the old place ids were malformed and left out'],
    ]);
  });

  it('reads the basemap labels as feature collections, empty when unreadable', () => {
    const read = readCompiledUnit('basemap', {
      format: COMPILED_FORMAT,
      unit: 'basemap',
      parts: { places: { type: 'FeatureCollection', features: [feature('x')] }, labels: 'nope', problems: [] },
    });
    expect(read.parts.places.features).toHaveLength(1);
    expect(read.parts.labels).toEqual({ type: 'FeatureCollection', features: [] });
    expect(read.problems.map((problem) => problem.feature)).toEqual(['labels']);
  });
});
