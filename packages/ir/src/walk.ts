import type { Expr, RuleSet } from './nodes.js';

/** Visits every expression depth-first, parents before children. */
export function walkExpr(expr: Expr, visit: (e: Expr, depth: number) => void, depth = 0): void {
  visit(expr, depth);
  switch (expr.kind) {
    case 'all':
    case 'any':
      for (const c of expr.of) walkExpr(c, visit, depth + 1);
      break;
    case 'not':
      walkExpr(expr.expr, visit, depth + 1);
      break;
    default:
      break;
  }
}

export function walkRuleSet(ruleSet: RuleSet, visit: (e: Expr, depth: number) => void): void {
  for (const r of ruleSet.rules) walkExpr(r.when, visit);
}
