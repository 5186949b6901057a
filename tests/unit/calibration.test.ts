import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrationTable, withCalibration } from '../../scripts/calibrate';

describe('the calibration table in docs/routing.md', () => {
  const document = readFileSync(new URL('../../docs/routing.md', import.meta.url), 'utf8');
  const table = calibrationTable();

  // The formatter pads Markdown tables; cells are compared without the padding.
  const unpadded = (text: string) =>
    text
      .split('\n')
      .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
      .join('\n');

  it('is the table the model and the observations give now (regenerate: npm run -s calibrate -- --write)', () => {
    expect(unpadded(withCalibration(document, table))).toBe(unpadded(document));
  });

  it('compares the eastern block trains with the model in transit, without the wait for departure', () => {
    const aprin = table.split('\n').find((line) => line.includes('`aprin-block-train-2025`'));
    expect(aprin).toBeDefined();
    const cells = (aprin ?? '').split('|').map((cell) => cell.trim());
    const [wait, transit] = [Number(cells[6]), Number(cells[7])];
    expect(wait).toBeGreaterThan(0);
    // The observed 12–13 days: the model in transit is within a quarter of them.
    expect(Math.abs(transit - 12.5) / 12.5).toBeLessThan(0.25);
  });
});
