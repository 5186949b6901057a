import cyrillicUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExtendedUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtendedUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import devanagariUrl from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2?url';
import arabicUrl from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url';
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import { basemapTheme } from './theme';

/**
 * The bundled map fonts, as the style's `font-faces`: Noto Sans (SIL Open Font Licence) in the
 * subsets the labels need, Latin Extended covering Azerbaijani (ə, ş, ğ) and Turkmen (ň, ý, ž),
 * with Vazirmatn for Persian and Noto Sans Devanagari for Hindi names (both SIL OFL).
 * Unicode ranges are those of @fontsource's own CSS. URLs are made absolute against the page,
 * so the app works from any base path.
 */
export function createFontFaces(baseUrl: string): FontFacesSpecification {
  const absolute = (url: string) => new URL(url, baseUrl).href;
  return {
    [basemapTheme.fontRegular]: [
      {
        url: absolute(latinUrl),
        'unicode-range': [
          'U+0000-00FF',
          'U+0131',
          'U+0152-0153',
          'U+02BB-02BC',
          'U+02C6',
          'U+02DA',
          'U+02DC',
          'U+0304',
          'U+0308',
          'U+0329',
          'U+2000-206F',
          'U+20AC',
          'U+2122',
          'U+2191',
          'U+2193',
          'U+2212',
          'U+2215',
          'U+FEFF',
          'U+FFFD',
        ],
      },
      {
        url: absolute(latinExtendedUrl),
        'unicode-range': [
          'U+0100-02BA',
          'U+02BD-02C5',
          'U+02C7-02CC',
          'U+02CE-02D7',
          'U+02DD-02FF',
          'U+1D00-1DBF',
          'U+1E00-1E9F',
          'U+1EF2-1EFF',
          'U+2020',
          'U+20A0-20AB',
          'U+20AD-20C0',
          'U+2113',
          'U+2C60-2C7F',
          'U+A720-A7FF',
        ],
      },
      {
        url: absolute(cyrillicUrl),
        'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
      },
      {
        url: absolute(cyrillicExtendedUrl),
        'unicode-range': ['U+0460-052F', 'U+1C80-1C8A', 'U+20B4', 'U+2DE0-2DFF', 'U+A640-A69F', 'U+FE2E-FE2F'],
      },
      // Persian names (issue 16 §5) in Vazirmatn, the Persian face the panels use; MapLibre shapes
      // and orders Arabic script itself. Fetched only when a label has such letters.
      {
        url: absolute(arabicUrl),
        'unicode-range': [
          'U+0600-06FF',
          'U+0750-077F',
          'U+0870-088E',
          'U+0890-0891',
          'U+0897-08FF',
          'U+FB50-FDFF',
          'U+FE70-FEFC',
        ],
      },
      {
        url: absolute(devanagariUrl),
        'unicode-range': ['U+0900-097F', 'U+1CD0-1CF9', 'U+20B9', 'U+25CC', 'U+A830-A839', 'U+A8E0-A8FF'],
      },
    ],
  };
}
