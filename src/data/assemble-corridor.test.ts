import { describe, expect, it } from 'vitest';
import validCorridor from '../../tests/fixtures/geodata/valid-corridor.json';
import { assembleCorridor } from './assemble-corridor';

function files() {
  const { nodes, segments, passages, sources } = structuredClone(validCorridor);
  return { nodes, segments, passages, sources, events: { events: [] } };
}

describe('assembleCorridor', () => {
  it('builds the lookups of the valid corridor, with its countries and no problem', () => {
    const corridor = assembleCorridor(files());
    expect(corridor.report).toEqual([]);
    expect([...corridor.nodeById.keys()]).toEqual(corridor.nodes.map((node) => node.properties.id));
    expect(corridor.segmentsByNodeId.get('west-port')?.map((segment) => segment.properties.id)).toEqual([
      'inland--west-port',
      'west-port--east-port',
    ]);
    expect(corridor.segmentRows).toHaveLength(corridor.segments.length);
    expect(corridor.countries.length).toBeGreaterThan(0);
    expect(corridor.events).toEqual([]);
    expect(corridor.passages.map((passage) => [passage.properties.id, passage.properties.status])).toEqual([
      ['suez', 'operational'],
    ]);
    expect([...corridor.countries]).toEqual([...corridor.countries].sort());
  });

  it('keeps the aliases that name a current place and reports the others', () => {
    const corridor = assembleCorridor(files(), {
      aliases: { 'old-port': 'west-port', inland: 'east-port', 'Bad Id': 'west-port', ghost: 'atlantis' },
    });
    expect([...corridor.aliases]).toEqual([['old-port', 'west-port']]);
    expect(corridor.report.map((problem) => [problem.dataset, problem.feature, problem.severity])).toEqual([
      ['aliases', 'inland', 'error'],
      ['aliases', 'Bad Id', 'error'],
      ['aliases', 'ghost', 'error'],
    ]);
  });
});
