import { chunksOfType, pngChunk, withChunksAfterHeader } from './png-text';

/** One `iTXt` entry: a keyword (Latin-1, as `tEXt`'s), the text's language and UTF-8 text. */
export interface InternationalText {
  /** A registered or private keyword: `Title`, `Description`. */
  keyword: string;
  /** The text's language as a BCP 47 tag (`fa`, `ru`, `hi`). */
  language: string;
  /** The keyword in that language (UTF-8), as a viewer may show it. */
  translatedKeyword: string;
  text: string;
}

const LATIN_1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0) & 0xff));

function internationalChunk(entry: InternationalText): Uint8Array {
  const utf8 = new TextEncoder();
  const data = new Uint8Array([
    ...LATIN_1(entry.keyword),
    0,
    0, // not compressed
    0, // compression method
    ...LATIN_1(entry.language),
    0,
    ...utf8.encode(entry.translatedKeyword),
    0,
    ...utf8.encode(entry.text),
  ]);
  return pngChunk('iTXt', data);
}

/**
 * A PNG with `iTXt` chunks added after its header: text in any script, tagged with its language
 * (the figure's title and caption in the language it was made in, beside the English `tEXt`
 * entries that tools read). Pure; the image data is untouched.
 */
export function withPngInternationalText(png: Uint8Array, entries: readonly InternationalText[]): Uint8Array {
  return withChunksAfterHeader(png, entries.map(internationalChunk));
}

/** The uncompressed `iTXt` entries of a PNG, in order. */
export function readPngInternationalText(png: Uint8Array): InternationalText[] {
  const decoder = new TextDecoder();
  return chunksOfType(png, 'iTXt').flatMap((data) => {
    const keywordEnd = data.indexOf(0);
    const compressed = data[keywordEnd + 1] === 1;
    const languageEnd = data.indexOf(0, keywordEnd + 3);
    const translatedEnd = data.indexOf(0, languageEnd + 1);
    if (compressed || keywordEnd <= 0 || languageEnd <= 0 || translatedEnd <= 0) return [];
    return [
      {
        keyword: String.fromCharCode(...data.subarray(0, keywordEnd)),
        language: String.fromCharCode(...data.subarray(keywordEnd + 3, languageEnd)),
        translatedKeyword: decoder.decode(data.subarray(languageEnd + 1, translatedEnd)),
        text: decoder.decode(data.subarray(translatedEnd + 1)),
      },
    ];
  });
}

/**
 * JSON whose characters beyond ASCII are written as `\uXXXX` escapes: the same value, in bytes a
 * Latin-1 `tEXt` chunk keeps intact (the figure's layout record with legend labels in any script).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
