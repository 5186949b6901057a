/** What parsing a JSON text gave: the value, or where and why it is not JSON. */
export type ParsedJsonText =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

const BYTE_ORDER_MARK = '\uFEFF';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first character where `text` stops being JSON (RFC 8259), or `text.length`
 * when it ends too early. Only called once `JSON.parse` has failed, so that the position does not
 * depend on the wording of the JavaScript engine's error messages. Iterative, so that deep nesting
 * cannot overflow the stack.
 */
function offsetOfError(text: string): number {
  let index = 0;
  /** The open containers, innermost last: `{` or `[`. */
  const open: string[] = [];
  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.has(text[index] ?? '')) index += 1;
  };
  /** Reads a string at `index`; false where it stops being one. */
  const readString = (): boolean => {
    if (text[index] !== '"') return false;
    index += 1;
    while (index < text.length) {
      const character = text[index] ?? '';
      if (character === '"') {
        index += 1;
        return true;
      }
      if (character < ' ') return false;
      if (character === '\\') {
        const escaped = text[index + 1] ?? '';
        index += 1;
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) return false;
          index += 5;
        } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) index += 1;
        else return false;
      } else index += 1;
    }
    return false;
  };
  /** Reads `"key":`; false where the text stops being one. */
  const readKey = (): boolean => {
    skipWhitespace();
    if (!readString()) return false;
    skipWhitespace();
    if (text[index] !== ':') return false;
    index += 1;
    return true;
  };
  /**
   * Reads a scalar, or opens containers down to the first scalar or empty container; false where
   * the text stops being a value.
   */
  const readValue = (): boolean => {
    for (;;) {
      skipWhitespace();
      const character = text[index];
      if (character === '{' || character === '[') {
        open.push(character);
        index += 1;
        skipWhitespace();
        if (text[index] === (character === '{' ? '}' : ']')) {
          open.pop();
          index += 1;
          return true;
        }
        if (character === '{' && !readKey()) return false;
        continue;
      }
      if (character === '"') return readString();
      for (const literal of LITERALS) {
        if (text.startsWith(literal, index)) {
          index += literal.length;
          return true;
        }
      }
      NUMBER.lastIndex = index;
      const number = NUMBER.exec(text)?.[0] ?? '';
      if (number === '' || number === '-') return false;
      index += number.length;
      return true;
    }
  };
  const readMember = (): boolean => readKey() && readValue();
  if (!readValue()) return index;
  for (;;) {
    skipWhitespace();
    const container = open.at(-1);
    if (container === undefined) return Math.min(index, text.length);
    const close = container === '{' ? '}' : ']';
    if (text[index] === close) {
      open.pop();
      index += 1;
    } else if (text[index] === ',') {
      index += 1;
      if (!(container === '{' ? readMember() : readValue())) return index;
    } else return index;
  }
}

/** The 1-based line and column (in UTF-16 units, as editors count) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses the text of a JSON file. A leading byte order mark is accepted and dropped, as browsers do
 * (`Response.json()` decodes UTF-8 without it). Text that is not JSON (a truncated file, `NaN`, an
 * empty file) comes back as the line and column where it stops being JSON, never as an exception.
 */
export function parseJsonText(text: string): ParsedJsonText {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const offset = Math.min(offsetOfError(body), body.length);
    const { line, column } = lineAndColumn(body, offset);
    const what = body.trim() === '' ? 'the file is empty' : offset >= body.length ? 'it ends too early' : undefined;
    return {
      ok: false,
      line,
      column,
      message: `not valid JSON (line ${line}, column ${column})${what ? `: ${what}` : ''}`,
    };
  }
}
