import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from './png-text';

/** A valid 1 × 1 transparent PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

describe('PNG text chunks', () => {
  it('computes the CRC-32 PNG uses (the IEND chunk’s known CRC)', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds text entries that read back, after the header, with a correct CRC', () => {
    const out = withPngText(PNG, { Title: 'Route from Moscow to Mumbai', 'instc:figure': '{"a":1}' });
    expect(out.length).toBeGreaterThan(PNG.length);
    expect(readPngText(out)).toEqual({ Title: 'Route from Moscow to Mumbai', 'instc:figure': '{"a":1}' });
    expect(readPngText(PNG)).toEqual({});
    // The first chunk after IHDR is the new tEXt, and its CRC matches its type and data.
    const view = new DataView(out.buffer);
    const length = view.getUint32(33);
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('tEXt');
    expect(view.getUint32(41 + length)).toBe(crc32(out.subarray(37, 41 + length)));
    // The image's own chunks follow unchanged.
    expect([...out.subarray(out.length - PNG.length + 33)]).toEqual([...PNG.subarray(33)]);
  });

  it('writes characters beyond Latin-1 as question marks', () => {
    expect(readPngText(withPngText(PNG, { Title: 'a → b' })).Title).toBe('a ? b');
  });
});
