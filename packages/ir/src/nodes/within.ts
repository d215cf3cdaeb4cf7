/**
 * `within`: the array-consistency node. True when some object found at `field` satisfies `expr`
 * with `expr`'s fields resolved inside that one object — so every field `expr` matches comes from
 * the same element of an array of objects (EventBridge's rule, spec event-pattern §5). Hosts that
 * support it give their resolver a `scopes` method listing the objects at a path (arrays
 * flattened); without one, there are no objects and `within` is false.
 */
import type { Expr, FieldResolver } from '../nodes.js';

export interface WithinExpr {
  kind: 'within';
  field: string[];
  expr: Expr;
  at: string;
}

/** A resolver that can also descend: `scopes(field)` lists a resolver for each object at `field`. */
export type ScopedResolver = FieldResolver & { scopes?: (field: readonly string[]) => readonly FieldResolver[] };

export const within = (field: string[], expr: Expr, at: string): WithinExpr => ({ kind: 'within', field, expr, at });

export function scopesOf(resolve: FieldResolver, field: readonly string[]): readonly FieldResolver[] {
  return (resolve as ScopedResolver).scopes?.(field) ?? [];
}

/** Reference reading, given the evaluator for the inner expression: the first scope that satisfies it wins. */
export function evaluateWithin<R extends { value: boolean; failed?: Expr }>(node: WithinExpr, resolve: FieldResolver, inner: (expr: Expr, scope: FieldResolver) => R): R | { value: false; failed: Expr } {
  let firstFailure: Expr | undefined;
  for (const scope of scopesOf(resolve, node.field)) {
    const r = inner(node.expr, scope);
    if (r.value) return r;
    firstFailure ??= r.failed;
  }
  return { value: false, failed: firstFailure ?? node };
}

/** Compiled form, given the compiled inner expression. */
export function compileWithin(node: WithinExpr, inner: (resolve: FieldResolver) => boolean): (resolve: FieldResolver) => boolean {
  const field = node.field;
  return (resolve) => {
    const scopes = scopesOf(resolve, field);
    for (let i = 0; i < scopes.length; i++) if (inner(scopes[i] as FieldResolver)) return true;
    return false;
  };
}

export function printWithin(node: WithinExpr, indent: string, printInner: (expr: Expr, indent: string) => string): string {
  return `${indent}within ${node.field.join('.')} (one element)\n${printInner(node.expr, indent + '  ')}`;
}
