/**
 * Character classes the keyword rules need, shared by the reference and compiled scanners so both
 * read "case-insensitive" and "word boundary" the same way.
 */
const WORD = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const lowerCache = new Uint16Array(65536);
const lowerKnown = new Uint8Array(65536);

/** Lower-cases one UTF-16 code unit (1:1, so offsets never shift). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (lowerKnown[c]) return lowerCache[c]!;
  const s = String.fromCharCode(c).toLowerCase();
  const l = s.length === 1 ? s.charCodeAt(0) : c;
  if (c >= 0 && c < 65536) {
    lowerCache[c] = l;
    lowerKnown[c] = 1;
  }
  return l;
}

/** Lower-cases a string code unit by code unit (same length as the input). */
export function lowerText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerCode(text.charCodeAt(i)));
  return out;
}

/** Character classes: 0 not a word character, 1 lower-case letter, 2 upper-case letter, 3 other word character. */
export type CharClass = 0 | 1 | 2 | 3;
const classCache = new Uint8Array(65536); // class + 1; 0 = not computed yet

/** The class of one UTF-16 code unit (cached: the Unicode property tests are slow). */
export function charClass(c: number): CharClass {
  const cached = classCache[c];
  if (cached) return (cached - 1) as CharClass;
  const ch = String.fromCharCode(c);
  const cls: CharClass = !WORD.test(ch) ? 0 : LOWER.test(ch) ? 1 : UPPER.test(ch) ? 2 : 3;
  classCache[c] = cls + 1;
  return cls;
}

export function isWordCode(c: number): boolean {
  return charClass(c) !== 0;
}

/**
 * True when a word may start at `i`: start of text, after a non-word character, or at a camelCase
 * hump (`customerSsn`), so JSON keys written in camelCase still count as keywords.
 */
export function isWordStart(text: string, i: number): boolean {
  if (i <= 0) return true;
  const prev = charClass(text.charCodeAt(i - 1));
  return prev === 0 || (prev === 1 && charClass(text.charCodeAt(i)) === 2);
}

/** True when a word may end just before `i` (the mirror of {@link isWordStart}). */
export function isWordEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const next = charClass(text.charCodeAt(i));
  return next === 0 || (next === 2 && charClass(text.charCodeAt(i - 1)) === 1);
}
