/**
 * Decoding JSON string tokens straight from the text: escapes, and `\uXXXX` code units one by
 * one, so surrogate pairs and lone surrogates come out exactly as `JSON.parse` makes them. A
 * string without escapes is one `slice`.
 */
import { skipEscape } from './skip.js';

const SIMPLE_ESCAPES: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

/** Where a read token ends: the index after it, or -1 when it was not valid JSON. */
export interface TokenEnd {
  at: number;
}

/**
 * The string token at `i` (the opening quote), validated and decoded; `end` receives the index
 * after the closing quote, or -1 when the token is not a JSON string.
 */
export function readString(s: string, i: number, end: TokenEnd): string {
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
function readEscapedString(s: string, start: number, j: number, end: TokenEnd): string {
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

/**
 * The decoded content of a string token already validated, given as [`start`, `end`): from after
 * its opening quote to its closing quote. Sliced as is unless it holds an escape.
 */
export function decodeStringContent(s: string, start: number, end: number): string {
  for (let j = start; j < end; j++) if (s.charCodeAt(j) === 92) return readString(s, start - 1, { at: 0 });
  return s.slice(start, end);
}
