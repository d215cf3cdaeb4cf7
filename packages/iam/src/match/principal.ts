/**
 * Principal matching for resource-based policies (same account, spec §3 step 3). The result says how
 * the request's principal was named, since that decides which other policies still limit the grant:
 * - `direct`: `*`, an IAM user ARN, a role-session or federated-user ARN named exactly;
 * - `role`: the role ARN, for the role itself or one of its sessions (still limited by boundary and session policy);
 * - `account`: the account (id or `:root`), which only delegates to identity policies.
 */
import type { IamPrincipal } from '../types.js';

export type PrincipalGrant = 'direct' | 'role' | 'account';

const RANK: Record<PrincipalGrant, number> = { account: 1, role: 2, direct: 3 };

export interface PrincipalInfo {
  arn: string;
  account?: string;
  type: 'user' | 'role' | 'assumed-role' | 'federated-user' | 'root' | 'other';
  /** Role name for roles and role sessions. */
  roleName?: string;
}

export function describePrincipal(arn: string): PrincipalInfo {
  const m = /^arn:[^:]*:(iam|sts)::(\d{12}):(.*)$/.exec(arn);
  if (!m) return /^\d{12}$/.test(arn) ? { arn, account: arn, type: 'root' } : { arn, type: 'other' };
  const account = m[2] as string;
  const rest = m[3] as string;
  if (rest === 'root') return { arn, account, type: 'root' };
  if (rest.startsWith('user/')) return { arn, account, type: 'user' };
  if (rest.startsWith('role/')) return { arn, account, type: 'role', roleName: rest.slice(rest.lastIndexOf('/') + 1) };
  if (rest.startsWith('assumed-role/')) return { arn, account, type: 'assumed-role', roleName: rest.split('/')[1] ?? '' };
  if (rest.startsWith('federated-user/')) return { arn, account, type: 'federated-user' };
  return { arn, account, type: 'other' };
}

function grantFor(entry: string, who: PrincipalInfo): PrincipalGrant | undefined {
  if (entry === '*') return 'direct';
  if (entry === who.arn) return who.type === 'role' ? 'role' : 'direct';
  const named = describePrincipal(entry);
  if (named.type === 'root' && named.account !== undefined && named.account === who.account) return 'account';
  if (named.type === 'role' && who.type === 'assumed-role' && named.account === who.account && named.roleName === who.roleName) return 'role';
  return undefined;
}

/** How `principal` names the requester; `undefined` when it does not. */
export function matchPrincipal(principal: IamPrincipal, who: PrincipalInfo | undefined): PrincipalGrant | undefined {
  if (principal.wildcard) return 'direct';
  let best: PrincipalGrant | undefined;
  for (const [type, entries] of Object.entries(principal.values)) {
    for (const entry of entries) {
      const g = type === 'AWS' ? (who ? grantFor(entry, who) : entry === '*' ? 'direct' : undefined) : who && entry === who.arn ? 'direct' : undefined;
      if (g && (!best || RANK[g] > RANK[best])) best = g;
    }
  }
  return best;
}

/** NotPrincipal: the statement applies to everyone the list does not name (treated as a direct grant). */
export function matchNotPrincipal(principal: IamPrincipal, who: PrincipalInfo | undefined): PrincipalGrant | undefined {
  return matchPrincipal(principal, who) ? undefined : 'direct';
}
