/**
 * Three-valued (Kleene) evaluation of an IR expression under a partial assignment of fields: a
 * test on a field not yet assigned is `UNKNOWN`, so the search can prune a branch as soon as the
 * goal is definitely false, and stop as soon as it is definitely true.
 */
import { definitionOf, NO_ENV, type Expr, type FieldValues, type TestExpr } from '@arbiter/ir';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Field key → its values (`undefined`: absent). A key missing from the map is unassigned. */
export type Assignment = Map<string, FieldValues>;

export function fieldKeyOf(field: readonly string[]): string {
  return JSON.stringify(field);
}

/** One test against one field's values, with the test's own definition (the reference semantics). */
export function testHolds(t: TestExpr, values: FieldValues): boolean {
  const definition = definitionOf(t.predicate);
  if (definition.presence) return definition.presence(t.predicate, values);
  if (values === undefined) return false;
  return values.some((v) => definition.test(t.predicate, v, NO_ENV));
}

export function evaluatePartial(expr: Expr, assignment: Assignment): Truth {
  return evaluateThreeValued(expr, (t) => {
    const key = fieldKeyOf(t.field);
    if (!assignment.has(key)) return UNKNOWN;
    return testHolds(t, assignment.get(key)) ? TRUE : FALSE;
  });
}

/** Kleene evaluation with the truth of each test given by the caller (languages whose fields are derived). */
export function evaluateThreeValued(expr: Expr, truthOf: (t: TestExpr) => Truth): Truth {
  switch (expr.kind) {
    case 'const':
      return expr.value ? TRUE : FALSE;
    case 'test':
      return truthOf(expr);
    case 'not': {
      const inner = evaluateThreeValued(expr.expr, truthOf);
      return inner === UNKNOWN ? UNKNOWN : inner === TRUE ? FALSE : TRUE;
    }
    case 'all': {
      let result: Truth = TRUE;
      for (const c of expr.of) {
        const r = evaluateThreeValued(c, truthOf);
        if (r === FALSE) return FALSE;
        if (r === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'any': {
      let result: Truth = FALSE;
      for (const c of expr.of) {
        const r = evaluateThreeValued(c, truthOf);
        if (r === TRUE) return TRUE;
        if (r === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    // Element-scoped tests (array consistency) are not modelled: never decided here.
    case 'within':
      return UNKNOWN;
  }
}

/** Node kinds the search does not model; an expression holding one gets `unknown` answers, not proofs. */
export function unmodelledKinds(exprs: readonly Expr[]): string[] {
  const kinds = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'within') kinds.add(e.kind);
    else if (e.kind === 'not') visit(e.expr);
    else if (e.kind === 'all' || e.kind === 'any') e.of.forEach(visit);
  };
  exprs.forEach(visit);
  return [...kinds];
}

/** Every test of an expression, grouped by field key (in first-seen order). */
export function testsByField(exprs: readonly Expr[]): Map<string, TestExpr[]> {
  const byField = new Map<string, TestExpr[]>();
  const visit = (e: Expr): void => {
    if (e.kind === 'test') {
      const key = fieldKeyOf(e.field);
      const list = byField.get(key);
      if (list) list.push(e);
      else byField.set(key, [e]);
    } else if (e.kind === 'not') visit(e.expr);
    else if (e.kind === 'all' || e.kind === 'any') e.of.forEach(visit);
  };
  exprs.forEach(visit);
  return byField;
}
