/**
 * Exact numbers looked for in the text of a number array (coordinates) instead of reading every
 * number. A value equal to a policy number n at six decimals lies within 1e-6 of n, and every
 * plain decimal token (no exponent, canonical integer part) in such a small interval starts with
 * the common prefix of the interval ends written to 7 decimals: `37.80781` → `37.8078`. The
 * array is first matched as numbers only without exponents (the JSON kit's `matchNumberArray`), so a
 * prefix found in it is inside a number token; one that starts a token is then read exactly.
 * Searches use `indexOf` (native) and remember, per message, where the next occurrence is, so a
 * body is searched at most once per prefix however many arrays it has.
 */
import { exactNumber, scanNumber, type NumberToken } from '@arbiter/ir';
import { equalsKey, type NumberPlan } from './number-keys.js';
import { hitGroups, type RouteContext } from './state.js';

/** The text every plain decimal token equal to `n` (six decimals) starts with, if a useful one exists. */
export function numberTextPrefix(n: number): string | undefined {
  // Beyond 1e8 a double's spacing nears the margins below; near 0 both signs are possible.
  if (!(Math.abs(n) < 1e8) || Math.abs(n) < 1e-5) return undefined;
  const m = Math.abs(n);
  const low = (m - 3e-6).toFixed(7);
  const high = (m + 3e-6).toFixed(7);
  if (low.length !== high.length) return undefined;
  let k = 0;
  while (k < low.length && low[k] === high[k]) k++;
  let prefix = low.slice(0, k);
  // Only a prefix through the decimal point pins the integer part; trailing fraction zeros may be
  // absent from a token (`37.8` for 37.80000), so they are dropped, and then a bare point.
  if (!prefix.includes('.')) return undefined;
  prefix = prefix.replace(/0+$/, '').replace(/\.$/, '');
  return (n < 0 ? '-' : '') + prefix;
}

/** Per-field state for the search: the prefixes, and per prefix the message's next-occurrence memo. */
export interface TextSearch {
  prefixes: string[];
  epoch: Float64Array;
  from: Float64Array;
  at: Float64Array;
}

/** A search for every key, or `undefined` when some key has no useful prefix. */
export function planTextSearch(near: Float64Array): TextSearch | undefined {
  const prefixes: string[] = [];
  for (const n of near) {
    const p = numberTextPrefix(n);
    if (p === undefined) return undefined;
    prefixes.push(p);
  }
  const size = prefixes.length;
  return { prefixes, epoch: new Float64Array(size).fill(-1), from: new Float64Array(size), at: new Float64Array(size) };
}

const token: NumberToken = { end: 0, approx: 0, exact: true };

/** True for what may precede a number token in a validated number array: `[`, `,`, whitespace. */
const startsToken = (c: number) => c === 91 || c === 44 || c === 32 || c === 10 || c === 13 || c === 9;

/** Hits the groups of every key some number in `s[start, end)` (a validated number array) equals. */
export function probeNumberText(plan: NumberPlan, s: string, start: number, end: number, ctx: RouteContext): void {
  const { prefixes, epoch, from, at } = plan.text!;
  const lists = plan.lists;
  for (let k = 0; k < prefixes.length; k++) {
    const prefix = prefixes[k]!;
    let i = start;
    for (;;) {
      let p: number;
      if (epoch[k] === ctx.epoch && from[k]! <= i && (at[k]! >= i || at[k]! < 0)) p = at[k]!;
      else {
        p = s.indexOf(prefix, i);
        epoch[k] = ctx.epoch;
        from[k] = i;
        at[k] = p;
      }
      if (p < 0 || p >= end) break;
      if (!startsToken(s.charCodeAt(p - 1))) {
        i = p + 1;
        continue;
      }
      scanNumber(s, p, token);
      if (equalsKey(plan, k, exactNumber(s, p, token))) hitGroups(lists[k]!, ctx);
      i = token.end;
    }
  }
}
