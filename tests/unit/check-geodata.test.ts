import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BREAKAGES, copyOfGeodata, projectDirectory } from './geodata-copy';

let copy: ReturnType<typeof copyOfGeodata> | undefined;

afterEach(() => {
  copy?.remove();
  copy = undefined;
});

/** Runs `npm run check:geodata` (tsx scripts/check-geodata.ts) on a project directory. */
function checkGeodata(directory: string) {
  const script = join(projectDirectory, 'scripts/check-geodata.ts');
  return spawnSync(process.execPath, ['--import', 'tsx', script, directory], {
    cwd: projectDirectory,
    encoding: 'utf8',
  });
}

describe('npm run check:geodata on malformed geodata (issue 11 #8)', () => {
  it.each(Object.keys(BREAKAGES))(
    'names a %s segments.geojson, still checks the other files, and exits 1 without a stack trace',
    (breakage) => {
      copy = copyOfGeodata();
      copy.rewrite('corridor/segments.geojson', BREAKAGES[breakage as keyof typeof BREAKAGES]);
      // A second, unrelated error: it is reported only if the check goes on after the bad file.
      copy.rewrite('energy/pipelines.geojson', (text) =>
        text.replace('"status": "operational"', '"status": "rumoured"'),
      );
      const done = checkGeodata(copy.directory);
      expect(done.stderr).toBe('');
      expect(done.status).toBe(1);
      expect(done.stdout).toMatch(
        /^error {2}geodata\/corridor\/segments\.geojson {2}\(file\) {2}json {2}geodata\/corridor\/segments\.geojson: not valid JSON \(line \d+, column \d+\)/m,
      );
      expect(done.stdout).toMatch(/^error {2}energy pipelines {2}\S+ {2}schema {2}properties\.status: /m);
      expect(done.stdout).toMatch(/errors \d+, warnings \d+ \(checked in/);
    },
    30_000,
  );

  it('accepts a byte order mark and exits 0 when there is no error', () => {
    copy = copyOfGeodata();
    copy.rewrite('corridor/nodes.geojson', (text) => `\uFEFF${text}`);
    const done = checkGeodata(copy.directory);
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(/, errors 0, /);
    expect(done.status).toBe(0);
  }, 30_000);
});
