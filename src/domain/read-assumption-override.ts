import type { AssumptionRange } from './routing/routing-input';

/**
 * What a link can write of an assumption override (`asm=KEY:VALUE` in links, `--asm` in the CLI),
 * whatever the assumption: at most a million either way (a thousand times the largest value in the
 * data, so every total stays a finite number), with at most 6 decimals (a value a link would round
 * to another, to 0 or to `Infinity` could not be read back). The range of each assumption, within
 * these bounds, is the data's (`range` in `geodata/assumptions.json`, checked by its validator).
 */
export const ASSUMPTION_OVERRIDE_RANGE = { minimum: -1_000_000, maximum: 1_000_000, decimals: 6 } as const;

/** The range and unit of each assumption the data knows, by key (`teuTonnes` included). */
export type AssumptionRanges = ReadonlyMap<string, { readonly range: AssumptionRange; readonly unit: string }>;

/** Assumption keys: dot- or hyphen-separated lower-case words (as in `geodata/assumptions.json`). */
const ASSUMPTION_KEY = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** The one key outside that pattern: the central tonnes per TEU (the router's `TEU_TONNES_KEY`). */
const TEU_TONNES_KEY = 'teuTonnes';
/** Longest key accepted; real keys are far shorter. */
const MAXIMUM_KEY_LENGTH = 80;
/** A plain decimal number: no hexadecimal, no `Infinity`, no separators. */
const DECIMAL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** An override read from `KEY:VALUE`, or why it was refused. */
export type AssumptionOverrideReading =
  | { kind: 'override'; key: string; value: number }
  | { kind: 'refused'; reason: string };

/** Whether a value lies in an assumption's range. */
export function inAssumptionRange(value: number, range: AssumptionRange): boolean {
  return (range.minExclusive ? value > range.min : value >= range.min) && value <= range.max;
}

/** A value with its unit: `120 km/h`, `720 hours`, `30 t per TEU`. */
function withUnit(value: number, unit: string | undefined): string {
  return unit ? `${value} ${unit}` : String(value);
}

/** `speed.rail.electric must be more than 0 and at most 120 km/h`: what the range asks, in words. */
export function describeAssumptionRange(key: string, range: AssumptionRange, unit?: string): string {
  const lower = range.minExclusive ? `more than ${range.min}` : `at least ${range.min}`;
  return `${key} must be ${lower} and at most ${withUnit(range.max, unit)}`;
}

/**
 * Why the data refuses `value` for `key` (outside the assumption's range, e.g. `speed.rail.electric
 * must be more than 0 and at most 120 km/h; got 0`), or `undefined` when it accepts it. A key the
 * data does not know is not refused here: the router reports it with the route.
 */
export function checkAssumptionOverride(key: string, value: number, ranges: AssumptionRanges): string | undefined {
  const known = ranges.get(key);
  if (!known || inAssumptionRange(value, known.range)) return undefined;
  return `${describeAssumptionRange(key, known.range, known.unit)}; got ${value}`;
}

/**
 * Reads one `KEY:VALUE` assumption override, as links and the CLI take them. Refuses, with the
 * reason, anything but one key and one plain decimal number (`KEY:1:2`, `__proto__:1`, `0x10`), a
 * value a link could not write back (`ASSUMPTION_OVERRIDE_RANGE`), and, given the data's `ranges`, a
 * value outside the range of the assumption it names. Without `ranges` (a link read before the data
 * is in) the range is checked once the data is, as the link's ids are.
 */
export function readAssumptionOverride(item: string, ranges?: AssumptionRanges): AssumptionOverrideReading {
  const parts = item.split(':');
  const [key = '', text = ''] = parts;
  const keyIsValid = key === TEU_TONNES_KEY || (key.length <= MAXIMUM_KEY_LENGTH && ASSUMPTION_KEY.test(key));
  if (parts.length !== 2 || !keyIsValid || !DECIMAL_NUMBER.test(text)) {
    return { kind: 'refused', reason: 'expected KEY:NUMBER' };
  }
  const number = Number(text);
  const value = Object.is(number, -0) ? 0 : number;
  const refusal = ranges ? checkAssumptionOverride(key, value, ranges) : undefined;
  if (refusal) return { kind: 'refused', reason: refusal };
  const { minimum, maximum, decimals } = ASSUMPTION_OVERRIDE_RANGE;
  if (!(value >= minimum && value <= maximum)) {
    return { kind: 'refused', reason: `out of range: a link writes assumption values from ${minimum} to ${maximum}` };
  }
  const factor = 10 ** decimals;
  if (Math.round(value * factor) / factor !== value) {
    return { kind: 'refused', reason: `more than ${decimals} decimals: a link could not write it back` };
  }
  return { kind: 'override', key, value };
}
