/** A statement's principal grant from its lowered Principal part (policy/principal.ts), for both evaluators. */
import type { Expr } from '@arbiter/ir';
import { GRANT_ORDER, type PrincipalGrant } from '../match/principal.js';

/** `undefined` when the statement has no Principal element or it does not name the requester. */
export function grantOf(principal: Expr, holds: (e: Expr) => boolean): PrincipalGrant | undefined {
  if (principal.kind === 'not') return holds(principal) ? 'direct' : undefined;
  if (principal.kind !== 'any') return undefined;
  for (let i = 0; i < GRANT_ORDER.length; i++) if (holds(principal.of[i] as Expr)) return GRANT_ORDER[i];
  return undefined;
}
