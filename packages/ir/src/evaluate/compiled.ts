/**
 * The compiled evaluator: lowers an expression once into nested closures, each test holding its
 * predicate's compiled form (predicates/<op>.ts `compile`), so evaluation does no IR dispatch.
 * It must agree with evaluate/reference.ts; property tests check that.
 */
import type { Expr, FieldResolver, TestExpr } from '../nodes.js';
import { NO_ENV, type EvalEnv, type ValueTest } from '../predicates/definition.js';
import type { Predicate } from '../predicates/registry.js';
import { definitionOf } from '../predicates/registry.js';
import { compileWithin } from '../nodes/within.js';

export type CompiledExpr = (resolve: FieldResolver, env?: EvalEnv) => boolean;

/** The compiled test of one predicate, from its definition. */
export function compilePredicate(p: Predicate): ValueTest {
  return definitionOf(p).compile(p);
}

function compileTest(t: TestExpr): CompiledExpr {
  const field = t.field;
  const definition = definitionOf(t.predicate);
  const { presence } = definition;
  if (presence) {
    const p = t.predicate;
    return (r) => presence(p, r(field));
  }
  const check = definition.compile(t.predicate);
  return (r, env = NO_ENV) => {
    const values = r(field);
    if (values === undefined) return false;
    for (let i = 0; i < values.length; i++) if (check(values[i], env)) return true;
    return false;
  };
}

export function compileExpr(expr: Expr): CompiledExpr {
  switch (expr.kind) {
    case 'const': {
      const v = expr.value;
      return () => v;
    }
    case 'test':
      return compileTest(expr);
    case 'not': {
      const inner = compileExpr(expr.expr);
      return (r, env) => !inner(r, env);
    }
    case 'all': {
      const parts = expr.of.map(compileExpr);
      if (parts.length === 1) return parts[0] as CompiledExpr;
      return (r, env) => {
        for (let i = 0; i < parts.length; i++) if (!(parts[i] as CompiledExpr)(r, env)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = expr.of.map(compileExpr);
      if (parts.length === 1) return parts[0] as CompiledExpr;
      return (r, env) => {
        for (let i = 0; i < parts.length; i++) if ((parts[i] as CompiledExpr)(r, env)) return true;
        return false;
      };
    }
    case 'within': {
      const inner = compileExpr(expr.expr);
      return compileWithin(expr, (scope) => inner(scope));
    }
  }
}
