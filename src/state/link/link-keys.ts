import { readAssumptionOverride } from '../../domain/read-assumption-override';
import { isScenarioFlag, SCENARIO_FLAGS } from '../../domain/routing/scenarios';
import { readScenarioDate } from '../../domain/timeline/scenario-date';
import { MAXIMUM_LATITUDE, MAXIMUM_PITCH, MAXIMUM_ZOOM, MINIMUM_ZOOM } from '../../domain/view-limits';
import {
  CARGO_KINDS,
  CRITERIA,
  FORCIBLE_BRANCHES,
  LANGUAGES,
  MONTH_RANGE,
  SCENARIO_YEAR_RANGE,
} from '../../domain/vocabulary/vocabulary';
import { type LinkReader, MAXIMUM_ID_LENGTH, readNumber } from './link-reader';
import { type Camera, LINK_FORMAT_VERSION, type LinkState, PANEL_TABS } from './link-state';

const ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const DATA_VERSION_PATTERN = /^\d{4}\.\d{2}\.\d{1,4}$/;

/** How `layers=` writes a list that is empty on purpose (every overlay hidden; contracts §7). */
const EMPTY_LAYER_LIST = 'none';

/** The list fields a link longer than the limit may have cut. */
type CuttableField = 'route' | 'avoidCountries' | 'comparedSegments' | 'layers' | 'assumptions';

/** What a key's writer is given besides the state. */
interface FormatContext {
  /** The data version every link carries as `dv`. */
  dataVersion: string;
}

/**
 * One key of the link format: how its value is read (into the reader's state, with notices) and
 * written, whether changing it is a history step, and whether it is a list an over-long link
 * may cut. `LINK_KEYS` lists them in the order links write them (contracts §4 and §7).
 */
export interface LinkKeyCodec {
  /** The key as written in links. */
  readonly key: string;
  /** Reads a value; what it cannot use becomes a notice. */
  read(value: string, reader: LinkReader): void;
  /** The value to write, or `undefined` when the key is absent from the link. */
  write(state: LinkState, context: FormatContext): string | undefined;
  /** Changing the value pushes a history entry (contracts §4); otherwise it replaces it. */
  readonly historyStep: boolean;
  /**
   * A list an over-long link may cut: the state field, the fewest items it keeps, and its rank
   * among lists of equal length (lower is cut first).
   */
  readonly cut?: { readonly field: CuttableField; readonly minimum: number; readonly rank: number };
}

/**
 * Reads a key whose value is one of a closed list (`by`, `cargo`, `lang`, `branch`, `tab`): a value
 * on the list is given to `assign`; any other is ignored with a notice naming the list.
 */
function readOneOf<const Value extends string>(
  key: string,
  values: readonly Value[],
  assign: (state: LinkState, value: Value) => void,
): LinkKeyCodec['read'] {
  return (value, reader) => {
    const found = values.find((item) => item === value);
    if (found) assign(reader.state, found);
    else reader.note(key, value, 'not-one-of', { allowed: values.join(', ') });
  };
}

/** Rounds to a number of decimals and writes it without trailing zeros or a negative zero. */
function formatDecimal(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

/** Wraps a longitude into [-180, 180). */
function wrapLongitude(longitude: number): number {
  if (longitude >= -180 && longitude < 180) return longitude;
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  return Object.is(wrapped, -0) ? 0 : wrapped;
}

/** `ZOOM/LAT/LNG[/BEARING/PITCH]`: zoom 2 decimals, lat/lng 4, bearing and pitch integers. */
function formatCamera(camera: Camera): string {
  const parts = [formatDecimal(camera.zoom, 2), formatDecimal(camera.latitude, 4), formatDecimal(camera.longitude, 4)];
  const bearing = formatDecimal(camera.bearing, 0);
  const pitch = formatDecimal(camera.pitch, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing, pitch);
  return parts.join('/');
}

function readCamera(value: string, reader: LinkReader): void {
  const parts = value.split('/');
  const numbers = parts.map(readNumber);
  if ((parts.length !== 3 && parts.length !== 5) || numbers.some((number) => number === undefined)) {
    reader.note('map', value, 'bad-camera');
    return;
  }
  const [zoom = 0, latitude = 0, longitude = 0, bearing = 0, pitch = 0] = numbers as number[];
  const wrappedLongitude = wrapLongitude(longitude);
  if (wrappedLongitude !== longitude && Math.abs(longitude) > 180) {
    reader.note('map', String(longitude), 'longitude-wrapped', { longitude: wrappedLongitude });
  }
  reader.state.camera = {
    zoom: reader.clamped('map', 'zoom', zoom, MINIMUM_ZOOM, MAXIMUM_ZOOM),
    latitude: reader.clamped('map', 'latitude', latitude, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE),
    longitude: wrappedLongitude,
    bearing: wrapLongitude(bearing),
    pitch: reader.clamped('map', 'pitch', pitch, 0, MAXIMUM_PITCH),
  };
}

function readBoundingBox(value: string, reader: LinkReader): void {
  const numbers = value.split(',').map(readNumber);
  if (numbers.length !== 4 || numbers.some((number) => number === undefined)) {
    reader.note('bbox', value, 'bad-box');
    return;
  }
  const [west = 0, south = 0, east = 0, north = 0] = numbers as number[];
  const clampedSouth = reader.clamped('bbox', 'south', south, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE);
  const clampedNorth = reader.clamped('bbox', 'north', north, -MAXIMUM_LATITUDE, MAXIMUM_LATITUDE);
  const clampedWest = reader.clamped('bbox', 'west', west, -180, 180);
  const clampedEast = reader.clamped('bbox', 'east', east, -180, 180);
  if (clampedSouth >= clampedNorth || clampedWest === clampedEast) {
    reader.note('bbox', value, 'empty-box');
    return;
  }
  reader.state.boundingBox = { west: clampedWest, south: clampedSouth, east: clampedEast, north: clampedNorth };
}

const MAXIMUM_ASSUMPTIONS = 100;

function readAssumptions(value: string, reader: LinkReader): void {
  const entries = new Map<string, number>();
  for (const item of value.split(',')) {
    if (item === '') continue;
    // The same reading as the CLI's --asm: one key, one plain decimal number, in range.
    const reading = readAssumptionOverride(item);
    if (reading.kind === 'refused') reader.note('asm', item, 'bad-assumption', { detail: reading.reason });
    else entries.set(reading.key, reading.value);
  }
  let sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length > MAXIMUM_ASSUMPTIONS) {
    reader.note('asm', `${sorted.length} items`, 'too-many-items', {
      limit: MAXIMUM_ASSUMPTIONS,
      count: sorted.length,
    });
    sorted = sorted.slice(0, MAXIMUM_ASSUMPTIONS);
  }
  if (sorted.length) reader.state.assumptions = sorted;
}

const validId = (id: string) => (ID_PATTERN.test(id) ? id : undefined);

function readWholeNumber(key: 'year' | 'month', value: string, reader: LinkReader): number | undefined {
  const number = readNumber(value);
  if (number === undefined || !Number.isInteger(number)) {
    reader.note(key, value, 'not-whole-number');
    return undefined;
  }
  return number;
}

/** The keys of the link format, in the order links write them (contracts §4 and §7). */
export const LINK_KEYS: readonly LinkKeyCodec[] = [
  {
    key: 'v',
    historyStep: false,
    read: (value, reader) => {
      if (value !== String(LINK_FORMAT_VERSION)) {
        reader.note('v', value, 'unsupported-version', { version: LINK_FORMAT_VERSION });
      }
    },
    write: () => String(LINK_FORMAT_VERSION),
  },
  {
    key: 'map',
    historyStep: false,
    read: readCamera,
    write: (state) => (state.camera ? formatCamera(state.camera) : undefined),
  },
  {
    key: 'bbox',
    historyStep: false,
    read: readBoundingBox,
    write: ({ camera, boundingBox: box }) =>
      camera || !box ? undefined : [box.west, box.south, box.east, box.north].map((n) => formatDecimal(n, 4)).join(','),
  },
  {
    key: 'route',
    historyStep: true,
    cut: { field: 'route', minimum: 2, rank: 4 },
    read: (value, reader) => {
      const route = reader.list('route', value, {
        separator: '~',
        normalise: validId,
        what: 'place',
        limit: 12,
        repeats: 'consecutive',
      });
      if (route.length >= 2) reader.state.route = route;
      else reader.note('route', value, 'route-too-short');
    },
    write: (state) => (state.route?.length ? state.route.join('~') : undefined),
  },
  {
    key: 'by',
    historyStep: true,
    read: readOneOf('by', CRITERIA, (state, criterion) => {
      state.criterion = criterion;
    }),
    write: (state) => state.criterion,
  },
  {
    key: 'cargo',
    historyStep: true,
    read: readOneOf('cargo', CARGO_KINDS, (state, cargo) => {
      state.cargo = cargo;
    }),
    write: (state) => state.cargo,
  },
  {
    key: 'scn',
    historyStep: true,
    read: (value, reader) => {
      const flags = reader.list('scn', value, {
        separator: ',',
        normalise: (flag) => (isScenarioFlag(flag) ? flag : undefined),
        what: 'scenario',
        limit: SCENARIO_FLAGS.length,
      });
      const ordered = SCENARIO_FLAGS.filter((flag) => flags.includes(flag));
      if (ordered.length) reader.state.scenarios = ordered;
    },
    write: (state) => (state.scenarios?.length ? state.scenarios.join(',') : undefined),
  },
  {
    key: 'date',
    historyStep: true,
    read: (value, reader) => {
      const reading = readScenarioDate(value);
      if (reading.kind === 'refused') reader.note('date', value, 'bad-date', { detail: reading.reason });
      else reader.state.date = reading.date;
    },
    write: (state) => state.date,
  },
  {
    key: 'year',
    historyStep: true,
    read: (value, reader) => {
      const year = readWholeNumber('year', value, reader);
      if (year === undefined) return;
      const { minimum, maximum } = SCENARIO_YEAR_RANGE;
      reader.state.year = reader.clamped('year', 'year', year, minimum, maximum);
    },
    write: (state) => (state.year === undefined ? undefined : String(state.year)),
  },
  {
    key: 'month',
    historyStep: true,
    read: (value, reader) => {
      const month = readWholeNumber('month', value, reader);
      if (month === undefined) return;
      reader.state.month = reader.clamped('month', 'month', month, MONTH_RANGE.minimum, MONTH_RANGE.maximum);
    },
    write: (state) => (state.month === undefined ? undefined : String(state.month)),
  },
  {
    key: 'avoid',
    historyStep: true,
    cut: { field: 'avoidCountries', minimum: 0, rank: 3 },
    read: (value, reader) => {
      const countries = reader.list('avoid', value, {
        separator: ',',
        normalise: (code) => (COUNTRY_PATTERN.test(code.toUpperCase()) ? code.toUpperCase() : undefined),
        what: 'country',
        limit: 30,
      });
      if (countries.length) reader.state.avoidCountries = countries.sort();
    },
    write: (state) => (state.avoidCountries?.length ? state.avoidCountries.join(',') : undefined),
  },
  {
    key: 'cmp',
    historyStep: true,
    cut: { field: 'comparedSegments', minimum: 0, rank: 0 },
    read: (value, reader) => {
      const ids = reader.list('cmp', value, { separator: ',', normalise: validId, what: 'id', limit: 100 });
      if (ids.length) reader.state.comparedSegments = ids;
    },
    write: (state) => (state.comparedSegments?.length ? state.comparedSegments.join(',') : undefined),
  },
  {
    key: 'layers',
    historyStep: true,
    cut: { field: 'layers', minimum: 0, rank: 1 },
    read: (value, reader) => {
      if (value === EMPTY_LAYER_LIST) {
        reader.state.layers = [];
        return;
      }
      const ids = reader.list('layers', value, { separator: ',', normalise: validId, what: 'id', limit: 50 });
      if (ids.length) reader.state.layers = ids;
    },
    write: (state) => {
      if (!state.layers) return undefined;
      return state.layers.length ? state.layers.join(',') : EMPTY_LAYER_LIST;
    },
  },
  {
    key: 'sel',
    historyStep: true,
    read: (value, reader) => {
      if (value.length <= MAXIMUM_ID_LENGTH && ID_PATTERN.test(value)) reader.state.selection = value;
      else reader.note('sel', value, 'not-an-id');
    },
    write: (state) => state.selection || undefined,
  },
  {
    key: 'asm',
    historyStep: false,
    cut: { field: 'assumptions', minimum: 0, rank: 2 },
    read: readAssumptions,
    write: (state) =>
      state.assumptions?.length
        ? state.assumptions.map(([key, value]) => `${key}:${formatDecimal(value, 6)}`).join(',')
        : undefined,
  },
  {
    key: 'dv',
    historyStep: false,
    read: (value, reader) => {
      if (DATA_VERSION_PATTERN.test(value)) reader.state.dataVersion = value;
      else reader.note('dv', value, 'bad-data-version');
    },
    write: (_state, { dataVersion }) => dataVersion,
  },
  {
    key: 'lang',
    historyStep: true,
    read: readOneOf('lang', LANGUAGES, (state, language) => {
      state.language = language;
    }),
    write: (state) => state.language,
  },
  {
    key: 'embed',
    historyStep: true,
    read: (value, reader) => {
      if (value === '1') reader.state.embed = true;
      else if (value !== '0') reader.note('embed', value, 'embed-value');
    },
    write: (state) => (state.embed ? '1' : undefined),
  },
  {
    // Additive (issue 14), like `tab`: after the contract's keys, in the order the keys were added.
    key: 'branch',
    historyStep: true,
    read: readOneOf('branch', FORCIBLE_BRANCHES, (state, branch) => {
      state.branch = branch;
    }),
    write: (state) => state.branch,
  },
  {
    // Additive (issue 14): written after every key of the contract's order, so that no link made
    // before it changes its canonical form. Switching tabs replaces the history entry.
    key: 'tab',
    historyStep: false,
    read: readOneOf('tab', PANEL_TABS, (state, tab) => {
      state.tab = tab;
    }),
    write: (state) => state.tab,
  },
];

/** The codec of a key, if the format has it. */
export function linkKeyCodec(key: string): LinkKeyCodec | undefined {
  return LINK_KEYS.find((codec) => codec.key === key);
}
