/**
 * The IR fields of one request (what policy/to-ir.ts tests) and its variable environment:
 *   ['action']                      the lower-cased action
 *   ['resource']                    the resource (`*` when the request names none)
 *   ['principal', 'arn']            the requester's ARN
 *   ['principal', 'non-role-arn']   … when the requester is not a role
 *   ['principal', 'role-arn']       … when it is a role
 *   ['principal', 'session-role']   `account:roleName` of a role session
 *   ['principal', 'account']        the requester's account
 *   ['context', key]                a single-valued key's value; a multivalued key: present, no value
 *   ['context-set', key]            a key's values as a set (a single value is a set of one)
 * Variables (`${key}`) read the single value, so a multivalued key does not resolve [VAR].
 */
import type { EvalEnv, FieldResolver, FieldValues } from '@arbiter/ir';
import type { PrincipalInfo } from '../match/principal.js';
import type { RequestValue } from '../context.js';
import { EMPTY_CONTEXT, type ContextView } from './request-context.js';
import type { PreparedRequest } from './request.js';

const NO_VALUES: readonly string[] = [];

export function singleValue(context: ContextView, lowerKey: string): FieldValues {
  const v = context.get(lowerKey);
  if (v === undefined) return undefined;
  return typeof v === 'string' ? [v] : NO_VALUES;
}

function principalField(who: PrincipalInfo | undefined, name: string | undefined): FieldValues {
  if (!who) return undefined;
  switch (name) {
    case 'arn':
      return [who.arn];
    case 'non-role-arn':
      return who.type === 'role' ? undefined : [who.arn];
    case 'role-arn':
      return who.type === 'role' ? [who.arn] : undefined;
    case 'session-role':
      return who.type === 'assumed-role' && who.account !== undefined ? [`${who.account}:${who.roleName ?? ''}`] : undefined;
    case 'account':
      return who.account === undefined ? undefined : [who.account];
    default:
      return undefined;
  }
}

/** The values of one IR field of a request (the table above). */
export function resolveField(req: PreparedRequest, field: readonly string[]): FieldValues {
  const head = field[0];
  const name = field[1] as string;
  // Conditions are the hot callers (the compiled Resource part reads the resource directly).
  if (head === 'context') return singleValue(req.context, name);
  if (head === 'resource') return [req.resource];
  if (head === 'context-set') {
    const v = req.context.get(name);
    return v === undefined ? undefined : typeof v === 'string' ? [v] : v;
  }
  if (head === 'action') return [req.lowerAction];
  if (head === 'principal') return principalField(req.principal, name);
  return undefined;
}

/** The request's resolver and environment, made once per request (the reference evaluator's). */
export function fieldsOf(req: PreparedRequest): { resolve: FieldResolver; env: EvalEnv } {
  if (req.fields) return req.fields;
  const resolve: FieldResolver = (field) => resolveField(req, field);
  return (req.fields = { resolve, env: { variable: (name) => singleValue(req.context, name) } });
}

const NO_REQUEST: PreparedRequest = { action: '', lowerAction: '', resource: '', context: EMPTY_CONTEXT, fields: undefined };

/**
 * One resolver and environment for every request of a compiled evaluator: `request` points them
 * at the request being decided, so deciding allocates no closures (evaluation is synchronous and
 * calls no user code, so one binding at a time is enough). A single context value is handed out
 * in a reused one-element list: the IR's compiled tests read a field's values before they
 * resolve anything else, and variables get a list of their own.
 */
export class BoundFields {
  request: PreparedRequest = NO_REQUEST;
  private readonly single: unknown[] = [undefined];
  private readonly variableValue: unknown[] = [undefined];
  readonly resolve: FieldResolver = (field) => (field[0] === 'context' ? reuse(this.request.context.get(field[1] as string), this.single) : resolveField(this.request, field));
  readonly env: EvalEnv = { variable: (name) => reuse(this.request.context.get(name), this.variableValue) };
}

/** `singleValue` into a reused list. */
function reuse(v: RequestValue, into: unknown[]): FieldValues {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') return NO_VALUES;
  into[0] = v;
  return into;
}
