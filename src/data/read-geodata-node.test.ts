import { afterEach, describe, expect, it } from 'vitest';
import { BREAKAGES, copyOfGeodata } from '../../tests/unit/geodata-copy';
import { readCorridor, readLoadUnit, unreadableFileProblems } from './read-geodata-node';

let copy: ReturnType<typeof copyOfGeodata> | undefined;

afterEach(() => {
  copy?.remove();
  copy = undefined;
});

describe('the Node reader on malformed geodata (issue 11 #8)', () => {
  for (const [breakage, change] of Object.entries(BREAKAGES)) {
    it(`names a ${breakage} file with the line and column, and reads the other files`, () => {
      copy = copyOfGeodata();
      copy.rewrite('corridor/segments.geojson', change);
      const { files, problems } = readLoadUnit('corridor', { projectDirectory: copy.directory });
      expect(problems).toEqual([
        expect.objectContaining({
          dataset: 'geodata/corridor/segments.geojson',
          feature: '(file)',
          severity: 'error',
          rule: 'json',
          message: expect.stringMatching(
            /^geodata\/corridor\/segments\.geojson: not valid JSON \(line \d+, column \d+\)/,
          ),
        }),
      ]);
      expect(unreadableFileProblems(problems)).toEqual(problems);
      expect(files.segments).toBeUndefined();
      expect(files.nodes).toMatchObject({ type: 'FeatureCollection' });
    });
  }

  it('gives the line and column where the text stops being JSON', () => {
    copy = copyOfGeodata();
    copy.rewrite('sources.json', () => '[\n  {"id": "a"},\n  {"id": NaN}\n]\n');
    const { problems } = readLoadUnit('corridor', { projectDirectory: copy.directory });
    expect(problems.map((problem) => problem.message)).toEqual([
      'geodata/sources.json: not valid JSON (line 3, column 10)',
    ]);
  });

  it('accepts a byte order mark, as browsers do', () => {
    copy = copyOfGeodata();
    copy.rewrite('corridor/nodes.geojson', (text) => `\uFEFF${text}`);
    const { corridor, problems } = readCorridor({ projectDirectory: copy.directory });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corridor.nodeById.has('moscow')).toBe(true);
  });

  it('names a missing file', () => {
    const { problems } = readLoadUnit('corridor', { projectDirectory: '/nowhere/instc' });
    expect(problems.map((problem) => problem.message)).toContain('geodata/corridor/passages.geojson: no such file');
  });
});
