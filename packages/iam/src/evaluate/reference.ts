/**
 * The reference evaluator: reads the validated policy on every request, with no precomputation,
 * and records a full trace (every condition's resolved values and result). It is the oracle for the
 * compiled evaluator and the source of every explanation.
 */
import { getContextValue, lookupVariable } from '../context.js';
import { matchAction, prepareActionPattern } from '../match/action.js';
import { matchNotPrincipal, matchPrincipal, type PrincipalGrant } from '../match/principal.js';
import { matchResource, prepareResourcePattern } from '../match/resource.js';
import { globFromParts } from '../operators/glob.js';
import { evaluateCondition } from '../operators/qualifiers.js';
import { getOperator } from '../operators/registry.js';
import type { ConditionTrace, IamCondition, IamPolicy, IamStatement, PolicyValue, StatementRef, StatementTrace } from '../types.js';
import type { PolicyId, PreparedRequest, StatementResult } from './request.js';

export function statementRef(id: PolicyId, st: IamStatement): StatementRef {
  const ref: StatementRef = { policyKind: id.kind, policyIndex: id.index, statementIndex: st.index, effect: st.effect, pointer: st.at };
  if (id.level !== undefined) ref.level = id.level;
  if (st.sid !== undefined) ref.sid = st.sid;
  return ref;
}

export function evaluatePolicyReference(policy: IamPolicy, id: PolicyId, req: PreparedRequest): StatementResult[] {
  return policy.statements.map((st) => evaluateStatementReference(st, statementRef(id, st), req));
}

function resolve(v: PolicyValue, req: PreparedRequest) {
  return globFromParts(v.parts, (k) => lookupVariable(req.context, k));
}

function evaluateStatementReference(st: IamStatement, ref: StatementRef, req: PreparedRequest): StatementResult {
  const actions = st.action ?? st.notAction ?? [];
  const anyAction = actions.some((a) => matchAction(prepareActionPattern(a.text), req.lowerAction));
  const actionMatched = st.action ? anyAction : !anyAction;
  const patterns = (st.resource ?? st.notResource ?? []).map((v) => resolve(v, req));
  const anyResource = patterns.some((g) => g !== null && matchResource(prepareResourcePattern(g), req.resource));
  const resourceMatched = st.resource ? anyResource : st.notResource ? !anyResource : true;
  let grant: PrincipalGrant | undefined;
  if (st.principal) grant = matchPrincipal(st.principal, req.principal);
  else if (st.notPrincipal) grant = matchNotPrincipal(st.notPrincipal, req.principal);
  const principalMatched = st.principal || st.notPrincipal ? grant !== undefined : undefined;
  const conditions = st.conditions.map((c) => evaluateConditionReference(c, req));
  const applies = actionMatched && resourceMatched && principalMatched !== false && conditions.every((c) => c.result);
  const trace: StatementTrace = { ref, actionMatched, resourceMatched, conditions, applies };
  if (st.resource || st.notResource) trace.resources = patterns.map((g) => (g === null ? null : g.text));
  if (principalMatched !== undefined) trace.principalMatched = principalMatched;
  const result: StatementResult = { ref, applies, trace };
  if (grant) result.grant = grant;
  return result;
}

export function evaluateConditionReference(c: IamCondition, req: PreparedRequest): ConditionTrace {
  const def = getOperator(c.operator);
  const resolved = c.values.map((v) => resolve(v, req));
  const request = getContextValue(req.context, c.lowerKey);
  const outcome = def
    ? evaluateCondition(def, c.qualifier, c.ifExists, request, resolved.map((g) => (g === null ? undefined : def.prepare(g))))
    : { result: false };
  const trace: ConditionTrace = {
    operator: c.operatorText,
    key: c.key,
    pointer: c.at,
    requestValues: request === undefined ? null : typeof request === 'string' ? [request] : [...request],
    policyValues: resolved.map((g) => (g === null ? null : g.text)),
    result: outcome.result,
  };
  if ('reason' in outcome && outcome.reason) trace.reason = outcome.reason;
  return trace;
}
