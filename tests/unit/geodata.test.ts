import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorridor } from '../../src/data/read-geodata-node';
import { statusAt, statusRecordAt } from '../../src/domain/status-at';

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

  it('has the new place ids that contracts §2 names (issue 13 §4)', () => {
    const ids = new Set(result.nodes.map((node) => node.properties.id));
    expect(['aprin', 'ak-yayla', 'chennai', 'ust-luga'].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the corridor over time in geodata/ (issue 12)', () => {
  const { corridor } = readCorridor();
  const version = JSON.parse(readFileSync(new URL('../../geodata/version.json', import.meta.url), 'utf8')) as {
    asOf: string;
  };
  const passage = (id: string) => {
    const found = corridor.passages.find((candidate) => candidate.properties.id === id);
    if (!found) throw new Error(`no passage ${id}`);
    return found.properties;
  };

  it('has the events of the research, each citing the corridor bibliography', () => {
    expect(corridor.events).toHaveLength(37);
    for (const event of corridor.events) {
      for (const source of event.sources) expect(corridor.sourceById.has(source)).toBe(true);
    }
  });

  it('keeps a days figure only where a source gives extra days on a leg (none: the Cape detour is no Suez delay)', () => {
    expect(corridor.events.filter((event) => event.effect.days !== undefined)).toEqual([]);
  });

  it('closes Hormuz on 2026-03-15, by the event of 28 February, and leaves it restricted at the as-of date', () => {
    const hormuz = passage('hormuz');
    expect(statusRecordAt(hormuz, '2026-03-15', version.asOf)).toEqual({
      status: 'closed',
      entry: expect.objectContaining({ event: 'hormuz-closure-2026-02-28' }),
    });
    expect(statusAt(hormuz, '2026-04-10', version.asOf)).toBe('restricted');
    expect(statusAt(hormuz, version.asOf, version.asOf)).toBe('restricted');
    expect(hormuz.status).toBe('restricted');
  });

  it('gives every passage a status, operational unless a source says otherwise', () => {
    expect(
      Object.fromEntries(corridor.passages.map((candidate) => [candidate.properties.id, candidate.properties.status])),
    ).toEqual({
      'volga-caspian-canal': 'restricted',
      suez: 'operational',
      'turkish-straits': 'operational',
      'bab-el-mandeb': 'restricted',
      hormuz: 'restricted',
      gibraltar: 'operational',
      'english-channel': 'operational',
      'danish-straits': 'operational',
      'cape-of-good-hope': 'operational',
    });
  });

  it('restricts the Caspian legs to Iranian ports from 2026-02-28, with the event behind it', () => {
    const segment = corridor.segmentById.get('olya--anzali')?.properties;
    expect(segment?.status).toBe('restricted');
    expect(segment?.statusHistory.at(-1)).toEqual(
      expect.objectContaining({ since: '2026-02-28', event: 'instc-iran-cargo-suspended-2026-02-28' }),
    );
    expect(segment?.statusHistory.at(-1)?.until).toBeUndefined();
  });

  it('names an event only on a disruption: a leg restricted from 2026 was in service before, Rasht – Astara did not exist', () => {
    const olya = corridor.segmentById.get('olya--anzali')?.properties;
    const rasht = corridor.segmentById.get('astara-ir--rasht')?.properties;
    if (!olya || !rasht) throw new Error('olya--anzali or astara-ir--rasht is missing');
    expect(statusAt(olya, '2025-12-31', version.asOf)).toBe('operational');
    expect(statusAt(rasht, '2020-12-31', version.asOf)).toBeUndefined();
    expect(rasht.statusHistory.every((entry) => entry.event === undefined)).toBe(true);
  });

  it('gives the ports and crossings of the research their dated statuses, each a disruption with its event', () => {
    // Nodes added in issue 13 also carry dated openings (no event): only the disruptions are counted here.
    const disruptions = (node: (typeof corridor.nodes)[number]) =>
      node.properties.statusHistory.filter((entry) => entry.event !== undefined);
    const withHistory = corridor.nodes.filter((node) => disruptions(node).length > 0);
    expect(Object.fromEntries(withHistory.map((node) => [node.properties.id, node.properties.status]))).toEqual({
      novorossiysk: 'operational',
      astrakhan: 'restricted',
      olya: 'restricted',
      'astara-az': 'restricted',
      'astara-ir': 'restricted',
      anzali: 'restricted',
      'incheh-borun': 'closed',
      sarakhs: 'closed',
      'bandar-abbas': 'restricted',
      chabahar: 'restricted',
      'ak-yayla': 'closed',
    });
    const entries = withHistory.flatMap(disruptions);
    // 17 from the issue-12 research, plus the 2026 border closure on ak-yayla (issue 13).
    expect(entries).toHaveLength(18);
    expect(entries.every((entry) => entry.event !== undefined && corridor.eventById.has(entry.event))).toBe(true);
    for (const node of withHistory) expect(node.properties.asOf).toBe('2026-12-01');
    const lasting = entries.filter((entry) => entry.until === undefined);
    expect(lasting.every((entry) => /not confirmed/i.test(entry.note ?? ''))).toBe(true);
  });

  it('closes Bandar Abbas on the day of the explosion and under the blockade, in service before and between', () => {
    const bandarAbbas = corridor.nodeById.get('bandar-abbas')?.properties;
    const novorossiysk = corridor.nodeById.get('novorossiysk')?.properties;
    if (!bandarAbbas || !novorossiysk) throw new Error('bandar-abbas or novorossiysk is missing');
    expect(statusAt(bandarAbbas, '2025-04-25', version.asOf)).toBe('operational');
    expect(statusAt(bandarAbbas, '2025-04-26', version.asOf)).toBe('closed');
    expect(statusAt(bandarAbbas, '2025-04-28', version.asOf)).toBe('restricted');
    expect(statusAt(bandarAbbas, '2025-04-30', version.asOf)).toBe('operational');
    expect(statusRecordAt(bandarAbbas, '2026-05-01', version.asOf)).toEqual({
      status: 'closed',
      entry: expect.objectContaining({ event: 'us-blockade-iranian-ports-2026-04-13' }),
    });
    expect(statusAt(bandarAbbas, version.asOf, version.asOf)).toBe('restricted');
    expect(statusAt(novorossiysk, '2025-11-15', version.asOf)).toBe('restricted');
    expect(statusAt(novorossiysk, '2025-11-16', version.asOf)).toBe('operational');
  });
});
