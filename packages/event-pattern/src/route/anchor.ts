/**
 * The router's index key for one pattern: a field every match must satisfy with an exact string
 * (a top-level `any` of `exact` string tests on one field, or one such test). Events are looked up
 * by that field's values, so a pattern is evaluated only for events that carry one of its strings.
 */
import type { Expr, TestExpr } from '@arbiter/ir';

export interface Anchor {
  field: string[];
  values: string[];
}

function exactStrings(expr: Expr): { field: string[]; values: string[] } | undefined {
  const tests: TestExpr[] = expr.kind === 'test' ? [expr] : expr.kind === 'any' && expr.of.every((e) => e.kind === 'test') ? (expr.of as TestExpr[]) : [];
  if (tests.length === 0) return undefined;
  const field = tests[0]!.field;
  const values: string[] = [];
  for (const t of tests) {
    if (t.field.join('.') !== field.join('.') || t.predicate.op !== 'exact' || typeof t.predicate.value !== 'string') return undefined;
    values.push(t.predicate.value);
  }
  return { field, values };
}

/** The anchor of a rule's expression, or `undefined` when no field must equal one of a few strings. */
export function anchorOf(when: Expr): Anchor | undefined {
  const direct = exactStrings(when);
  if (direct) return direct;
  if (when.kind !== 'all') return undefined;
  let best: Anchor | undefined;
  for (const part of when.of) {
    const candidate = exactStrings(part);
    if (candidate && (!best || candidate.values.length < best.values.length)) best = candidate;
  }
  return best;
}

/** Replaces every field array by a shared one per path, so one resolver cache serves every pattern. */
export function internFields(expr: Expr, table: Map<string, string[]>): void {
  if (expr.kind === 'test' || expr.kind === 'within') {
    const key = expr.field.join('\u0000');
    const shared = table.get(key) ?? expr.field;
    table.set(key, shared);
    expr.field = shared;
  }
  if (expr.kind === 'all' || expr.kind === 'any') for (const e of expr.of) internFields(e, table);
  if (expr.kind === 'not' || expr.kind === 'within') internFields(expr.expr, table);
}
