/**
 * Jackson's wording for JSON syntax errors (AWS services echo Jackson's texts back), and the
 * diagnosis of a token the kit's fast readers rejected: the safe parser reads with the shared
 * readers and only comes here, off the hot path, to say what exactly is wrong and where.
 */
import { skipEscape } from './skip.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset the message is about. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** `'x' (code 120)`, control characters as `\u0009`, or `end-of-input`. */
export function describeChar(text: string, pos: number): string {
  const cp = text.codePointAt(pos);
  if (cp === undefined) return 'end-of-input';
  const ch = String.fromCodePoint(cp);
  return `'${cp < 0x20 ? `\\u${cp.toString(16).padStart(4, '0')}` : ch}' (code ${cp})`;
}

/** The run of non-delimiters at `pos` (at most 64), as Jackson quotes an unrecognized token. */
export function tokenAt(text: string, pos: number): string {
  const m = /^[^\s,:[\]{}"]{1,64}/.exec(text.slice(pos, pos + 64));
  return m ? m[0] : (text[pos] ?? '');
}

export const unrecognizedToken = (text: string, pos: number): JsonSyntaxError =>
  new JsonSyntaxError(
    `Unrecognized token '${tokenAt(text, pos)}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
    pos,
  );

/** Why the string token at `quote` is not JSON (the kit's `readString` said it is not). */
export function stringError(text: string, quote: number): JsonSyntaxError {
  for (let pos = quote + 1; ; ) {
    if (pos >= text.length) return new JsonSyntaxError('Unexpected end-of-input: was expecting closing quote for a string value', pos);
    const c = text.charCodeAt(pos);
    if (c < 0x20) {
      return new JsonSyntaxError(`Illegal unquoted character ((CTRL-CHAR, code ${c})): has to be escaped using backslash to be included in string value`, pos);
    }
    if (c === 92) {
      const next = skipEscape(text, pos);
      if (next >= 0) {
        pos = next;
        continue;
      }
      const kind = text.charCodeAt(pos + 1);
      if (kind === 117) return new JsonSyntaxError('Unexpected character in \\u escape: expected 4 hex-digits for a character escape sequence', pos + 2);
      if (Number.isNaN(kind)) return new JsonSyntaxError('Unexpected end-of-input in character escape sequence', pos + 1);
      return new JsonSyntaxError(`Unrecognized character escape ${describeChar(text, pos + 1)}`, pos + 1);
    }
    pos++;
  }
}

const NUMBER_PREFIX = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Why the number token at `pos` is not JSON, or is followed by what cannot follow a number. */
export function numberError(text: string, pos: number): JsonSyntaxError {
  NUMBER_PREFIX.lastIndex = pos;
  const m = NUMBER_PREFIX.exec(text);
  if (!m) {
    return new JsonSyntaxError(
      `Unexpected character (${describeChar(text, pos + 1)}) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`,
      pos,
    );
  }
  const after = pos + m[0].length;
  return new JsonSyntaxError(`Unexpected character (${describeChar(text, after)}) in numeric value`, after);
}

/** True when code unit `c` may not directly follow a number token (Jackson reads it as part of the number). */
export const continuesNumber = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 43 || c === 45;

/** True when code unit `c` may not directly follow a literal (`truex` is one unrecognized token). */
export const continuesLiteral = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
