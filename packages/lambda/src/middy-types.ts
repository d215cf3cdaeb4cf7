/**
 * The shape of a Middy middleware, written out so `@arbiter/lambda` needs no Middy at run time:
 * `middy(handler).use(recordFilter({...}))` type-checks against Middy's own `MiddlewareObj`.
 */
import type { Context } from 'aws-lambda';

export interface MiddyRequest<E = unknown, R = unknown> {
  event: E;
  context: Context;
  response: R | null | undefined;
  error?: unknown;
  internal?: Record<string, unknown>;
}

export interface MiddyMiddleware<E = any, R = any> {
  /** Returning a value ends the request early with that response (Middy's early exit). */
  before?: (request: MiddyRequest<E, R>) => unknown;
  after?: (request: MiddyRequest<E, R>) => unknown;
  onError?: (request: MiddyRequest<E, R>) => unknown;
}
