/**
 * The requester as policies see it (parsed once per distinct principal ARN), and the kinds of grant a
 * resource-based policy can make (same account, spec §3 step 3; lowered in policy/principal.ts):
 * - `direct`: `*`, an IAM user ARN, a role-session or federated-user ARN named exactly;
 * - `role`: the role ARN, for the role itself or one of its sessions (still limited by boundary and session policy);
 * - `account`: the account (id or `:root`), which only delegates to identity policies.
 */

export type PrincipalGrant = 'direct' | 'role' | 'account';

/** Strongest first: a statement's grant is the first kind whose group names the requester. */
export const GRANT_ORDER: readonly PrincipalGrant[] = ['direct', 'role', 'account'];

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
