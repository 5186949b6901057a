import { describe, expect, it } from 'vitest';
import { findGaugeBreaks } from './find-gauge-breaks';

describe('findGaugeBreaks', () => {
  it('finds the node where 1520 mm and 1435 mm rail meet', () => {
    const breaks = findGaugeBreaks([
      { from: 'baku', to: 'astara-az', mode: 'rail', gaugeMillimetres: 1520 },
      { from: 'astara-az', to: 'astara-ir', mode: 'rail', gaugeMillimetres: 1520 },
      { from: 'astara-ir', to: 'rasht', mode: 'rail', gaugeMillimetres: 1435 },
      { from: 'rasht', to: 'qazvin', mode: 'rail', gaugeMillimetres: 1435 },
    ]);
    expect(breaks).toEqual([{ nodeId: 'astara-ir', gaugesMillimetres: [1435, 1520] }]);
  });

  it('ignores roads and sea legs, and nodes with one gauge', () => {
    const breaks = findGaugeBreaks([
      { from: 'astara-ir', to: 'rasht', mode: 'road' },
      { from: 'astara-az', to: 'astara-ir', mode: 'rail', gaugeMillimetres: 1520 },
      { from: 'anzali', to: 'astara-ir', mode: 'sea' },
    ]);
    expect(breaks).toEqual([]);
  });
});
