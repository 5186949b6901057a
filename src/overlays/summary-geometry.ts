import type { Position } from 'geojson';
import { greatCircleKilometers } from '../domain/great-circle';

/** The first sentence of a note, at most `limit` characters (cut at a word, with an ellipsis). */
export function firstSentence(text: string | undefined, limit = 160): string | undefined {
  if (!text) return undefined;
  const sentence = /^(.+?[.!?])(\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
  if (sentence.length <= limit) return sentence;
  const cut = sentence.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[,;:]$/, '')}…`;
}

/** The point halfway along a line (by great-circle length), [lng, lat]. */
export function midpointOfLine(line: readonly Position[]): [number, number] {
  const first = line[0] ?? [0, 0];
  const steps = line.slice(1).map((point, index) => greatCircleKilometers(line[index] ?? first, point));
  let remaining = steps.reduce((sum, step) => sum + step, 0) / 2;
  for (const [index, step] of steps.entries()) {
    const a = line[index] ?? first;
    const b = line[index + 1] ?? a;
    if (remaining <= step && step > 0) {
      const t = remaining / step;
      return [(a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t, (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t];
    }
    remaining -= step;
  }
  return [first[0] ?? 0, first[1] ?? 0];
}

/** The box around some points, [west, south, east, north] (no antimeridian handling: the corridor is far from it). */
export function boundsOfPositions(points: readonly Position[]): [number, number, number, number] {
  const longitudes = points.map((point) => point[0] ?? 0);
  const latitudes = points.map((point) => point[1] ?? 0);
  return [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)];
}
