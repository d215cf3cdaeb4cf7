import type { Expr, RuleSet } from './nodes.js';
import type { Predicate } from './predicates.js';

/** Renders a predicate the way people write it: `prefix "ab"`, `numeric >= 1, < 5`. */
export function printPredicate(p: Predicate): string {
  switch (p.op) {
    case 'exact':
      return `= ${JSON.stringify(p.value)}`;
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'anything-but-prefix':
      return `${p.op} ${JSON.stringify(p.value)}`;
    case 'anything-but':
      return `anything-but ${JSON.stringify(p.values)}`;
    case 'numeric': {
      const parts: string[] = [];
      if (p.lower && p.upper && p.lower.value === p.upper.value && p.lower.inclusive && p.upper.inclusive) return `numeric = ${p.lower.value}`;
      if (p.lower) parts.push(`${p.lower.inclusive ? '>=' : '>'} ${p.lower.value}`);
      if (p.upper) parts.push(`${p.upper.inclusive ? '<=' : '<'} ${p.upper.value}`);
      return `numeric ${parts.join(', ')}`;
    }
    case 'cidr':
      return `cidr ${p.cidr}`;
    case 'exists':
      return `exists ${p.value}`;
    case 'glob':
      return `${p.ignoreCase ? 'like-ignore-case' : 'like'} ${JSON.stringify(p.pattern)}`;
    case 'regex':
      return `matches /${p.source}/${p.flags}`;
  }
}

/** Renders an expression as indented text, one node a line. */
export function printExpr(expr: Expr, indent = ''): string {
  switch (expr.kind) {
    case 'const':
      return `${indent}${expr.value}`;
    case 'test':
      return `${indent}${expr.quantifier === 'all' ? 'every ' : ''}${expr.field.join('.')} ${printPredicate(expr.predicate)}`;
    case 'not':
      return `${indent}not\n${printExpr(expr.expr, indent + '  ')}`;
    case 'all':
    case 'any':
      if (expr.of.length === 0) return `${indent}${expr.kind} (none)`;
      return `${indent}${expr.kind}\n${expr.of.map((c) => printExpr(c, indent + '  ')).join('\n')}`;
  }
}

export function printRuleSet(ruleSet: RuleSet): string {
  return ruleSet.rules
    .map((r) => `rule ${r.id}${r.effect ? ` (${r.effect})` : ''} at ${r.at || '(root)'}\n${printExpr(r.when, '  ')}`)
    .join('\n');
}
