/**
 * The reference evaluator: a direct, obviously-correct reading of the IR. It is the oracle the
 * compiled evaluator and the SNS router are tested against, and the source of explanations.
 */
import type { Expr, FieldResolver, TestExpr } from '../nodes.js';
import { testValue } from '../primitives/predicate.js';

export interface Evaluation {
  value: boolean;
  /** For a false result: the test (or constant) that made it false, deepest first reached. */
  failed?: Expr;
}

export function evaluateTest(t: TestExpr, resolve: FieldResolver): boolean {
  const values = resolve(t.field);
  if (t.predicate.op === 'exists') return t.predicate.value ? values !== undefined : values === undefined;
  if (values === undefined) return false;
  if (t.quantifier === 'all') return values.every((v) => testValue(t.predicate, v));
  return values.some((v) => testValue(t.predicate, v));
}

export function evaluateReference(expr: Expr, resolve: FieldResolver): Evaluation {
  switch (expr.kind) {
    case 'const':
      return expr.value ? { value: true } : { value: false, failed: expr };
    case 'test':
      return evaluateTest(expr, resolve) ? { value: true } : { value: false, failed: expr };
    case 'not': {
      const inner = evaluateReference(expr.expr, resolve);
      return inner.value ? { value: false, failed: expr } : { value: true };
    }
    case 'all': {
      for (const c of expr.of) {
        const r = evaluateReference(c, resolve);
        if (!r.value) return r;
      }
      return { value: true };
    }
    case 'any': {
      let firstFailure: Expr | undefined;
      for (const c of expr.of) {
        const r = evaluateReference(c, resolve);
        if (r.value) return r;
        firstFailure ??= r.failed;
      }
      return { value: false, failed: firstFailure ?? expr };
    }
  }
}
