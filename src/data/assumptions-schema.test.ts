import { describe, expect, it } from 'vitest';
import { ASSUMPTION_RULES, type AssumptionRule, validateAssumptions } from './assumptions-schema';

const teuTonnes = {
  optimistic: 8,
  central: 10,
  pessimistic: 12.3,
  range: { min: 0, max: 30, minExclusive: true },
  unit: 't per TEU',
};

function file(entries: unknown[]) {
  return { teuTonnes, assumptions: entries };
}

const speed = {
  key: 'speed.rail.electric',
  unit: 'km/h',
  appliesTo: { mode: 'rail', traction: 'electric' },
  optimistic: 40,
  central: 25,
  pessimistic: 15,
  range: { min: 0, max: 120, minExclusive: true },
  sources: ['a'],
};

describe('validateAssumptions', () => {
  it('keeps a valid entry', () => {
    const result = validateAssumptions(file([speed]));
    expect(result.problems).toEqual([]);
    expect(result.assumptions?.entries.map((entry) => entry.key)).toEqual(['speed.rail.electric']);
    expect(result.assumptions?.teuTonnes).toEqual(teuTonnes);
    expect(result.assumptions?.entries[0]?.range).toEqual({ min: 0, max: 120, minExclusive: true });
  });

  it('rejects a speed whose optimistic value is the slowest, and keeps the rest', () => {
    const inverted = { ...speed, key: 'speed.rail.diesel', optimistic: 10 };
    const result = validateAssumptions(file([speed, inverted]));
    expect(result.assumptions?.entries).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ feature: 'speed.rail.diesel', message: expect.stringMatching(/optimistic ≥ central/) }),
    ]);
  });

  it('rejects a cost whose optimistic value is the dearest', () => {
    const cost = {
      ...speed,
      key: 'cost.rail.bulk',
      unit: 'USD per tonne-km',
      optimistic: 0.3,
      central: 0.2,
      pessimistic: 0.4,
      range: { min: 0, max: 2 },
    };
    expect(validateAssumptions(file([cost])).problems[0]?.message).toMatch(/optimistic ≤ central ≤ pessimistic/);
  });

  it('rejects an unknown scope field and a repeated key', () => {
    const typo = { ...speed, key: 'speed.road.truck', appliesTo: { mdoe: 'road' } };
    const result = validateAssumptions(file([speed, typo, speed]));
    expect(result.problems.map((problem) => problem.feature)).toEqual(['speed.road.truck', 'speed.rail.electric']);
  });

  it('keeps an entry without sources as an editorial estimate, with a warning and its empty source list', () => {
    const result = validateAssumptions(file([{ ...speed, sources: [] }]));
    expect(result.assumptions?.entries[0]?.sources).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'sourced' })]);
  });

  it('accepts a basis naming what each value is, and rejects one that misses a value', () => {
    const basis = { optimistic: 'GLEC class A', central: 'GLEC class B', pessimistic: 'editorial' };
    expect(validateAssumptions(file([{ ...speed, basis }])).problems).toEqual([]);
    const partial = validateAssumptions(file([{ ...speed, basis: { central: 'GLEC class B' } }]));
    expect(partial.problems).toEqual([expect.objectContaining({ rule: 'schema', feature: 'speed.rail.electric' })]);
  });

  it('returns no assumptions when the file is not an assumptions file', () => {
    const result = validateAssumptions({ assumptions: 'none' });
    expect(result.assumptions).toBeUndefined();
    expect(result.problems[0]?.feature).toBe('(file)');
  });
});

/** One failing input per rule; the type makes a new rule without a case a compile error. */
const ruleCases: Record<AssumptionRule, { bad: string; json: unknown; feature: string; message: RegExp }> = {
  collection: { bad: 'no entry list', json: { teuTonnes }, feature: '(file)', message: /assumptions/ },
  schema: {
    bad: 'an entry without a range',
    json: file([{ ...speed, range: undefined }]),
    feature: 'speed.rail.electric',
    message: /range/,
  },
  'value-order': {
    bad: 'a speed whose optimistic value is the slowest',
    json: file([{ ...speed, optimistic: 10 }]),
    feature: 'speed.rail.electric',
    message: /optimistic ≥ central/,
  },
  'value-range': {
    bad: 'a value outside its own range',
    json: file([{ ...speed, range: { min: 0, max: 30, minExclusive: true } }]),
    feature: 'speed.rail.electric',
    message:
      /^the optimistic value is outside its own range: speed\.rail\.electric must be more than 0 and at most 30 km\/h; got 40$/,
  },
  'unique-id': {
    bad: 'a repeated key',
    json: file([speed, speed]),
    feature: 'speed.rail.electric',
    message: /repeated/,
  },
  sourced: {
    bad: 'an entry that cites no source',
    json: file([{ ...speed, sources: [] }]),
    feature: 'speed.rail.electric',
    message: /^no source: an editorial estimate \(optimistic 40, central 25, pessimistic 15 km\/h\)$/,
  },
};

describe('every assumptions rule fires on bad data', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(ruleCases).sort()).toEqual(Object.keys(ASSUMPTION_RULES).sort());
  });

  for (const [rule, ruleCase] of Object.entries(ruleCases) as [AssumptionRule, (typeof ruleCases)[AssumptionRule]][]) {
    it(`${rule}: ${ruleCase.bad}`, () => {
      expect(validateAssumptions(ruleCase.json).problems).toContainEqual(
        expect.objectContaining({ rule, feature: ruleCase.feature, message: expect.stringMatching(ruleCase.message) }),
      );
    });
  }

  it('value-range: an empty range, a range a link cannot write, and a bad range of teuTonnes', () => {
    const messages = (json: unknown) => validateAssumptions(json).problems.map((problem) => problem.message);
    expect(messages(file([{ ...speed, range: { min: 50, max: 10 } }]))).toEqual([
      'the range is empty (min 50, max 10)',
    ]);
    expect(messages(file([{ ...speed, range: { min: 5, max: 5, minExclusive: true } }]))).toEqual([
      'the range is empty (min 5, max 5, min excluded)',
    ]);
    expect(messages(file([{ ...speed, range: { min: 0, max: 1e7 } }]))).toEqual([
      'the range 0 to 10000000 goes beyond what a link can write (-1000000 to 1000000)',
    ]);
    const badTeu = validateAssumptions({ teuTonnes: { ...teuTonnes, range: { min: 0, max: 10 } }, assumptions: [] });
    expect(badTeu.assumptions).toBeUndefined();
    expect(badTeu.problems).toEqual([
      expect.objectContaining({
        feature: 'teuTonnes',
        rule: 'value-range',
        message:
          'the pessimistic value is outside its own range: teuTonnes must be at least 0 and at most 10 t per TEU; got 12.3',
      }),
    ]);
  });
});
