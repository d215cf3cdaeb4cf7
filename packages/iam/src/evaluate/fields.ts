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
import type { ContextMap } from '../context.js';
import type { PrincipalInfo } from '../match/principal.js';
import type { PreparedRequest } from './request.js';

const NO_VALUES: readonly string[] = [];

export function singleValue(context: ContextMap, lowerKey: string): FieldValues {
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

/** The request's resolver and environment, made once per request. */
export function fieldsOf(req: PreparedRequest): { resolve: FieldResolver; env: EvalEnv } {
  if (req.fields) return req.fields;
  // A one-element list per lookup is cheaper than a per-request cache (measured: bench/iam.mjs).
  const single = (name: string): FieldValues => singleValue(req.context, name);
  const resolve: FieldResolver = (field) => {
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
  };
  return (req.fields = { resolve, env: { variable: single } });
}
