/** The PNG signature's length; the IHDR chunk follows it. */
const SIGNATURE_LENGTH = 8;
/** IHDR is always 13 data bytes: length (4) + type (4) + data (13) + CRC (4). */
const IHDR_END = SIGNATURE_LENGTH + 4 + 4 + 13 + 4;

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as PNG uses it). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Latin-1 bytes of a text (PNG tEXt is Latin-1); characters beyond it become `?`. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 63;
      return code > 0 && code <= 0xff ? code : 63;
    }),
  );
}

/** A PNG chunk of a type and its data, with its length and CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** A PNG with chunks added right after its header. Pure; the image data is untouched. */
export function withChunksAfterHeader(png: Uint8Array, chunks: readonly Uint8Array[]): Uint8Array {
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

/** The data of every chunk of a type in a PNG, in order (up to IEND). */
export function chunksOfType(png: Uint8Array, type: string): Uint8Array[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Uint8Array[] = [];
  let offset = SIGNATURE_LENGTH;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const chunkType = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (chunkType === type) found.push(png.subarray(offset + 8, offset + 8 + length));
    if (chunkType === 'IEND') break;
    offset += 12 + length;
  }
  return found;
}

/**
 * A PNG with `tEXt` chunks added right after its header (keyword → Latin-1 text): the figure's
 * title, permalink and framing travel with the file. Pure; the image data is untouched.
 */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  return withChunksAfterHeader(
    png,
    Object.entries(entries).map(([keyword, text]) =>
      pngChunk('tEXt', new Uint8Array([...latin1(keyword), 0, ...latin1(text)])),
    ),
  );
}

/** The `tEXt` entries of a PNG (keyword → text). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const data of chunksOfType(png, 'tEXt')) {
    const zero = data.indexOf(0);
    entries[String.fromCharCode(...data.subarray(0, zero))] = [...data.subarray(zero + 1)]
      .map((byte) => String.fromCharCode(byte))
      .join('');
  }
  return entries;
}
