/**
 * toIr: a validated IAM policy as an IR rule set. Each statement is one rule (`effect` Allow/Deny)
 * whose `when` is `all` of four parts, always in this order (see `statementParts`):
 *   0 Action / NotAction      tests of the lower-cased action (`['action']`)
 *   1 Resource / NotResource  `arn-like` tests (or templates, for variables) of `['resource']`
 *   2 Principal / NotPrincipal one `any` per grant kind — direct, role, account (principal.ts)
 *   3 Condition               one expression per condition key (conditions.ts)
 * An absent element is `const true`. The fields are resolved per request by evaluate/fields.ts.
 */
import { all, any, constant, joinPointer, not, test, type Expr, type Predicate, type Rule, type RuleSet } from '@arbiter/ir';
import type { IamPolicy, IamStatement, PolicyValue } from '../types.js';
import { conditionToIr } from './conditions.js';
import { principalToIr } from './principal.js';
import { literalText, stringOperand } from '../operators/operand.js';

export const ACTION_FIELD = ['action'];
export const RESOURCE_FIELD = ['resource'];

export interface StatementParts {
  action: Expr;
  resource: Expr;
  principal: Expr;
  conditions: Expr[];
}

function actionToIr(values: PolicyValue[], at: string, negate: boolean): Expr {
  // Actions are case-insensitive: the pattern is lower-cased here, the request's action per request.
  const tests = values.map((v) => {
    const pattern = literalText(v).toLowerCase();
    const p: Predicate = /[*?]/.test(pattern) ? { op: 'glob', pattern, ignoreCase: false, at: v.at } : { op: 'exact', value: pattern, at: v.at };
    return test(ACTION_FIELD, p, v.at);
  });
  const matched = any(tests, at);
  return negate ? not(matched, at) : matched;
}

/** Resource patterns; an unresolved variable matches nothing, so NotResource then excludes nothing. */
export function resourceToIr(values: PolicyValue[], at: string, negate: boolean): Expr {
  const tests = values.map((v) => test(RESOURCE_FIELD, stringOperand(v, 'arn-like', (pattern) => ({ op: 'arn-like', pattern, at: v.at })), v.at));
  const matched = any(tests, at);
  return negate ? not(matched, at) : matched;
}

export function statementToRule(st: IamStatement): Rule {
  const action = st.action ? actionToIr(st.action, joinPointer(st.at, 'Action'), false) : actionToIr(st.notAction ?? [], joinPointer(st.at, 'NotAction'), true);
  const resource = st.resource
    ? resourceToIr(st.resource, joinPointer(st.at, 'Resource'), false)
    : st.notResource
      ? resourceToIr(st.notResource, joinPointer(st.at, 'NotResource'), true)
      : constant(true, st.at);
  const principal = st.principal ? principalToIr(st.principal, false) : st.notPrincipal ? principalToIr(st.notPrincipal, true) : constant(true, st.at);
  const conditions = all(st.conditions.map(conditionToIr), joinPointer(st.at, 'Condition'));
  const rule: Rule = { id: st.sid ?? String(st.index), effect: st.effect, when: all([action, resource, principal, conditions], st.at), at: st.at };
  return rule;
}

/** The four parts of a rule made by `statementToRule`. */
export function statementParts(rule: Rule): StatementParts {
  const parts = rule.when.kind === 'all' ? rule.when.of : [];
  const [action, resource, principal, conditions] = parts;
  if (parts.length !== 4 || !action || !resource || !principal || conditions?.kind !== 'all') throw new Error(`@arbiter/iam: rule ${rule.at} is not a lowered statement`);
  return { action, resource, principal, conditions: conditions.of };
}

export function policyToIr(policy: IamPolicy): RuleSet {
  return { kind: 'rule-set', language: 'iam', rules: policy.statements.map(statementToRule), at: '' };
}
