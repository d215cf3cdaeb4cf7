/**
 * IAM's single-account evaluation logic (spec §3) over statement results: explicit deny first, then
 * every SCP level must allow, then the resource-based policy grant by principal type, identity
 * policies, the permissions boundary and the session policy. Boundaries, SCPs and session policies
 * never grant. Cross-account requests (resourceAccount differs) need an Allow on both sides.
 */
import type { EvaluatedSet, PreparedRequest, StatementResult } from './evaluate/request.js';
import type { Blocker, DecisionKind, StatementRef } from './types.js';

export interface Verdict {
  decision: DecisionKind;
  deciding: StatementRef[];
  blockedBy: Blocker;
  scpLevel?: number;
}

function allows(results: readonly StatementResult[]): StatementResult[] {
  return results.filter((r) => r.applies && r.ref.effect === 'Allow');
}

function pushDenies(out: StatementRef[], results: readonly StatementResult[] | undefined): void {
  if (results) for (const r of results) if (r.applies && r.ref.effect === 'Deny') out.push(r.ref);
}

const implicit = (blockedBy: Blocker): Verdict => ({ decision: 'ImplicitDeny', deciding: [], blockedBy });

export function decide(set: EvaluatedSet, req: PreparedRequest): Verdict {
  const denies: StatementRef[] = [];
  if (set.scpLevels) for (const level of set.scpLevels) pushDenies(denies, level);
  pushDenies(denies, set.resource);
  pushDenies(denies, set.identity);
  pushDenies(denies, set.boundary);
  pushDenies(denies, set.session);
  if (denies.length > 0) return { decision: 'ExplicitDeny', deciding: denies, blockedBy: 'deny' };
  if (set.scpLevels) {
    for (let i = 0; i < set.scpLevels.length; i++) {
      if (allows(set.scpLevels[i] ?? []).length === 0) return { ...implicit('scp'), scpLevel: i };
    }
  }
  const principal = req.principal;
  // The root user ignores identity policies (full access) but is still subject to SCPs and denies.
  if (principal?.type === 'root') return { decision: 'Allow', deciding: [], blockedBy: 'none' };
  const identityAllows = allows(set.identity);
  const resourceAllows = allows(set.resource);
  const crossAccount = req.resourceAccount !== undefined && principal?.account !== undefined && principal.account !== req.resourceAccount;
  if (crossAccount) {
    if (identityAllows.length === 0) return implicit('identity');
    if (resourceAllows.length === 0) return implicit('cross-account');
  } else {
    const direct = resourceAllows.filter((r) => r.grant === 'direct');
    if (direct.length > 0) return { decision: 'Allow', deciding: direct.map((r) => r.ref), blockedBy: 'none' };
    const roleGrants = resourceAllows.filter((r) => r.grant === 'role');
    if (identityAllows.length === 0 && roleGrants.length === 0) return implicit('identity');
  }
  if (set.boundary && allows(set.boundary).length === 0) return implicit('boundary');
  if (set.session && allows(set.session).length === 0) return implicit('session');
  const deciding = [...resourceAllows.filter((r) => crossAccount || r.grant !== 'account' || identityAllows.length > 0), ...identityAllows].map((r) => r.ref);
  return { decision: 'Allow', deciding, blockedBy: 'none' };
}
