/**
 * Reading JSON number tokens straight from the text: a cheap approximate value first (int32 digit
 * chunks, one exact scaling), and the exact one, by the same correctly rounded conversion
 * `JSON.parse` uses, only when a caller needs it.
 */
import { skipNumber } from './skip.js';

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
