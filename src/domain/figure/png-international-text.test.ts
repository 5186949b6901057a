import { describe, expect, it } from 'vitest';
import { asciiJson, readPngInternationalText, withPngInternationalText } from './png-international-text';
import { crc32, readPngText, withPngText } from './png-text';

/** A valid 1 × 1 transparent PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

describe('PNG international text', () => {
  it('adds UTF-8 entries tagged with their language that read back, with a correct CRC', () => {
    const title = { keyword: 'Title', language: 'fa', translatedKeyword: 'عنوان', text: 'مسیر مسکو به بمبئی' };
    const out = withPngInternationalText(withPngText(PNG, { Title: 'Route from Moscow to Mumbai' }), [title]);
    expect(readPngInternationalText(out)).toEqual([title]);
    // The English tEXt entry is still there beside it.
    expect(readPngText(out)).toEqual({ Title: 'Route from Moscow to Mumbai' });
    const view = new DataView(out.buffer);
    const length = view.getUint32(33);
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('iTXt');
    expect(view.getUint32(41 + length)).toBe(crc32(out.subarray(37, 41 + length)));
    expect(readPngInternationalText(PNG)).toEqual([]);
  });

  it('writes JSON in ASCII that parses back to the same value', () => {
    const layout = { legend: { labels: ['Выбранный маршрут', 'مسیر انتخاب‌شده', 'चुना गया मार्ग', 'Chosen route'] } };
    const text = asciiJson(layout);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(layout);
    // Through a Latin-1 tEXt chunk and back, unchanged.
    expect(JSON.parse(readPngText(withPngText(PNG, { 'instc:figure': text }))['instc:figure'] ?? '')).toEqual(layout);
  });
});
