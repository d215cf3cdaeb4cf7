/**
 * How one field probes numbers when only a few exact numbers are indexed (the common case): each
 * number is compared with the few keys directly, no Map, no closures. A key is either a
 * six-decimal precision key (`numericKey`, SNS) or a double compared with no rounding
 * (`double-range` [n, n], EventBridge); both lie within 1e-6 of what they equal, so one cheap
 * distance test prefilters both, and number arrays can be searched as text (number-text.ts).
 */
import { exactNumber, type NumberToken } from '@arbiter/ir';
import { equalsKey, type NumberPlan } from './number-keys.js';
import { planTextSearch } from './number-text.js';
import { hitGroups, type Group, type RouteContext } from './state.js';

export const GENERAL_PLAN: NumberPlan = { plain: false, keys: new Float64Array(0), exact: new Uint8Array(0), lists: [], text: undefined };

/** The plan over precision keys and exact doubles (a few of them in all). */
export function plainPlan(precise: Map<number, Group[]>, doubles: Map<number, Group[]>): NumberPlan {
  const keys = Float64Array.from([...precise.keys(), ...doubles.keys()]);
  const exact = Uint8Array.from(keys, (_, i) => (i >= precise.size ? 1 : 0));
  return { plain: true, keys, exact, lists: [...precise.values(), ...doubles.values()], text: planTextSearch(keys) };
}

/** Hits the groups of every key `v` equals. */
export function probePlainNumber(plan: NumberPlan, v: number, ctx: RouteContext): void {
  const keys = plan.keys;
  for (let i = 0; i < keys.length; i++) {
    // Numbers farther than 1e-5 (plus rounding slack) from a key never have it; only near ones are compared.
    const n = keys[i] as number;
    if (Math.abs(v - n) <= 1e-5 + Math.abs(n) * 1e-12 && equalsKey(plan, i, v)) hitGroups(plan.lists[i], ctx);
  }
}

/**
 * `probePlainNumber` for a number token still in the body text: prefiltered on the token's
 * approximate value (slack covers its 1e-14 relative error), so the exact conversion runs only
 * for numbers near a key.
 */
export function probePlainToken(plan: NumberPlan, s: string, start: number, token: NumberToken, ctx: RouteContext): void {
  const keys = plan.keys;
  const a = token.approx;
  for (let i = 0; i < keys.length; i++) {
    const n = keys[i] as number;
    if (Math.abs(a - n) <= 2e-5 + Math.abs(n) * 1e-11 && equalsKey(plan, i, exactNumber(s, start, token))) hitGroups(plan.lists[i], ctx);
  }
}
