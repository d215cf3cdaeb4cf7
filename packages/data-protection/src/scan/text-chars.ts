/**
 * Character classes the keyword rules need, shared by the reference and compiled scanners so both
 * read "case-insensitive" and "word boundary" the same way.
 */
const WORD = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const lowerCache = new Map<number, number>();

/** Lower-cases one UTF-16 code unit (1:1, so offsets never shift). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, l);
  }
  return l;
}

/** Lower-cases a string code unit by code unit (same length as the input). */
export function lowerText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(lowerCode(text.charCodeAt(i)));
  return out;
}

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD.test(String.fromCharCode(c));
}

function isUpperCode(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCharCode(c));
}

function isLowerCode(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(String.fromCharCode(c));
}

/**
 * True when a word may start at `i`: start of text, after a non-word character, or at a camelCase
 * hump (`customerSsn`), so JSON keys written in camelCase still count as keywords.
 */
export function isWordStart(text: string, i: number): boolean {
  if (i <= 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (!isWordCode(prev)) return true;
  return isLowerCode(prev) && isUpperCode(text.charCodeAt(i));
}

/** True when a word may end just before `i` (the mirror of {@link isWordStart}). */
export function isWordEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const next = text.charCodeAt(i);
  if (!isWordCode(next)) return true;
  return isLowerCode(text.charCodeAt(i - 1)) && isUpperCode(next);
}
