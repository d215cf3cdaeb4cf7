/** A request prepared once for evaluation: lower-cased action, principal facts, normalized context. */
import type { EvalEnv, FieldResolver } from '@arbiter/ir';
import { describePrincipal, type PrincipalGrant, type PrincipalInfo } from '../match/principal.js';
import type { PolicyKind, StatementRef, StatementTrace } from '../types.js';
import type { ContextView } from './request-context.js';

const principals = new Map<string, PrincipalInfo>();

/** Principal ARNs recur across requests: parse each once (bounded cache). */
function describePrincipalCached(arn: string): PrincipalInfo {
  let info = principals.get(arn);
  if (!info) {
    info = describePrincipal(arn);
    if (principals.size > 10_000) principals.clear();
    principals.set(arn, info);
  }
  return info;
}

export interface PreparedRequest {
  action: string;
  lowerAction: string;
  resource: string;
  principal?: PrincipalInfo;
  resourceAccount?: string;
  context: ContextView;
  /** The request's IR fields and variables (evaluate/fields.ts), made on first use. */
  fields?: { resolve: FieldResolver; env: EvalEnv } | undefined;
}

export function prepareRequest(action: string, resource: string | undefined, principal: string | undefined, resourceAccount: string | undefined, context: ContextView): PreparedRequest {
  // `fields` is declared up front so every request object keeps one shape.
  const r: PreparedRequest = { action, lowerAction: action.toLowerCase(), resource: resource ?? '*', context, fields: undefined };
  if (principal !== undefined) r.principal = describePrincipalCached(principal);
  if (resourceAccount !== undefined) r.resourceAccount = resourceAccount;
  return r;
}

/** One statement's outcome; `trace` only from the reference evaluator. */
export interface StatementResult {
  ref: StatementRef;
  applies: boolean;
  /** Resource-based policies: how the statement named the principal. */
  grant?: PrincipalGrant;
  trace?: StatementTrace;
}

export interface PolicyId {
  kind: PolicyKind;
  index: number;
  level?: number;
}

/** All statement results of one request, grouped as the evaluation logic needs them. */
export interface EvaluatedSet {
  identity: StatementResult[];
  resource: StatementResult[];
  boundary: StatementResult[] | undefined;
  session: StatementResult[] | undefined;
  /** One entry per SCP level; `undefined` when no SCPs take part. */
  scpLevels: StatementResult[][] | undefined;
}
