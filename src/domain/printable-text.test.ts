import { describe, expect, it } from 'vitest';
import { printableText } from './printable-text';

describe('printableText', () => {
  it('writes control characters as visible escapes, so no ANSI sequence reaches a terminal', () => {
    expect(printableText('\u001b[31mred\u001b[0m')).toBe('\\u{1b}[31mred\\u{1b}[0m');
    expect(printableText('a\u0007b\u009bc\u007f')).toBe('a\\u{7}b\\u{9b}c\\u{7f}');
  });

  it('escapes bidirectional, zero-width and separator characters', () => {
    expect(printableText('abc\u202Eexe.txt')).toBe('abc\\u{202e}exe.txt');
    expect(printableText('a\u200Bb\u2066c\u2028d\uFEFF')).toBe('a\\u{200b}b\\u{2066}c\\u{2028}d\\u{feff}');
  });

  it('keeps line breaks of a whole message when asked, and other text unchanged', () => {
    expect(printableText('one\ntwo\r\n', { keepLineBreaks: true })).toBe('one\ntwo\\u{d}\n');
    expect(printableText('one\ntwo')).toBe('one\\u{a}two');
    expect(printableText('Астрахань → بندر عباس, मुंबई 🚢')).toBe('Астрахань → بندر عباس, मुंबई 🚢');
  });
});
