import type { Expr, RuleSet } from './nodes.js';
import { printWithin } from './nodes/within.js';
import { definitionOf, type Predicate } from './predicates/registry.js';

/** Renders a predicate the way people write it (its definition's printer). */
export function printPredicate(p: Predicate): string {
  return definitionOf(p).print(p);
}

/** Renders an expression as indented text, one node a line. */
export function printExpr(expr: Expr, indent = ''): string {
  switch (expr.kind) {
    case 'const':
      return `${indent}${expr.value}`;
    case 'test':
      return `${indent}${expr.field.join('.')} ${printPredicate(expr.predicate)}`;
    case 'not':
      return `${indent}not\n${printExpr(expr.expr, indent + '  ')}`;
    case 'all':
    case 'any':
      if (expr.of.length === 0) return `${indent}${expr.kind} (none)`;
      return `${indent}${expr.kind}\n${expr.of.map((c) => printExpr(c, indent + '  ')).join('\n')}`;
    case 'within':
      return printWithin(expr, indent, printExpr);
  }
}

export function printRuleSet(ruleSet: RuleSet): string {
  return ruleSet.rules
    .map((r) => `rule ${r.id}${r.effect ? ` (${r.effect})` : ''} at ${r.at || '(root)'}\n${printExpr(r.when, '  ')}`)
    .join('\n');
}
