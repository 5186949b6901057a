/**
 * The values an assumption override may take (`asm=KEY:VALUE` in links, `--asm` in the CLI): never
 * negative, at most a million (a thousand times the largest value in the data, so every total stays
 * a finite number), with at most 6 decimals (what a link writes: a value it would round to another,
 * to 0 or to `Infinity` could not be read back).
 */
export const ASSUMPTION_OVERRIDE_RANGE = { minimum: 0, maximum: 1_000_000, decimals: 6 } as const;

/** Assumption keys: dot- or hyphen-separated lower-case words (as in `geodata/assumptions.json`). */
const ASSUMPTION_KEY = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** The one key outside that pattern: the central tonnes per TEU (the router's `TEU_TONNES_KEY`). */
const TEU_TONNES_KEY = 'teuTonnes';
/**
 * Keys whose value divides a distance or an interval: a speed, a service interval, the tonnes per
 * TEU. Zero would make a leg take no time (or divide by zero), so they must be above 0.
 */
function mustBePositive(key: string): boolean {
  return key === TEU_TONNES_KEY || key.startsWith('speed.') || key.startsWith('frequency.');
}
/** Longest key accepted; real keys are far shorter. */
const MAXIMUM_KEY_LENGTH = 80;
/** A plain decimal number: no hexadecimal, no `Infinity`, no separators. */
const DECIMAL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** An override read from `KEY:VALUE`, or why it was refused. */
export type AssumptionOverrideReading =
  | { kind: 'override'; key: string; value: number }
  | { kind: 'refused'; reason: string };

/**
 * Reads one `KEY:VALUE` assumption override, as links and the CLI take them. Refuses, with the
 * reason, anything but one key and one plain decimal number (`KEY:1:2`, `__proto__:1`, `0x10`), and
 * a value outside `ASSUMPTION_OVERRIDE_RANGE`. Whether the key names an assumption is the router's
 * to say (unknown keys are reported with the route).
 */
export function readAssumptionOverride(item: string): AssumptionOverrideReading {
  const parts = item.split(':');
  const [key = '', text = ''] = parts;
  const keyIsValid = key === TEU_TONNES_KEY || (key.length <= MAXIMUM_KEY_LENGTH && ASSUMPTION_KEY.test(key));
  if (parts.length !== 2 || !keyIsValid || !DECIMAL_NUMBER.test(text)) {
    return { kind: 'refused', reason: 'expected KEY:NUMBER' };
  }
  const value = Number(text);
  const { minimum, maximum, decimals } = ASSUMPTION_OVERRIDE_RANGE;
  if (!(value >= minimum && value <= maximum)) {
    return { kind: 'refused', reason: `out of range: an assumption value is from ${minimum} to ${maximum}` };
  }
  if (value === 0 && mustBePositive(key)) {
    return { kind: 'refused', reason: 'out of range: a speed, an interval or tonnes per TEU must be above 0' };
  }
  const factor = 10 ** decimals;
  if (Math.round(value * factor) / factor !== value) {
    return { kind: 'refused', reason: `more than ${decimals} decimals: a link could not write it back` };
  }
  return { kind: 'override', key, value: Object.is(value, -0) ? 0 : value };
}
