/**
 * Access Analyzer's role-trust checks on the principal side (policy check reference, read from the
 * IAM User Guide's source, 2023 revision): no NotPrincipal, no bare `"Principal": "*"`, and IAM Roles
 * Anywhere needing all three of its session actions. Messages are AA's finding details.
 */
import { getAtPointer, joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';
import { trustActionsOf } from './trust.js';

const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';
const ROLES_ANYWHERE_ACTIONS = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];

export function checkTrustPrincipals(st: IamStatement, raw: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (st.notPrincipal) {
    out.push(finding(KindCodes.trustNotPrincipal, st.notPrincipal.at, 'Role trust policy syntax error notprincipal: Role trust policies do not support NotPrincipal. Update the policy to use a Principal element instead.', 'name the trusted principals in `Principal`', { code: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL', type: 'ERROR' }));
  }
  if (st.principal?.wildcard && getAtPointer(raw, st.principal.at).value === '*') {
    out.push(finding(KindCodes.trustWildcardPrincipal, st.principal.at, 'Role trust policy unsupported wildcard in principal: "Principal:" "*" is not supported in the principal element of a role trust policy. Replace the wildcard with a valid principal value.', 'name the trusted accounts, roles or services, e.g. `{"AWS": "arn:aws:iam::123456789012:root"}`', { code: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', type: 'ERROR' }));
  }
  const services = st.principal?.values['Service'] ?? [];
  if (st.effect === 'Allow' && services.some((s) => s.toLowerCase() === ROLES_ANYWHERE)) {
    const granted = trustActionsOf(st);
    const missing = ROLES_ANYWHERE_ACTIONS.filter((a) => !granted.has(a));
    if (missing.length > 0) {
      out.push(finding(KindCodes.rolesAnywhereActions, joinPointer(st.at, st.action ? 'Action' : 'NotAction'), `Missing action for roles anywhere trust policy: The ${ROLES_ANYWHERE} service principal requires the sts:AssumeRole, sts:SetSourceIdentity, and sts:TagSession permissions to assume a role. Add the missing permissions to the policy.`, `add ${missing.map((a) => `\`${a}\``).join(', ')} to \`Action\``, { code: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY', type: 'ERROR' }, { missing: missing.join(',') }));
    }
  }
  return out;
}
