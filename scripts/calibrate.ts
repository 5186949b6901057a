import { readFileSync, writeFileSync } from 'node:fs';
import { readRouting } from '../src/data/read-geodata-node';
import { calibrate, calibrationMarkdown } from '../src/domain/routing/calibration';

/**
 * Prints the calibration table (the model beside every observation it can be compared with), or
 * with `--write` puts it into docs/routing.md between its markers.
 */
const START = '<!-- calibration:start -->';
const END = '<!-- calibration:end -->';

export function calibrationTable(): string {
  const { routing } = readRouting({ currentYear: 2026 });
  if (!routing.router) throw new Error('the routing data is unusable: run npm run check:geodata');
  return calibrationMarkdown(calibrate(routing.router, routing.observations), routing.dataVersion);
}

/** The docs file with its calibration section replaced by `table`. */
export function withCalibration(document: string, table: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/routing.md has no ${START} … ${END} section`);
  return `${document.slice(0, start + START.length)}\n${table}\n${document.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = calibrationTable();
  if (process.argv.includes('--write')) {
    const path = new URL('../docs/routing.md', import.meta.url);
    writeFileSync(path, withCalibration(readFileSync(path, 'utf8'), table));
  } else {
    process.stdout.write(`${table}\n`);
  }
}
