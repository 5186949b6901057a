/**
 * Characters that must not reach a terminal or a text shown to a person as they are: C0 and C1
 * control characters and DEL (an ESC starts an ANSI escape sequence), the bidirectional formatting
 * characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, which can reverse the text
 * around them), zero-width characters and the byte order mark (U+200B–U+200D, U+2060, U+FEFF), and
 * the line and paragraph separators (U+2028, U+2029).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/**
 * Text safe to print: every character of `UNPRINTABLE` is written as a visible escape (`\u{1b}`), so
 * an id typed by a user cannot colour, move or reverse the output around it. Line breaks (LF) are
 * kept when `keepLineBreaks` is set (for whole messages), escaped otherwise (for one value).
 */
export function printableText(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(UNPRINTABLE, (character) =>
    options.keepLineBreaks && character === '\n' ? character : `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** Whether one character is of `UNPRINTABLE` (for texts that replace such characters instead). */
export function isUnprintable(character: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(character);
}
