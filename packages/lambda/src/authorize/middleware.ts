/**
 * Authorization before the handler, as a Middy middleware and as a plain wrapper: an Allow runs
 * the handler; anything else returns `onDeny(decision)`, by default a 403 API Gateway response.
 */
import type { Decision } from '@arbiter/iam';
import type { Context } from 'aws-lambda';
import { valueOrThrow } from '../errors.js';
import type { MiddyMiddleware } from '../middy-types.js';
import { createCallerAuthorizer, type AuthorizeOptions } from './authorizer.js';

export interface AuthorizationMiddlewareOptions<E> extends AuthorizeOptions<E> {
  onDeny?: (decision: Decision, event: E) => unknown;
}

export function forbidden(decision: Decision): { statusCode: 403; headers: Record<string, string>; body: string } {
  return { statusCode: 403, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Forbidden', decision: decision.decision }) };
}

/** The plain wrapper: `export const handler = withAuthorization({ policies, action }, async (event) => …)`. */
export function withAuthorization<E, R>(
  options: AuthorizationMiddlewareOptions<E>,
  handler: (event: E, context: Context) => Promise<R> | R,
): (event: E, context: Context) => Promise<unknown> {
  const authorizer = valueOrThrow(createCallerAuthorizer(options), 'arbiter: invalid IAM policies');
  return async (event, context) => {
    const decision = authorizer.authorize(event, context);
    if (decision.decision !== 'Allow') return (options.onDeny ?? forbidden)(decision, event);
    return handler(event, context);
  };
}

/** The Middy middleware: `middy(handler).use(abacAuthorization({ policies, action }))`. */
export function abacAuthorization<E>(options: AuthorizationMiddlewareOptions<E>): MiddyMiddleware<E> {
  const authorizer = valueOrThrow(createCallerAuthorizer(options), 'arbiter: invalid IAM policies');
  return {
    before(request) {
      const decision = authorizer.authorize(request.event, request.context);
      return decision.decision === 'Allow' ? undefined : (options.onDeny ?? forbidden)(decision, request.event);
    },
  };
}
