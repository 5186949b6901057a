/**
 * The exported figure's and the PDF's font: Noto Sans, with Vazirmatn for Persian and Noto Sans
 * Devanagari for Hindi, the faces the page loads (src/main.tsx) and the map's labels use.
 */
// i18n-exempt: CSS font families
export const FIGURE_FONT_FAMILIES = '"Noto Sans", "Vazirmatn", "Noto Sans Devanagari", sans-serif';

/**
 * Loads the faces the text needs (each covers a script and is fetched when text in it is first
 * drawn), so that a canvas measures and draws with them rather than a fallback. Without the font
 * loading API, or when a face fails, text is drawn with what the browser has.
 */
export async function loadFigureFonts(sample: string): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts?.load) return;
  await Promise.all(
    [400, 700].map((weight) => fonts.load(`${weight} 16px ${FIGURE_FONT_FAMILIES}`, sample).catch(() => undefined)),
  );
}
