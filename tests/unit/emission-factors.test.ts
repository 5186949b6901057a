import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The CO2e factors of geodata/assumptions.json against issue 13 §2: each value says which GLEC class
// it is, or that it is not GLEC and what it is instead; RoPax (passenger ferry) classes bound cargo
// ships only from above. Assertions read the data, never figures copied from it.

interface Entry {
  key: string;
  unit: string;
  appliesTo: { mode?: string; vessel?: string };
  optimistic: number;
  central: number;
  pessimistic: number;
  sources: string[];
  basis?: { optimistic: string; central: string; pessimistic: string };
  note?: string;
}

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8'));
const file = read<{ emissionsFramework: string; assumptions: Entry[] }>('assumptions.json');
const titles = new Map(
  [
    ...read<{ id: string; title: string }[]>('sources.json'),
    ...read<{ id: string; title: string }[]>('sources-routing.json'),
  ].map((source) => [source.id, source.title]),
);
const factors = file.assumptions.filter((entry) => entry.key.startsWith('co2.'));
const SETS = ['optimistic', 'central', 'pessimistic'] as const;

/** The class a basis names for its value: the first one quoted (a later one may only lend a WTW/TTW ratio). */
const ownClass = (basis: string | undefined) => /'([^']+)'/.exec(basis ?? '')?.[1] ?? '';

/** Ships that carry no passengers, whose class is general cargo or Ro-Ro, never RoPax. */
const CARGO_ONLY_VESSELS = new Set(['caspian-river-sea', 'deep-sea-container', 'feeder']);

describe('the CO2e factors (issue 13 §2)', () => {
  it('are well-to-wheel per tonne-km, in the order optimistic ≤ central ≤ pessimistic', () => {
    expect(factors.length).toBeGreaterThan(0);
    expect(file.emissionsFramework).toMatch(/well-to-wheel \(WTW\)/);
    for (const entry of factors) {
      expect(entry.unit).toBe('g CO2e per tonne-km');
      expect(entry.optimistic).toBeLessThanOrEqual(entry.central);
      expect(entry.central).toBeLessThanOrEqual(entry.pessimistic);
    }
  });

  it('say for each value which GLEC class it is, or that it is not GLEC, or editorial', () => {
    for (const entry of factors) {
      expect(entry.basis, entry.key).toBeDefined();
      for (const set of SETS) {
        const basis = entry.basis?.[set] ?? '';
        expect(basis, `${entry.key} ${set}`).toMatch(/^(GLEC v3\.\d .*'[^']+'|Not GLEC: |Editorial: )/);
      }
    }
  });

  it('cite a GLEC page for every value taken or derived from GLEC', () => {
    for (const entry of factors) {
      if (!SETS.some((set) => entry.basis?.[set].startsWith('GLEC'))) continue;
      const cited = entry.sources.map((id) => titles.get(id) ?? '');
      expect(
        cited.some((title) => /GLEC Framework v3/.test(title)),
        entry.key,
      ).toBe(true);
    }
  });

  it('use a RoPax class for a cargo-only ship at most as its pessimistic bound', () => {
    const cargoOnly = factors.filter((entry) => CARGO_ONLY_VESSELS.has(entry.appliesTo.vessel ?? ''));
    expect(cargoOnly.map((entry) => entry.appliesTo.vessel)).toContain('caspian-river-sea');
    for (const entry of cargoOnly) {
      expect(ownClass(entry.basis?.optimistic), entry.key).not.toMatch(/RoPax/i);
      expect(ownClass(entry.basis?.central), entry.key).not.toMatch(/RoPax/i);
    }
  });

  it('take the Caspian river-sea central, on sea and river, from a cargo class and no longer from a geometric mean', () => {
    const riverSea = factors.filter((entry) => entry.appliesTo.vessel === 'caspian-river-sea');
    expect(riverSea.map((entry) => entry.appliesTo.mode).sort()).toEqual(['river', 'sea']);
    for (const entry of riverSea) {
      expect(ownClass(entry.basis?.central)).toMatch(/^(Ro-Ro|General cargo)/i);
      expect(entry.basis?.central).not.toMatch(/geometric mean|editorial/i);
    }
  });

  it('take the deep-sea container central and the truck central from GLEC, not from an editorial midpoint or a national table', () => {
    for (const vesselOrMode of ['deep-sea-container', 'road']) {
      const entry = factors.find(
        (candidate) => candidate.appliesTo.vessel === vesselOrMode || candidate.appliesTo.mode === vesselOrMode,
      );
      expect(entry?.basis?.central, vesselOrMode).toMatch(/^GLEC v3/);
    }
  });

  it('leave no factor without a source unless every value is editorial', () => {
    for (const entry of factors.filter((candidate) => candidate.sources.length === 0)) {
      for (const set of SETS) expect(entry.basis?.[set], `${entry.key} ${set}`).toMatch(/^Editorial: /);
    }
  });
});
