/**
 * Principal / NotPrincipal as IR. How a resource-based policy names the requester decides which
 * other policies still limit the grant (spec §3 step 3), so the lowering keeps three groups, in rank
 * order, each an `any` over the principal fields (evaluate/fields.ts):
 *   direct  — `*`, or the requester's ARN when it is not a role (user, role session, federated user…)
 *   role    — the role's ARN, for the role itself or for one of its sessions (account + role name)
 *   account — the requester's account (an entry that is an account id or `:root`)
 * The grant is the first group that holds. NotPrincipal applies to everyone no group names (direct).
 */
import { any, constant, joinPointer, not, test, type Expr } from '@arbiter/ir';
import { describePrincipal, GRANT_ORDER, type PrincipalGrant } from '../match/principal.js';
import type { IamPrincipal } from '../types.js';

const exact = (field: string, value: string, at: string) => test(['principal', field], { op: 'exact', value, at }, at);

export function principalToIr(principal: IamPrincipal, negate: boolean): Expr {
  const groups: Record<PrincipalGrant, Expr[]> = { direct: [], role: [], account: [] };
  if (principal.wildcard) groups.direct.push(constant(true, principal.at));
  for (const [type, entries] of Object.entries(principal.values)) {
    const at = joinPointer(principal.at, type);
    for (const entry of entries) {
      if (type !== 'AWS') {
        groups.direct.push(exact('arn', entry, at));
        continue;
      }
      if (entry === '*') {
        groups.direct.push(constant(true, at));
        continue;
      }
      groups.direct.push(exact('non-role-arn', entry, at));
      groups.role.push(exact('role-arn', entry, at));
      const named = describePrincipal(entry);
      if (named.type === 'root' && named.account !== undefined) groups.account.push(exact('account', named.account, at));
      if (named.type === 'role' && named.account !== undefined) groups.role.push(exact('session-role', `${named.account}:${named.roleName ?? ''}`, at));
    }
  }
  const named = any(GRANT_ORDER.map((g) => any(groups[g], principal.at)), principal.at);
  return negate ? not(named, principal.at) : named;
}
