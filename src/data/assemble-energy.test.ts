import { describe, expect, it } from 'vitest';
import { assembleEnergy } from './assemble-energy';
import { readLoadUnit } from './read-geodata-node';

function energyFiles() {
  const { files, problems } = readLoadUnit('energy');
  expect(problems).toEqual([]);
  return structuredClone(files);
}

describe('assembleEnergy', () => {
  it('assembles the real energy files without a problem', () => {
    const energy = assembleEnergy(energyFiles());
    expect(energy.problems).toEqual([]);
    expect(energy.pipelines.length).toBeGreaterThan(0);
    expect(energy.pipelineById.size).toBe(energy.pipelines.length);
  });

  it('reports an invalid bibliography entry instead of dropping it silently (review, Appendix G)', () => {
    const files = energyFiles();
    const entries = files.energySources as { id: string; url: string }[];
    const first = entries[0];
    if (!first) throw new Error('the energy bibliography is empty');
    first.url = 'javascript:alert(1)';
    const energy = assembleEnergy(files);
    expect(energy.sourceById.has(first.id)).toBe(false);
    expect(energy.problems).toContainEqual(
      expect.objectContaining({ dataset: 'energy sources', feature: first.id, severity: 'error' }),
    );
    expect(energy.problems.find((problem) => problem.feature === first.id)?.message).toMatch(/http or https/);
  });
});
