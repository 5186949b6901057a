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

/** The sizes of the image export: as on screen, A4 and A3 landscape at 150 and 300 dpi. */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'screen', label: 'As on screen' },
  { id: 'a4-150', label: 'A4 landscape, 150 dpi', paperMillimetres: { width: 297, height: 210 }, dotsPerInch: 150 },
  { id: 'a4-300', label: 'A4 landscape, 300 dpi', paperMillimetres: { width: 297, height: 210 }, dotsPerInch: 300 },
  { id: 'a3-150', label: 'A3 landscape, 150 dpi', paperMillimetres: { width: 420, height: 297 }, dotsPerInch: 150 },
  { id: 'a3-300', label: 'A3 landscape, 300 dpi', paperMillimetres: { width: 420, height: 297 }, dotsPerInch: 300 },
];

/**
 * The pixel size of an export: paper millimetres × dpi ÷ 25.4, rounded (A4 at 150 dpi is
 * 1754 × 1240 px; A3 at 300 dpi 4961 × 3508 px), or the screen size for "as on screen".
 */
export function exportPixels(
  size: ExportSize,
  screen: { width: number; height: number },
): { width: number; height: number } {
  if (!size.paperMillimetres || !size.dotsPerInch)
    return { width: Math.round(screen.width), height: Math.round(screen.height) };
  const scale = size.dotsPerInch / MILLIMETRES_PER_INCH;
  return {
    width: Math.round(size.paperMillimetres.width * scale),
    height: Math.round(size.paperMillimetres.height * scale),
  };
}
