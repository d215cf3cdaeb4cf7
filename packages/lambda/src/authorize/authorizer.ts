/**
 * ABAC in the function: the caller's principal tags (and ARN) become the request context of an
 * IAM decision over the given policies, compiled once at cold start.
 */
import { ok, type Result } from '@arbiter/ir';
import { compilePolicySet, type Decision, type PolicySet } from '@arbiter/iam';
import type { Context } from 'aws-lambda';
import type { Logger } from '../logger.js';
import { apiGatewayCaller, type Caller } from './caller.js';

type Given<E, T> = T | ((event: E, context: Context) => T);

export interface AuthorizeOptions<E = unknown> {
  /** The policies that decide (identity, resource, boundary, SCPs, session). */
  policies: PolicySet;
  /** The action asked for, e.g. `orders:GetOrder`, or a function of the event. */
  action: Given<E, string>;
  /** The resource ARN, or a function of the event (for `aws:ResourceTag/*`, pass them in `context`). */
  resource?: Given<E, string>;
  /** Who calls. Default {@link apiGatewayCaller}. */
  caller?: (event: E, context: Context) => Caller;
  /** Extra request context keys, e.g. the resource's tags as `aws:ResourceTag/<key>`. */
  context?: Given<E, Record<string, unknown>>;
  /** Denials are logged at warn level with their explanation summary, when given. */
  logger?: Logger;
}

export interface CallerAuthorizer<E> {
  authorize(event: E, context: Context): Decision;
}

const pick = <E, T>(p: Given<E, T>, event: E, context: Context): T =>
  typeof p === 'function' ? (p as (e: E, c: Context) => T)(event, context) : p;

export function createCallerAuthorizer<E>(options: AuthorizeOptions<E>): Result<CallerAuthorizer<E>> {
  const compiled = compilePolicySet(options.policies);
  if (!compiled.ok) return compiled;
  const policies = compiled.value;
  return ok({
    authorize(event, context) {
      const caller = (options.caller ?? apiGatewayCaller)(event, context);
      const requestContext: Record<string, unknown> = { ...(caller.context ?? {}), ...(options.context ? pick(options.context, event, context) : {}) };
      for (const [k, v] of Object.entries(caller.tags ?? {})) requestContext[`aws:PrincipalTag/${k}`] = v;
      if (caller.arn) requestContext['aws:PrincipalArn'] = caller.arn;
      const request = {
        action: pick(options.action, event, context),
        ...(options.resource ? { resource: pick(options.resource, event, context) } : {}),
        ...(caller.arn ? { principal: caller.arn } : {}),
        context: requestContext,
      };
      const decision = policies.authorize(request);
      if (decision.decision !== 'Allow') options.logger?.warn('arbiter: request denied', { action: request.action, decision: decision.decision, reason: decision.explanation.summary });
      return decision;
    },
  });
}
