/**
 * EventBridge's array consistency (`within` nodes) in the analysis. On events without arrays of
 * objects, `within(F, e)` holds exactly when `e` holds with its fields read under `F`, so the
 * search runs on the flattened expressions and builds events of nested objects only (each
 * witness is replayed through the real matcher, which applies `within`). A search that finds
 * *nothing* is a proof only where arrays of objects cannot add a witness:
 *
 * - an event E satisfying `P ∧ ¬N` keeps doing so when every array of objects is cut down to the
 *   one element P's match uses, as long as N is monotone (no `exists: false`: dropping elements
 *   can only make N false) — so `onlyOld` needs NEW free of `exists: false`, `onlyNew` OLD;
 * - an event satisfying `P ∧ N` keeps doing so when the elements each uses are merged into one,
 *   as long as no `exists: false` sits inside a `within` (merging could fill the absent field).
 *
 * Elsewhere those parts are `unknown`. Event keys that contain dots are outside the model (the
 * matcher reads `{"a.b": 1}` like `{"a": {"b": 1}}`; event-ruler says not to rely on it).
 */
import { all, any, not, type Expr } from '@arbiter/ir';
import type { Component } from '../engine/relation.js';

/** The expression with every `within` replaced by its inner expression read under the `within` path. */
export function flattenWithin(expr: Expr, prefix: readonly string[] = []): Expr {
  switch (expr.kind) {
    case 'const':
      return expr;
    case 'test':
      return prefix.length === 0 ? expr : { ...expr, field: [...prefix, ...expr.field] };
    case 'not':
      return not(flattenWithin(expr.expr, prefix), expr.at);
    case 'all':
      return all(expr.of.map((e) => flattenWithin(e, prefix)), expr.at);
    case 'any':
      return any(expr.of.map((e) => flattenWithin(e, prefix)), expr.at);
    case 'within':
      return flattenWithin(expr.expr, [...prefix, ...expr.field]);
  }
}

interface Features {
  within: boolean;
  /** An `exists: false` test anywhere / inside a `within`. */
  absence: boolean;
  absenceWithin: boolean;
}

function featuresOf(expr: Expr): Features {
  const f: Features = { within: false, absence: false, absenceWithin: false };
  const visit = (e: Expr, inside: boolean): void => {
    if (e.kind === 'within') {
      f.within = true;
      visit(e.expr, true);
    } else if (e.kind === 'test' && e.predicate.op === 'exists' && !e.predicate.value) {
      f.absence = true;
      if (inside) f.absenceWithin = true;
    } else if (e.kind === 'not') visit(e.expr, inside);
    else if (e.kind === 'all' || e.kind === 'any') e.of.forEach((c) => visit(c, inside));
  };
  visit(expr, false);
  return f;
}

/** The parts where a search over events without arrays of objects proves nothing, with the reason. */
export function withinGaps(oldExpr: Expr, newExpr: Expr): Partial<Record<Component, string>> {
  const o = featuresOf(oldExpr);
  const n = featuresOf(newExpr);
  if (!o.within && !n.within) return {};
  const why = (side: string) => `arrays of objects (array consistency) with \`exists: false\` in ${side} are not analysed`;
  const gaps: Partial<Record<Component, string>> = {};
  if (n.absence) gaps.onlyOld = why('NEW');
  if (o.absence) gaps.onlyNew = why('OLD');
  if (o.absenceWithin || n.absenceWithin) gaps.both = why(o.absenceWithin ? 'OLD' : 'NEW');
  return gaps;
}

/** A field that is a proper prefix of another: an event can hold both only with arrays mixing leaves and objects. */
export function nestedFieldGap(fields: ReadonlyArray<readonly string[]>): string | undefined {
  for (const a of fields) {
    for (const b of fields) {
      if (a.length < b.length && a.every((seg, i) => seg === b[i])) return `\`${a.join('.')}\` is tested both as a value and as an object holding \`${b.join('.')}\``;
    }
  }
  return undefined;
}
