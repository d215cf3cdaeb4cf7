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

function hasAllow(results: readonly StatementResult[]): boolean {
  for (const r of results) if (r.applies && r.ref.effect === 'Allow') return true;
  return false;
}

function pushDenies(out: StatementRef[] | undefined, results: readonly StatementResult[] | undefined): StatementRef[] | undefined {
  if (results) for (const r of results) if (r.applies && r.ref.effect === 'Deny') (out ??= []).push(r.ref);
  return out;
}

const implicit = (blockedBy: Blocker): Verdict => ({ decision: 'ImplicitDeny', deciding: [], blockedBy });

export function decide(set: EvaluatedSet, req: PreparedRequest): Verdict {
  let denies: StatementRef[] | undefined;
  if (set.scpLevels) for (const level of set.scpLevels) denies = pushDenies(denies, level);
  denies = pushDenies(denies, set.resource);
  denies = pushDenies(denies, set.identity);
  denies = pushDenies(denies, set.boundary);
  denies = pushDenies(denies, set.session);
  if (denies) return { decision: 'ExplicitDeny', deciding: denies, blockedBy: 'deny' };
  if (set.scpLevels) {
    for (let i = 0; i < set.scpLevels.length; i++) {
      if (!hasAllow(set.scpLevels[i] ?? [])) return { ...implicit('scp'), scpLevel: i };
    }
  }
  const principal = req.principal;
  // The root user ignores identity policies (full access) but is still subject to SCPs and denies.
  if (principal?.type === 'root') return { decision: 'Allow', deciding: [], blockedBy: 'none' };
  const identityAllows = allows(set.identity);
  const resourceAllows = set.resource.length ? allows(set.resource) : (set.resource as StatementResult[]);
  const crossAccount = req.resourceAccount !== undefined && principal?.account !== undefined && principal.account !== req.resourceAccount;
  if (crossAccount) {
    if (identityAllows.length === 0) return implicit('identity');
    if (resourceAllows.length === 0) return implicit('cross-account');
  } else if (resourceAllows.length > 0) {
    const direct = resourceAllows.filter((r) => r.grant === 'direct');
    if (direct.length > 0) return { decision: 'Allow', deciding: direct.map((r) => r.ref), blockedBy: 'none' };
    const roleGrants = resourceAllows.filter((r) => r.grant === 'role');
    if (identityAllows.length === 0 && roleGrants.length === 0) return implicit('identity');
  } else if (identityAllows.length === 0) return implicit('identity');
  if (set.boundary && !hasAllow(set.boundary)) return implicit('boundary');
  if (set.session && !hasAllow(set.session)) return implicit('session');
  if (resourceAllows.length === 0) return { decision: 'Allow', deciding: identityAllows.map((r) => r.ref), blockedBy: 'none' };
  const deciding = [...resourceAllows.filter((r) => crossAccount || r.grant !== 'account' || identityAllows.length > 0), ...identityAllows].map((r) => r.ref);
  return { decision: 'Allow', deciding, blockedBy: 'none' };
}
