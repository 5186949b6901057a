import { crc32 } from './png-text';

/** The PNG signature and IHDR chunk: new chunks go right after them. */
const IHDR_END = 8 + 4 + 4 + 13 + 4;

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
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(LATIN_1('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * A PNG with `iTXt` chunks added after its header: text in any script, tagged with its language
 * (the figure's title and caption in the language it was made in, beside the English `tEXt`
 * entries that tools read). Pure; the image data is untouched.
 */
export function withPngInternationalText(png: Uint8Array, entries: readonly InternationalText[]): Uint8Array {
  const chunks = entries.map(internationalChunk);
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(png.length + length);
  out.set(png.subarray(0, IHDR_END), 0);
  let offset = IHDR_END;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(IHDR_END), offset);
  return out;
}

/** The uncompressed `iTXt` entries of a PNG, in order. */
export function readPngInternationalText(png: Uint8Array): InternationalText[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const entries: InternationalText[] = [];
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'iTXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const keywordEnd = data.indexOf(0);
      const compressed = data[keywordEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      if (!compressed && keywordEnd > 0 && languageEnd > 0 && translatedEnd > 0)
        entries.push({
          keyword: String.fromCharCode(...data.subarray(0, keywordEnd)),
          language: String.fromCharCode(...data.subarray(keywordEnd + 3, languageEnd)),
          translatedKeyword: decoder.decode(data.subarray(languageEnd + 1, translatedEnd)),
          text: decoder.decode(data.subarray(translatedEnd + 1)),
        });
    }
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return entries;
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
