/**
 * Decoding the few JSON tokens a policy reads, straight from the body text: strings (escapes,
 * `\uXXXX` code units one by one, so surrogate pairs and lone surrogates come out exactly as
 * `JSON.parse` makes them) and numbers (a cheap approximate value first; the exact one, by the
 * same correctly rounded conversion `JSON.parse` uses, only when a caller needs it).
 */
import { skipEscape, skipNumber } from './json-skip.js';

const SIMPLE_ESCAPES: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

/**
 * The string token at `i` (the opening quote), validated and decoded; `end` receives the index
 * after the closing quote, or -1 when the token is not a JSON string.
 */
export function readString(s: string, i: number, end: { at: number }): string {
  const start = i + 1;
  let j = start;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c === 34) {
      end.at = j + 1;
      return s.slice(start, j);
    }
    if (c === 92) return readEscapedString(s, start, j, end);
    if (!(c >= 32)) break;
    j++;
  }
  end.at = -1;
  return '';
}

/** The slow path, from the first backslash at `j`. */
function readEscapedString(s: string, start: number, j: number, end: { at: number }): string {
  let out = s.slice(start, j);
  let from = j;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c === 34) {
      end.at = j + 1;
      return out + s.slice(from, j);
    }
    if (c === 92) {
      const next = skipEscape(s, j);
      if (next < 0) break;
      out += s.slice(from, j);
      const kind = s.charCodeAt(j + 1);
      out += kind === 117 ? String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16)) : SIMPLE_ESCAPES[kind];
      j = from = next;
    } else if (c >= 32) j++;
    else break;
  }
  end.at = -1;
  return '';
}

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** The result of `scanNumber`. */
export interface NumberToken {
  /** Index after the token, or -1 when it is not a JSON number. */
  end: number;
  /**
   * Within a relative 1e-14 of the exact value (or equal to it), for prefilters; `exact` is true
   * when it is the exact value.
   */
  approx: number;
  exact: boolean;
}

/**
 * Scans the number token at `i` into `out`. Digits accumulate in int32 chunks of nine (integer
 * arithmetic, no floating-point dependency chain per digit), joined into a double mantissa that is
 * then scaled by an exact power of ten. Tokens with an exponent or very many digits are converted
 * exactly instead.
 */
export function scanNumber(s: string, i: number, out: NumberToken): void {
  let j = i;
  const negative = s.charCodeAt(j) === 45;
  if (negative) j++;
  const intStart = j;
  let dot = -1;
  let m = 0;
  let chunk = 0;
  let inChunk = 0;
  let c = s.charCodeAt(j);
  for (;;) {
    if (c >= 48 && c <= 57) {
      chunk = (chunk * 10 + (c - 48)) | 0;
      if (++inChunk === 9) {
        m = m * 1e9 + chunk;
        chunk = inChunk = 0;
      }
    } else if (c === 46 && dot < 0) dot = j;
    else break;
    c = s.charCodeAt(++j);
  }
  const intEnd = dot < 0 ? j : dot;
  const intDigits = intEnd - intStart;
  // JSON: an integer digit, no leading zero before another digit, a digit after the dot.
  if (intDigits === 0 || (intDigits > 1 && s.charCodeAt(intStart) === 48) || dot === j - 1) {
    out.end = -1;
    return;
  }
  const scale = dot < 0 ? 0 : dot + 1 - j;
  if (c === 101 || c === 69 || j - intStart > 40 || scale < -22) {
    // An exponent, or more digits than a double keeps: validate the whole token and convert exactly.
    const end = (out.end = skipNumber(s, i));
    if (end >= 0) out.approx = Number(s.slice(i, end));
    out.exact = true;
    return;
  }
  out.end = j;
  m = m * POW10[inChunk]! + chunk;
  const v = scale === 0 ? m : m / POW10[-scale]!;
  out.approx = negative ? -v : v;
  // Below 2^53 the mantissa is exact, and one division by an exact power of ten is correctly rounded.
  out.exact = m < 9007199254740992;
}

/** The exact value of a scanned number token. */
export function exactNumber(s: string, start: number, token: NumberToken): number {
  return token.exact ? token.approx : Number(s.slice(start, token.end));
}
