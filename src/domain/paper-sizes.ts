/** Millimetres per inch. */
const MILLIMETRES_PER_INCH = 25.4;

/** An image size the export offers. */
export interface ExportSize {
  id: string;
  label: string;
  /** Paper size in millimetres (landscape), or undefined for "as on screen". */
  paperMillimetres?: { width: number; height: number };
  dotsPerInch?: number;
}

/** The sizes of the image export: as on screen, A4 and A3 at 150 and 300 dpi (landscape as listed). */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'screen', label: 'As on screen' },
  { id: 'a4-150', label: 'A4, 150 dpi', paperMillimetres: { width: 297, height: 210 }, dotsPerInch: 150 },
  { id: 'a4-300', label: 'A4, 300 dpi', paperMillimetres: { width: 297, height: 210 }, dotsPerInch: 300 },
  { id: 'a3-150', label: 'A3, 150 dpi', paperMillimetres: { width: 420, height: 297 }, dotsPerInch: 150 },
  { id: 'a3-300', label: 'A3, 300 dpi', paperMillimetres: { width: 420, height: 297 }, dotsPerInch: 300 },
];

/** How the paper is turned. */
export type Orientation = 'landscape' | 'portrait';

/** The paper in millimetres as turned (A4 portrait is 210 × 297 mm), or undefined for "as on screen". */
export function paperOf(size: ExportSize, orientation: Orientation): { width: number; height: number } | undefined {
  const paper = size.paperMillimetres;
  if (!paper) return undefined;
  return orientation === 'portrait' ? { width: paper.height, height: paper.width } : paper;
}

/**
 * The pixel size of an export: paper millimetres × dpi ÷ 25.4, rounded (A4 at 150 dpi is
 * 1754 × 1240 px landscape; A3 at 300 dpi 4961 × 3508 px), turned for portrait, or the screen size
 * for "as on screen" (which is never turned).
 */
export function exportPixels(
  size: ExportSize,
  screen: { width: number; height: number },
  orientation: Orientation = 'landscape',
): { width: number; height: number } {
  const paper = paperOf(size, orientation);
  if (!paper || !size.dotsPerInch) return { width: Math.round(screen.width), height: Math.round(screen.height) };
  const scale = size.dotsPerInch / MILLIMETRES_PER_INCH;
  return { width: Math.round(paper.width * scale), height: Math.round(paper.height * scale) };
}
