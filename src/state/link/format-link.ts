import { type Camera, LINK_FORMAT_VERSION, type LinkState } from './link-state';

/** Characters written literally in a link value (contracts §4); anything else is percent-encoded. */
const LITERAL_CHARACTER = /[A-Za-z0-9.\-~,/:]/;

/**
 * Percent-encodes a link value, leaving ids, digits, `.`, `-` and the separators `~ , / :` as they
 * are. (`URLSearchParams` would encode `~ , /`, which the contract forbids.)
 */
function encodeLinkValue(value: string): string {
  let encoded = '';
  for (const character of value) {
    encoded += LITERAL_CHARACTER.test(character) ? character : encodeURIComponent(character);
  }
  return encoded;
}

/** Rounds to a number of decimals and writes it without trailing zeros or a negative zero. */
function formatDecimal(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

/** `ZOOM/LAT/LNG[/BEARING/PITCH]`: zoom 2 decimals, lat/lng 4, bearing and pitch integers. */
function formatCamera(camera: Camera): string {
  const parts = [formatDecimal(camera.zoom, 2), formatDecimal(camera.latitude, 4), formatDecimal(camera.longitude, 4)];
  const bearing = formatDecimal(camera.bearing, 0);
  const pitch = formatDecimal(camera.pitch, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing, pitch);
  return parts.join('/');
}

/**
 * Writes the link hash (without `#`) for a state, keys in the contract's order
 * `v map bbox route by cargo scn year month avoid cmp layers sel asm dv embed`.
 * `map` wins over `bbox`, so only one of them is written.
 *
 * @param dataVersion - the data version to write as `dv` (every link carries it)
 */
export function formatLink(state: LinkState, dataVersion: string): string {
  const pairs: Array<[string, string]> = [['v', String(LINK_FORMAT_VERSION)]];
  const { boundingBox: box } = state;
  if (state.camera) pairs.push(['map', formatCamera(state.camera)]);
  else if (box) {
    const values = [box.west, box.south, box.east, box.north];
    pairs.push(['bbox', values.map((value) => formatDecimal(value, 4)).join(',')]);
  }
  if (state.route?.length) pairs.push(['route', state.route.join('~')]);
  if (state.criterion) pairs.push(['by', state.criterion]);
  if (state.cargo) pairs.push(['cargo', state.cargo]);
  if (state.scenarios?.length) pairs.push(['scn', state.scenarios.join(',')]);
  if (state.year !== undefined) pairs.push(['year', String(state.year)]);
  if (state.month !== undefined) pairs.push(['month', String(state.month)]);
  if (state.avoidCountries?.length) pairs.push(['avoid', state.avoidCountries.join(',')]);
  if (state.comparedSegments?.length) pairs.push(['cmp', state.comparedSegments.join(',')]);
  if (state.layers?.length) pairs.push(['layers', state.layers.join(',')]);
  if (state.selection) pairs.push(['sel', state.selection]);
  if (state.assumptions?.length) {
    const written = state.assumptions.map(([key, value]) => `${key}:${formatDecimal(value, 6)}`);
    pairs.push(['asm', written.join(',')]);
  }
  pairs.push(['dv', dataVersion]);
  if (state.embed) pairs.push(['embed', '1']);
  return pairs.map(([key, value]) => `${key}=${encodeLinkValue(value)}`).join('&');
}
