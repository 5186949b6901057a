/**
 * Figures printed to the precision their range supports (issue 13 §3): a central 28.5 days with a
 * range of 14–49 is "about 29 (14–49)". The step a figure is rounded to is a power of ten about a
 * tenth of its range's width (never finer than `finest`), so the digits shown are ones the
 * assumptions can tell apart. JSON and CSV exports keep the full numbers; this is for reading.
 */

/** A figure and its low–high range, rounded to one step. */
export interface RoundedFigure {
  central: number;
  low: number;
  high: number;
  /** The step the three values were rounded to (1, 10, 0.1…). */
  step: number;
  /** Decimals to print: 0 for a step of 1 or more. */
  decimals: number;
  /** True when the step is coarser than `finest`: the figure is approximate, say "about". */
  approximate: boolean;
}

function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  // Remove binary noise (0.30000000000000004) and negative zero.
  const cleaned = Number(rounded.toPrecision(12));
  return cleaned === 0 ? 0 : cleaned;
}

/**
 * Rounds `central`, `low` and `high` to the power of ten just below a tenth of the range's width,
 * or to `finest` (a power of ten: 1, 0.1…) when the range is narrower or empty.
 */
export function roundToRange(central: number, low: number, high: number, finest = 1): RoundedFigure {
  const width = Math.abs(high - low);
  const coarse = width > 0 && Number.isFinite(width) ? 10 ** (Math.floor(Math.log10(width)) - 1) : 0;
  const step = Math.max(coarse, finest);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return {
    central: roundTo(central, step),
    low: roundTo(low, step),
    high: roundTo(high, step),
    step,
    decimals,
    approximate: step > finest,
  };
}

/** "about 29 (14–49)", "2.9 (1.8–4.5)": a figure with its range, to the precision the range supports. */
export function formatWithRange(central: number, low: number, high: number, finest = 1, locale = 'en-GB'): string {
  const rounded = roundToRange(central, low, high, finest);
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: rounded.decimals,
    maximumFractionDigits: rounded.decimals,
  });
  const figure = `${format.format(rounded.central)} (${format.format(rounded.low)}–${format.format(rounded.high)})`;
  return rounded.approximate ? `about ${figure}` : figure;
}

/** One figure alone, rounded as `formatWithRange` rounds it (for table cells whose range is shown elsewhere). */
export function formatCentral(central: number, low: number, high: number, finest = 1, locale = 'en-GB'): string {
  const rounded = roundToRange(central, low, high, finest);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: rounded.decimals,
    maximumFractionDigits: rounded.decimals,
  }).format(rounded.central);
}
