/**
 * Wording shared by the set analyses (`analyzeSubscriptions`, `analyzeEventPatterns`): when a
 * policy can never match, the keys it tests in more than one place are where its conditions
 * contradict each other.
 */
import type { Expr } from '@arbiter/ir';
import { testsByField } from './partial.js';

/** Keys tested in more than one place of `expr`, as `` `a.b` ``. */
export function sharedKeys(expr: Expr): string[] {
  return [...testsByField([expr])].filter(([, tests]) => tests.length > 1).map(([, tests]) => `\`${tests[0]!.field.join('.')}\``);
}

/** ` (the conditions on `a`, `b` contradict each other)`, or nothing when no key is tested twice. */
export function contradictionNote(keys: readonly string[]): string {
  return keys.length ? ` (the conditions on ${keys.join(', ')} contradict each other)` : '';
}
