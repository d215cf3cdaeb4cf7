/**
 * A field's few exact number keys (number-plan.ts builds them, number-text.ts searches number
 * arrays for them): the plan's shape and the one comparison both use, apart so neither imports the other.
 */
import { numericKey } from '@arbiter/ir';
import type { Group } from './state.js';
import type { TextSearch } from './number-text.js';

export interface NumberPlan {
  /** False: the field has ranges, exclusions or residual tests; numbers take the general path. */
  plain: boolean;
  keys: Float64Array;
  /** Per key: 1 when it is a double compared exactly, 0 for a precision key. */
  exact: Uint8Array;
  lists: Group[][];
  /** How a plain plan searches number arrays as text (`undefined`: read each number). */
  text: TextSearch | undefined;
}

/** True when `v` equals key `i` of the plan (after the distance prefilter). */
export function equalsKey(plan: NumberPlan, i: number, v: number): boolean {
  return plan.exact[i] === 1 ? v === plan.keys[i] : numericKey(v) === plan.keys[i];
}
