/**
 * The validating JSON skipper (ECMA-404, exactly what `JSON.parse` accepts): each function takes
 * the index where a token starts and returns the index just after it, or -1 when the text is not
 * JSON there. Nothing is decoded or allocated, so a reader can pass over the values it does not
 * need while still rejecting every text `JSON.parse` rejects. Containers are skipped iteratively
 * (an explicit bracket stack), so nesting depth is unbounded.
 */
import { isHexDigit, skipLiteral, skipWhitespace } from './lexer.js';
import { ARRAY_PATTERN_MAX_TEXT, matchShallowValue } from './shallow-pattern.js';

/** `i` at a backslash: the index after the escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX`). */
export function skipEscape(s: string, i: number): number {
  const c = s.charCodeAt(i + 1);
  if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) return i + 2;
  if (c === 117 && isHexDigit(s.charCodeAt(i + 2)) && isHexDigit(s.charCodeAt(i + 3)) && isHexDigit(s.charCodeAt(i + 4)) && isHexDigit(s.charCodeAt(i + 5))) return i + 6;
  return -1;
}

/** `i` at the opening quote. Control characters must be escaped; lone surrogates are fine. */
export function skipString(s: string, i: number): number {
  i++;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      i = skipEscape(s, i);
      if (i < 0) return -1;
    } else if (c >= 32) i++;
    else return -1;
  }
}

function skipDigits(s: string, i: number): number {
  let c = s.charCodeAt(i);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
  return i;
}

/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` */
export function skipNumber(s: string, i: number): number {
  if (s.charCodeAt(i) === 45) i++;
  const first = s.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) i = skipDigits(s, i + 1);
  else return -1;
  if (s.charCodeAt(i) === 46) {
    const j = skipDigits(s, i + 1);
    if (j === i + 1) return -1;
    i = j;
  }
  const e = s.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const j = skipDigits(s, i);
    if (j === i) return -1;
    i = j;
  }
  return i;
}

/** `true`, `false`, `null`, a string or a number. */
export function skipScalar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) return skipString(s, i);
  if (c === 116 || c === 102 || c === 110) return skipLiteral(s, i);
  return skipNumber(s, i);
}

/** Open containers of the value being skipped: 1 for an object, 0 for an array. Grown on demand. */
let stack: Uint8Array = new Uint8Array(64);

/** `skipValue`'s answer for a value nesting deeper than its `maxDepth` (-1 is "not JSON"). */
export const SKIP_TOO_DEEP = -2;

/**
 * Skips any JSON value starting at `i` (no leading whitespace): one loop over an explicit
 * bracket stack, with arrays of scalars handed to the native pattern first (short texts only).
 * Past `maxDepth` open containers it stops with SKIP_TOO_DEEP, so a caller whose reference
 * reading limits nesting (EventBridge's safe parser) can hand such texts to that reading.
 */
export function skipValue(s: string, i: number, maxDepth = Infinity): number {
  const patterns = s.length <= ARRAY_PATTERN_MAX_TEXT;
  let depth = 0;
  for (;;) {
    // Here `i` is at a value.
    const c = s.charCodeAt(i);
    let end = -1;
    if ((c === 91 || c === 123) && patterns) end = matchShallowValue(s, i);
    if (end >= 0) i = end;
    else if (c === 123 || c === 91) {
      if (depth >= maxDepth) return SKIP_TOO_DEEP;
      if (depth === stack.length) stack = growStack(stack);
      const isObject = c === 123;
      stack[depth++] = isObject ? 1 : 0;
      i = skipWhitespace(s, i + 1);
      if (s.charCodeAt(i) === (isObject ? 125 : 93)) {
        i++;
        depth--;
      } else {
        if (isObject && (i = skipMember(s, i)) < 0) return -1;
        continue;
      }
    } else if ((i = skipScalar(s, i)) < 0) return -1;
    // After a value: close containers or move to the next element/member.
    for (;;) {
      if (depth === 0) return i;
      i = skipWhitespace(s, i);
      const next = s.charCodeAt(i);
      const isObject = stack[depth - 1] === 1;
      if (next === 44) {
        i = skipWhitespace(s, i + 1);
        if (isObject && (i = skipMember(s, i)) < 0) return -1;
        break;
      }
      if (next !== (isObject ? 125 : 93)) return -1;
      i++;
      depth--;
    }
  }
}

/** `"key" :` and the whitespace before the value; `i` at the key's quote. */
function skipMember(s: string, i: number): number {
  if (s.charCodeAt(i) !== 34 || (i = skipString(s, i)) < 0) return -1;
  i = skipWhitespace(s, i);
  return s.charCodeAt(i) === 58 ? skipWhitespace(s, i + 1) : -1;
}

function growStack(old: Uint8Array): Uint8Array {
  const next = new Uint8Array(old.length * 2);
  next.set(old);
  return next;
}

/** True when the whole of `s` is one JSON value (what `JSON.parse` accepts). */
export function isJsonText(s: string): boolean {
  const i = skipValue(s, skipWhitespace(s, 0));
  return i >= 0 && skipWhitespace(s, i) === s.length;
}
