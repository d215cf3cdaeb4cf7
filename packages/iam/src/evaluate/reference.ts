/**
 * The reference evaluator: interprets each statement's IR rule (policy/to-ir.ts) with the IR's
 * reference evaluator on every request, with no precomputation, and records a full trace (every
 * condition's resolved values and result). It is the oracle for the compiled evaluator and the
 * source of every explanation.
 */
import { evaluateReference, type Expr, type Rule } from '@arbiter/ir';
import type { LoadedPolicy } from '../policy/load.js';
import { statementParts } from '../policy/to-ir.js';
import type { IamStatement, StatementRef, StatementTrace } from '../types.js';
import { conditionTrace, resolvedText } from './condition-trace.js';
import { fieldsOf } from './fields.js';
import { grantOf } from './grant.js';
import type { PolicyId, PreparedRequest, StatementResult } from './request.js';

export function statementRef(id: PolicyId, st: IamStatement): StatementRef {
  const ref: StatementRef = { policyKind: id.kind, policyIndex: id.index, statementIndex: st.index, effect: st.effect, pointer: st.at };
  if (id.level !== undefined) ref.level = id.level;
  if (st.sid !== undefined) ref.sid = st.sid;
  return ref;
}

export function evaluatePolicyReference(loaded: LoadedPolicy, req: PreparedRequest): StatementResult[] {
  return loaded.policy.statements.map((st, i) => evaluateStatementReference(st, loaded.ruleSet.rules[i] as Rule, statementRef(loaded, st), req));
}

function evaluateStatementReference(st: IamStatement, rule: Rule, ref: StatementRef, req: PreparedRequest): StatementResult {
  const { resolve, env } = fieldsOf(req);
  const holds = (e: Expr) => evaluateReference(e, resolve, env).value;
  const parts = statementParts(rule);
  const actionMatched = holds(parts.action);
  const resourceMatched = holds(parts.resource);
  const hasPrincipal = st.principal !== undefined || st.notPrincipal !== undefined;
  const grant = grantOf(parts.principal, holds);
  const principalMatched = hasPrincipal ? grant !== undefined : undefined;
  const conditions = st.conditions.map((c, i) => conditionTrace(c, req.context.get(c.lowerKey), env, holds(parts.conditions[i] as Expr)));
  const applies = actionMatched && resourceMatched && principalMatched !== false && conditions.every((c) => c.result);
  const trace: StatementTrace = { ref, actionMatched, resourceMatched, conditions, applies };
  const resources = st.resource ?? st.notResource;
  if (resources) trace.resources = resources.map((v) => resolvedText(v, env));
  if (principalMatched !== undefined) trace.principalMatched = principalMatched;
  const result: StatementResult = { ref, applies, trace };
  if (grant) result.grant = grant;
  return result;
}
