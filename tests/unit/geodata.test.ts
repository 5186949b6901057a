import { describe, expect, it } from 'vitest';
import { readCorridor } from '../../src/data/read-geodata-node';

describe('the corridor geodata in geodata/', () => {
  const { corridor, problems } = readCorridor({ withLandChecks: true });
  const result = { report: problems, nodes: corridor.nodes };

  it('passes every check, land and water included, without an error', () => {
    const errors = result.report
      .filter((entry) => entry.severity === 'error')
      .map((entry) => `${entry.dataset} ${entry.feature} ${entry.rule}: ${entry.message}`);
    expect(errors).toEqual([]);
  });

  it('keeps the place ids that contracts §1 requires', () => {
    const required =
      'moscow st-petersburg novorossiysk astrakhan olya makhachkala derbent samur yalama baku alat astara-az astara-ir rasht qazvin tehran anzali caspian-port nowshahr amirabad aktau kuryk turkmenbashi uzen bereket etrek incheh-borun gorgan sarakhs mashhad yazd bafq kerman zahedan bandar-abbas chabahar mumbai mundra kandla'.split(
        ' ',
      );
    const ids = new Set(result.nodes.map((node) => node.properties.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});
