/**
 * Number candidates when every constant of a field compares at six decimals (SNS: `exact`,
 * `numeric` and `anything-but` numbers all compare numericKey(value) with numericKey(constant)).
 * The regions are cut in key space, so the set below is complete: each constant's key, a number
 * whose key lies strictly inside each gap between neighbouring keys (none is needed where the
 * keys are neighbours: 10⁻⁶ apart below 2³³, adjacent doubles above), and one beyond each end.
 */
import { NUMERIC_KEY_EXACT_FROM, numericKey } from '@arbiter/ir';

/** numericKey scales by 10⁶ below NUMERIC_KEY_EXACT_FROM, so keys there are k / 10⁶. */
const scaled = (n: number): boolean => Math.abs(n) < NUMERIC_KEY_EXACT_FROM;

/** The next double above `n` (toward +∞), for finite n. */
export function nextUp(n: number): number {
  if (n === 0) return Number.MIN_VALUE;
  const buf = new Float64Array([n]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = bits[0]! + (n > 0 ? 1n : -1n);
  return buf[0]!;
}

const nextDown = (n: number): number => -nextUp(-n);

/** A number whose key is strictly between keys a < b; `none` when no such key exists; `undefined` when that cannot be told. */
function between(a: number, b: number): number | 'none' | undefined {
  const tries = [a / 2 + b / 2, nextUp(a)];
  if (scaled(a)) tries.push((Math.round(a * 1e6) + 1) / 1e6);
  for (const v of tries) {
    const k = numericKey(v);
    if (Number.isFinite(v) && k > a && k < b) return v;
  }
  if (scaled(a) && scaled(b)) return Math.round(b * 1e6) - Math.round(a * 1e6) <= 1 ? 'none' : undefined;
  if (!scaled(a) && !scaled(b) && Math.sign(a) === Math.sign(b)) return nextUp(a) === b ? 'none' : undefined;
  return undefined;
}

/** A finite number whose key is beyond `k` in direction `step`; `none` when every finite key is on this side. */
function beyond(k: number, step: 1 | -1): number | 'none' {
  for (const v of [k + step, step > 0 ? nextUp(k) : nextDown(k)]) {
    if (Number.isFinite(v) && (step > 0 ? numericKey(v) > k : numericKey(v) < k)) return v;
  }
  return 'none';
}

export function keyCandidates(constants: readonly number[]): { values: number[]; complete: boolean } {
  const keys = [...new Set(constants.filter(Number.isFinite).map(numericKey))].sort((a, b) => a - b);
  if (keys.length === 0) return { values: [0], complete: true };
  const values = [...keys];
  let complete = true;
  for (const [k, step] of [[keys[0]!, -1], [keys[keys.length - 1]!, 1]] as const) {
    const v = beyond(k, step);
    if (v !== 'none') values.push(v);
  }
  for (let i = 1; i < keys.length; i++) {
    const v = between(keys[i - 1]!, keys[i]!);
    if (v === undefined) complete = false;
    else if (v !== 'none') values.push(v);
  }
  return { values, complete };
}
