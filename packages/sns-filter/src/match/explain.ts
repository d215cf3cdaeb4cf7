/** Turns the reference evaluator's failing node into a FilterDecision reason a person can act on. */
import { evaluateReference, parsePointer, toPointer, type Expr, type FieldResolver } from '@arbiter/ir';
import { showValue } from '../policy/messages.js';
import { fieldKey, listClauses, type Clause, type PolicyModel } from '../policy/model.js';
import type { FilterDecision } from '../types.js';

function findClause(model: PolicyModel, at: string): Clause | undefined {
  const byPointer = new Map(listClauses(model.root).map((c) => [c.at, c]));
  const tokens = parsePointer(at) ?? [];
  for (let n = tokens.length; n >= 0; n--) {
    const clause = byPointer.get(toPointer(tokens.slice(0, n)));
    if (clause) return clause;
  }
  return undefined;
}

function describe(clause: Clause, values: readonly unknown[] | undefined): string {
  const key = `\`${fieldKey(clause.field)}\``;
  const conditions = showValue(clause.source);
  const exists = clause.conditions.filter((c) => c.predicate.op === 'exists');
  if (exists.length === clause.conditions.length && exists.length > 0) {
    return exists.some((c) => c.predicate.op === 'exists' && c.predicate.value)
      ? `${key}: not in the message, but the policy requires it to exist`
      : `${key}: present, but the policy requires it to be absent`;
  }
  if (values === undefined) return `${key}: not in the message; the policy needs one of ${conditions}`;
  return `${key}: no value matched any of ${conditions}`;
}

/** Explains why `expr` rejected the message behind `resolve`. */
export function explainFailure(model: PolicyModel, expr: Expr, resolve: FieldResolver): Pick<FilterDecision, 'reason' | 'failed'> {
  const failedAt = evaluateReference(expr, resolve).failed?.at ?? '';
  const clause = findClause(model, failedAt);
  if (!clause) return { reason: 'the message did not match the filter policy' };
  const inOr = (parsePointer(clause.at) ?? []).includes('$or');
  const reason = `${inOr ? 'no branch of `$or` matched; first failure: ' : ''}${describe(clause, resolve(clause.field))}`;
  return { reason, failed: { path: clause.at, key: fieldKey(clause.field), condition: showValue(clause.source, 200) } };
}
