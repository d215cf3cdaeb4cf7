/**
 * The lexical layer of the JSON reading kit: JSON's whitespace, hex digits, and the three literal
 * tokens. Every reader works on a string and an index and returns the index just after what it
 * read, or -1 when the text is not JSON there. `charCodeAt` past the end is NaN, which fails every
 * comparison, so the end of the text needs no separate test.
 */

/** Space, tab, line feed, carriage return: JSON's only whitespace. */
export function skipWhitespace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** `0-9`, `A-F`, `a-f`. */
export const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** `true`, `false` or `null` at `i`: the index after it, or -1. */
export function skipLiteral(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 116) return s.startsWith('true', i) ? i + 4 : -1;
  if (c === 102) return s.startsWith('false', i) ? i + 5 : -1;
  if (c === 110) return s.startsWith('null', i) ? i + 4 : -1;
  return -1;
}

/** The value of the literal starting with code unit `c` (`t`, `f` or `n`). */
export const literalValue = (c: number): boolean | null => (c === 110 ? null : c === 116);

/** True when code unit `c` can start a JSON number (`-` or a digit). */
export const startsNumber = (c: number): boolean => c === 45 || (c >= 48 && c <= 57);
