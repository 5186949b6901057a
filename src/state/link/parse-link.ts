import { SCENARIO_FLAGS } from '../../domain/routing/scenarios';
import { MAXIMUM_LATITUDE, MAXIMUM_PITCH, MAXIMUM_ZOOM, MINIMUM_ZOOM } from '../../domain/view-limits';
import { CARGO_KINDS, CRITERIA, MONTH_RANGE, SCENARIO_YEAR_RANGE } from '../../domain/vocabulary/vocabulary';
import { formatLink } from './format-link';
import { type Camera, LINK_FORMAT_VERSION, type LinkNotice, type LinkState } from './link-state';

/** Links longer than this have their lists cut (contracts §4). */
export const MAXIMUM_LINK_LENGTH = 4000;
/** Input beyond this many characters is not read at all (a guard against pathological input). */
const MAXIMUM_INPUT_LENGTH = 100_000;
/** Longest id accepted in any list; real ids are far shorter. */
const MAXIMUM_ID_LENGTH = 80;
/** Per-list item caps; a link over them keeps the first items. */
const LIST_LIMITS = {
  route: 12,
  avoid: 30,
  cmp: 100,
  layers: 50,
  asm: 100,
} as const;

const ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const ASSUMPTION_KEY_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const DATA_VERSION_PATTERN = /^\d{4}\.\d{2}\.\d{1,4}$/;
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The result of reading a link: the state it asks for and what was ignored or changed. */
export interface ParsedLink {
  state: LinkState;
  notices: LinkNotice[];
}

/** Makes any text safe and short enough to show in a notice (as text, never as markup). */
function describeForNotice(text: string): string {
  let visible = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    visible += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : character;
  }
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
}

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function readNumber(text: string): number | undefined {
  if (!NUMBER_PATTERN.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, value));
}

/** Wraps a longitude into [-180, 180). */
function wrapLongitude(longitude: number): number {
  if (longitude >= -180 && longitude < 180) return longitude;
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  return Object.is(wrapped, -0) ? 0 : wrapped;
}

class LinkReader {
  readonly state: LinkState = {};
  readonly notices: LinkNotice[] = [];

  note(key: string, value: string, reason: string): void {
    this.notices.push({ key: describeForNotice(key), value: describeForNotice(value), reason });
  }

  /** Clamps a number into a range, noting the change. */
  clamped(key: string, label: string, value: number, minimum: number, maximum: number): number {
    const result = clamp(value, minimum, maximum);
    if (result !== value) {
      this.note(key, String(value), `${label} out of range; clamped to ${result}`);
    }
    return result;
  }

  /** Splits a list, drops invalid and repeated items (with a notice), and caps its length. */
  list(
    key: keyof typeof LIST_LIMITS | 'scn',
    value: string,
    separator: string,
    normalise: (item: string) => string | undefined,
    what: string,
  ): string[] {
    const items: string[] = [];
    for (const raw of value.split(separator)) {
      if (raw === '') continue;
      const item = raw.length <= MAXIMUM_ID_LENGTH ? normalise(raw) : undefined;
      if (item === undefined) this.note(key, raw, `not a valid ${what}; ignored`);
      else if (!items.includes(item)) items.push(item);
    }
    const limit = key === 'scn' ? SCENARIO_FLAGS.length : LIST_LIMITS[key];
    if (items.length > limit) {
      this.note(key, `${items.length} items`, `more than ${limit}; kept the first ${limit}`);
      items.length = limit;
    }
    return items;
  }

  readKey(key: string, value: string): void {
    const state = this.state;
    switch (key) {
      case 'v': {
        if (value !== String(LINK_FORMAT_VERSION)) {
          this.note('v', value, `unsupported link version; read as version ${LINK_FORMAT_VERSION}`);
        }
        return;
      }
      case 'map': {
        const camera = this.readCamera(value);
        if (camera) state.camera = camera;
        return;
      }
      case 'bbox':
        this.readBoundingBox(value);
        return;
      case 'route': {
        const route = this.list('route', value, '~', (id) => (ID_PATTERN.test(id) ? id : undefined), 'place id');
        if (route.length >= 2) state.route = route;
        else this.note('route', value, 'a route needs at least an origin and a destination; ignored');
        return;
      }
      case 'by':
        if ((CRITERIA as readonly string[]).includes(value)) state.criterion = value as LinkState['criterion'];
        else this.note('by', value, `not one of ${CRITERIA.join(', ')}; ignored`);
        return;
      case 'cargo':
        if ((CARGO_KINDS as readonly string[]).includes(value)) state.cargo = value as LinkState['cargo'];
        else this.note('cargo', value, `not one of ${CARGO_KINDS.join(', ')}; ignored`);
        return;
      case 'scn': {
        const flags = this.list(
          'scn',
          value,
          ',',
          (flag) => ((SCENARIO_FLAGS as readonly string[]).includes(flag) ? flag : undefined),
          'scenario',
        );
        const ordered = SCENARIO_FLAGS.filter((flag) => flags.includes(flag));
        if (ordered.length) state.scenarios = ordered;
        return;
      }
      case 'year':
      case 'month': {
        const number = readNumber(value);
        if (number === undefined || !Number.isInteger(number)) {
          this.note(key, value, 'not a whole number; ignored');
          return;
        }
        if (key === 'year') {
          state.year = this.clamped('year', 'year', number, SCENARIO_YEAR_RANGE.minimum, SCENARIO_YEAR_RANGE.maximum);
        } else state.month = this.clamped('month', 'month', number, MONTH_RANGE.minimum, MONTH_RANGE.maximum);
        return;
      }
      case 'avoid': {
        const countries = this.list(
          'avoid',
          value,
          ',',
          (code) => (COUNTRY_PATTERN.test(code.toUpperCase()) ? code.toUpperCase() : undefined),
          'ISO 3166-1 alpha-2 country code',
        );
        if (countries.length) state.avoidCountries = countries.sort();
        return;
      }
      case 'cmp':
      case 'layers': {
        const ids = this.list(key, value, ',', (id) => (ID_PATTERN.test(id) ? id : undefined), 'id');
        if (ids.length === 0) return;
        if (key === 'cmp') state.comparedSegments = ids;
        else state.layers = ids;
        return;
      }
      case 'sel':
        if (value.length <= MAXIMUM_ID_LENGTH && ID_PATTERN.test(value)) state.selection = value;
        else this.note('sel', value, 'not a valid id; ignored');
        return;
      case 'asm':
        this.readAssumptions(value);
        return;
      case 'dv':
        if (DATA_VERSION_PATTERN.test(value)) state.dataVersion = value;
        else this.note('dv', value, 'not a data version (YYYY.MM.N); ignored');
        return;
      case 'embed':
        if (value === '1') state.embed = true;
        else if (value !== '0') this.note('embed', value, 'only embed=1 is understood; ignored');
        return;
      default:
        this.note(key, value, 'unknown key; ignored');
    }
  }

  readCamera(value: string): Camera | undefined {
    const parts = value.split('/');
    const numbers = parts.map(readNumber);
    if ((parts.length !== 3 && parts.length !== 5) || numbers.some((number) => number === undefined)) {
      this.note('map', value, 'expected ZOOM/LAT/LNG or ZOOM/LAT/LNG/BEARING/PITCH with numbers; ignored');
      return undefined;
    }
    const [zoom = 0, latitude = 0, longitude = 0, bearing = 0, pitch = 0] = numbers as number[];
    const wrappedLongitude = wrapLongitude(longitude);
    if (wrappedLongitude !== longitude && Math.abs(longitude) > 180) {
      this.note('map', String(longitude), `longitude wrapped to ${wrappedLongitude}`);
    }
    return {
      zoom: this.clamped('map', 'zoom', zoom, MINIMUM_ZOOM, MAXIMUM_ZOOM),
      latitude: this.clamped('map', 'latitude', latitude, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE),
      longitude: wrappedLongitude,
      bearing: wrapLongitude(bearing),
      pitch: this.clamped('map', 'pitch', pitch, 0, MAXIMUM_PITCH),
    };
  }

  readBoundingBox(value: string): void {
    const numbers = value.split(',').map(readNumber);
    if (numbers.length !== 4 || numbers.some((number) => number === undefined)) {
      this.note('bbox', value, 'expected four numbers W,S,E,N; ignored');
      return;
    }
    const [west = 0, south = 0, east = 0, north = 0] = numbers as number[];
    const clampedSouth = this.clamped('bbox', 'south', south, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE);
    const clampedNorth = this.clamped('bbox', 'north', north, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE);
    const clampedWest = this.clamped('bbox', 'west', west, -180, 180);
    const clampedEast = this.clamped('bbox', 'east', east, -180, 180);
    if (clampedSouth >= clampedNorth || clampedWest === clampedEast) {
      this.note('bbox', value, 'empty box (south must be below north, west differ from east); ignored');
      return;
    }
    this.state.boundingBox = { west: clampedWest, south: clampedSouth, east: clampedEast, north: clampedNorth };
  }

  readAssumptions(value: string): void {
    const entries = new Map<string, number>();
    for (const item of value.split(',')) {
      if (item === '') continue;
      const separator = item.lastIndexOf(':');
      const key = item.slice(0, separator);
      const number = separator > 0 ? readNumber(item.slice(separator + 1)) : undefined;
      if (
        separator <= 0 ||
        key.length > MAXIMUM_ID_LENGTH ||
        !ASSUMPTION_KEY_PATTERN.test(key) ||
        number === undefined
      ) {
        this.note('asm', item, 'expected KEY:NUMBER; ignored');
        continue;
      }
      entries.set(key, number);
    }
    let sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length > LIST_LIMITS.asm) {
      this.note('asm', `${sorted.length} items`, `more than ${LIST_LIMITS.asm}; kept the first ${LIST_LIMITS.asm}`);
      sorted = sorted.slice(0, LIST_LIMITS.asm);
    }
    if (sorted.length) this.state.assumptions = sorted;
  }
}

/** The lists that may be cut to bring an over-long link under the limit, longest first. */
const CUTTABLE_LISTS = ['comparedSegments', 'layers', 'assumptions', 'avoidCountries', 'route'] as const;

function cutToLength(reader: LinkReader): void {
  const state = reader.state;
  const before = formatLink(state, '0000.00.0').length;
  if (before <= MAXIMUM_LINK_LENGTH) return;
  const originalCounts = new Map(CUTTABLE_LISTS.map((name) => [name, state[name]?.length ?? 0]));
  while (formatLink(state, '0000.00.0').length > MAXIMUM_LINK_LENGTH) {
    const longest = CUTTABLE_LISTS.filter((name) => (state[name]?.length ?? 0) > (name === 'route' ? 2 : 0)).sort(
      (a, b) => (state[b]?.length ?? 0) - (state[a]?.length ?? 0),
    )[0];
    if (!longest) break;
    state[longest]?.pop();
    if (state[longest]?.length === 0) delete state[longest];
  }
  for (const [name, count] of originalCounts) {
    const now = state[name]?.length ?? 0;
    if (now < count) {
      reader.note(name, `${count} items`, `link longer than ${MAXIMUM_LINK_LENGTH} characters; cut to ${now}`);
    }
  }
}

/**
 * Reads a link hash leniently (contracts §4): any order, the last of repeated keys wins, unknown
 * keys, unknown values and malformed percent-encoding are dropped with a notice, numbers are
 * clamped. Never throws. Ids are only checked for syntax here; see `validateLinkIds`.
 *
 * @param hash - `location.hash`, with or without the leading `#`
 */
export function parseLink(hash: string): ParsedLink {
  const reader = new LinkReader();
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAXIMUM_INPUT_LENGTH) {
    reader.note('link', `${text.length} characters`, `only the first ${MAXIMUM_INPUT_LENGTH} characters were read`);
    text = text.slice(0, MAXIMUM_INPUT_LENGTH);
  }
  const values = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const rawKey = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    const key = safeDecode(rawKey);
    const value = safeDecode(rawValue);
    if (key === undefined || value === undefined) {
      reader.note(key ?? rawKey, rawValue, 'malformed percent-encoding; ignored');
      continue;
    }
    values.delete(key);
    values.set(key, value);
  }
  for (const [key, value] of values) reader.readKey(key, value);
  if (reader.state.camera && reader.state.boundingBox) delete reader.state.boundingBox;
  cutToLength(reader);
  return { state: reader.state, notices: reader.notices };
}
