/**
 * A cheap disjointness pre-check for pairs of subscriptions: a key every message must have with
 * one of finitely many exact values (a top-level condition list of exact strings and numbers). Two
 * policies that need disjoint values of the same key never deliver the same message, so the pair
 * needs no search. Anything less plain is left to the search.
 */
import type { Expr } from '@arbiter/ir';

export type FiniteKeys = Map<string, Set<string>>;

function exactValuesOf(e: Expr): Set<string> | undefined {
  if (e.kind !== 'any') return undefined;
  const values = new Set<string>();
  for (const c of e.of) {
    if (c.kind !== 'test' || c.predicate.op !== 'exact') return undefined;
    const v = c.predicate.value;
    if (typeof v === 'string') values.add(`s${v}`);
    else if (typeof v === 'number' && Number.isInteger(v)) values.add(`n${v}`);
    else return undefined;
  }
  return values;
}

export function finiteKeys(expr: Expr): FiniteKeys {
  const keys: FiniteKeys = new Map();
  if (expr.kind !== 'all') return keys;
  for (const clause of expr.of) {
    const values = exactValuesOf(clause);
    const first = clause.kind === 'any' ? clause.of[0] : undefined;
    if (values && first?.kind === 'test') keys.set(JSON.stringify(first.field), values);
  }
  return keys;
}

export function surelyDisjoint(a: FiniteKeys, b: FiniteKeys): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [key, values] of small) {
    const other = large.get(key);
    if (!other) continue;
    let shared = false;
    for (const v of values) if (other.has(v)) shared = true;
    if (!shared) return true;
  }
  return false;
}
