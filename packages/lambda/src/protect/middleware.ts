/**
 * Data protection on a handler's response, as a Middy middleware and as a plain wrapper. An API
 * Gateway-style response (`{statusCode, body}`) has its `body` protected; a string is protected
 * as is; any other value as its JSON text (and parsed back). A denied payload becomes
 * `onDeny(denial)`: by default a 403 response for API-style responses, otherwise an error.
 */
import type { Context } from 'aws-lambda';
import { ArbiterLambdaError, valueOrThrow } from '../errors.js';
import type { MiddyMiddleware } from '../middy-types.js';
import { createPayloadProtector, type DataProtectionOptions, type PayloadProtector, type ProtectedPayload } from './protector.js';

export type Denial = Extract<ProtectedPayload, { allowed: false }>;

export interface DataProtectionMiddlewareOptions extends DataProtectionOptions {
  /** The response for a denied payload. */
  onDeny?: (denial: Denial, response: unknown) => unknown;
}

const isApiResponse = (r: unknown): r is { statusCode: number; body: string } =>
  typeof r === 'object' && r !== null && typeof (r as { body?: unknown }).body === 'string' && typeof (r as { statusCode?: unknown }).statusCode === 'number';

function defaultDeny(denial: Denial, response: unknown): unknown {
  if (isApiResponse(response)) return { statusCode: 403, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: denial.code, message: denial.message }) };
  throw new ArbiterLambdaError(`arbiter: ${denial.message}`, []);
}

/** Protects one handler response (see the file comment for the shapes). */
export function protectResponse(protector: PayloadProtector, response: unknown, onDeny = defaultDeny): unknown {
  if (response === undefined || response === null) return response;
  const api = isApiResponse(response);
  const text = api ? response.body : typeof response === 'string' ? response : JSON.stringify(response);
  const result = valueOrThrow(protector.protect(text), 'arbiter: cannot protect this payload');
  if (!result.allowed) return onDeny(result, response);
  if (api) return { ...response, body: result.text };
  if (typeof response === 'string') return result.text;
  try {
    return JSON.parse(result.text) as unknown;
  } catch {
    return result.text; // de-identification across JSON values left text that is no longer JSON
  }
}

/** The plain wrapper: `export const handler = withDataProtection({ policy, principal }, async (event) => …)`. */
export function withDataProtection<E, R>(
  options: DataProtectionMiddlewareOptions,
  handler: (event: E, context: Context) => Promise<R> | R,
): (event: E, context: Context) => Promise<unknown> {
  const protector = valueOrThrow(createPayloadProtector(options), 'arbiter: invalid data protection policy');
  return async (event, context) => protectResponse(protector, await handler(event, context), options.onDeny);
}

/** The Middy middleware: `middy(handler).use(dataProtection({ policy, principal, logger }))`. */
export function dataProtection(options: DataProtectionMiddlewareOptions): MiddyMiddleware {
  const protector = valueOrThrow(createPayloadProtector(options), 'arbiter: invalid data protection policy');
  return {
    after(request) {
      request.response = protectResponse(protector, request.response, options.onDeny);
    },
  };
}
