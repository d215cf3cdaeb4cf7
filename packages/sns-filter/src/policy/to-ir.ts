/**
 * Step 3: lower the validated model to the shared IR. A policy is one rule; object levels become
 * `all`, a key's condition array `any`, `$or` `any` of `all`s, each condition a `test` on the key's
 * field. `exists` keeps its plain meaning for attributes; in the body, SNS wants a non-null,
 * non-empty value (spec §3), so there it ignores null and the empty string.
 */
import { all, any, constant, test, type Expr, type RuleSet } from '@arbiter/ir';
import type { FilterPolicyScope } from '../types.js';
import type { Clause, Condition, Conjunction, PolicyModel } from './model.js';

/** What counts as an empty value for `exists` in the body. */
export const EMPTY_BODY_VALUES = [null, ''] as const;

function lowerCondition(c: Condition, field: string[], scope: FilterPolicyScope): Expr {
  const p = c.predicate;
  if (p.op !== 'exists' || scope === 'MessageAttributes') return test(field, p, c.at);
  return test(field, { ...p, ignoring: [...EMPTY_BODY_VALUES] }, c.at);
}

function lowerClause(clause: Clause, scope: FilterPolicyScope): Expr {
  return any(clause.conditions.map((c) => lowerCondition(c, clause.field, scope)), clause.at);
}

function lowerConjunction(conj: Conjunction, scope: FilterPolicyScope): Expr {
  const parts = conj.clauses.map((c) => lowerClause(c, scope));
  for (const d of conj.ors) parts.push(any(d.branches.map((b) => lowerConjunction(b, scope)), d.at));
  return all(parts, conj.at);
}

export function toIr(model: PolicyModel): RuleSet {
  const when = model.deliverAll ? constant(true, '') : lowerConjunction(model.root, model.scope);
  return { kind: 'rule-set', language: 'sns-filter', rules: [{ id: 'filter-policy', when, at: '' }], at: '' };
}
