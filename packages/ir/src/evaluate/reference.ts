/**
 * The reference evaluator: a direct, obviously-correct reading of the IR. It is the oracle the
 * compiled evaluator and the SNS router are tested against, and the source of explanations.
 * What each predicate means comes from its definition (predicates/<op>.ts).
 */
import type { Expr, FieldResolver, TestExpr } from '../nodes.js';
import { NO_ENV, type EvalEnv } from '../predicates/definition.js';
import { definitionOf } from '../predicates/registry.js';
import { evaluateWithin } from '../nodes/within.js';

export interface Evaluation {
  value: boolean;
  /** For a false result: the test (or constant) that made it false, deepest first reached. */
  failed?: Expr;
}

export function evaluateTest(t: TestExpr, resolve: FieldResolver, env: EvalEnv = NO_ENV): boolean {
  const definition = definitionOf(t.predicate);
  const values = resolve(t.field);
  if (definition.presence) return definition.presence(t.predicate, values);
  if (values === undefined) return false;
  return values.some((v) => definition.test(t.predicate, v, env));
}

export function evaluateReference(expr: Expr, resolve: FieldResolver, env: EvalEnv = NO_ENV): Evaluation {
  switch (expr.kind) {
    case 'const':
      return expr.value ? { value: true } : { value: false, failed: expr };
    case 'test':
      return evaluateTest(expr, resolve, env) ? { value: true } : { value: false, failed: expr };
    case 'not': {
      const inner = evaluateReference(expr.expr, resolve, env);
      return inner.value ? { value: false, failed: expr } : { value: true };
    }
    case 'all': {
      for (const c of expr.of) {
        const r = evaluateReference(c, resolve, env);
        if (!r.value) return r;
      }
      return { value: true };
    }
    case 'any': {
      let firstFailure: Expr | undefined;
      for (const c of expr.of) {
        const r = evaluateReference(c, resolve, env);
        if (r.value) return r;
        firstFailure ??= r.failed;
      }
      return { value: false, failed: firstFailure ?? expr };
    }
    case 'within':
      return evaluateWithin(expr, resolve, (inner, scope) => evaluateReference(inner, scope, env));
  }
}
