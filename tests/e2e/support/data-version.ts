import { readFileSync } from 'node:fs';

/**
 * The data version of the geodata under test (`geodata/version.json`), read when the specs load, so
 * that a data release changes no spec. Links in the specs carry it as `dv=`.
 */
export const DATA_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../geodata/version.json', import.meta.url), 'utf8')) as {
    dataVersion: string;
  }
).dataVersion;
