import { describe, expect, it } from 'vitest';
import { statusInYear } from './status-in-year';

const history = [
  { status: 'planned', since: '2019' },
  { status: 'operational', since: '2022-01' },
  { status: 'suspended', since: '2024-03-15' },
];

describe('statusInYear', () => {
  it('reads the last status that had begun by that year', () => {
    expect(statusInYear('suspended', history, 2020, 2026)).toBe('planned');
    expect(statusInYear('suspended', history, 2022, 2026)).toBe('operational');
    expect(statusInYear('suspended', history, 2025, 2026)).toBe('suspended');
  });

  it('is undefined before the history starts, and the current status without history or from this year on', () => {
    expect(statusInYear('suspended', history, 2010, 2026)).toBeUndefined();
    expect(statusInYear('operational', [], 1995, 2026)).toBe('operational');
    expect(statusInYear('suspended', history, 2030, 2026)).toBe('suspended');
  });
});
