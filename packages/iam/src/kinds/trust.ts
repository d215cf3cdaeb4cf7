/**
 * Role trust policies: no Resource (the policy applies to its role), only the actions STS checks
 * against a trust policy, each principal type with the action it assumes the role by, and no
 * unconditioned grant to everyone. OIDC and SAML conditions are in oidc.ts.
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding, wildcardRegex } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

export const TRUST_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'] as const;

/** The actions of `TRUST_ACTIONS` the statement's Action patterns match (NotAction: all it leaves). */
export function trustActionsOf(st: IamStatement): Set<string> {
  const matched = new Set<string>();
  for (const name of TRUST_ACTIONS) {
    const hit = (st.action ?? st.notAction ?? []).some((a) => wildcardRegex(a.text).test(name));
    if (st.action ? hit : !hit) matched.add(name);
  }
  return matched;
}

/** How each principal assumes a role: SAML providers, web identity (OIDC), everyone else. */
function assumeActionFor(type: string, value: string): string {
  if (type !== 'Federated') return 'sts:AssumeRole';
  return /:saml-provider\//.test(value) ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
}

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'];

/** AA's MISMATCHED_ACTION_FOR_PRINCIPAL: the statement grants an assume action, but not the one this principal uses. */
function mismatched(at: string, action: string, principal: string, needed: string): Diagnostic {
  return finding(KindCodes.trustPrincipalAction, at, `Mismatched action for principal: The ${action} action is invalid with the following principal(s): ${principal}. Use a SAML provider principal with the sts:AssumeRoleWithSAML action or use an OIDC provider principal with the sts:AssumeRoleWithWebIdentity action. Ensure the provider is Federated if you use either of the two options.`, `this principal assumes the role with \`${needed}\`: add it to \`Action\``, { code: 'MISMATCHED_ACTION_FOR_PRINCIPAL', type: 'ERROR' }, { principal, action, needed });
}

export function checkTrust(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const element of ['Resource', 'NotResource'] as const) {
    if ((element === 'Resource' ? st.resource : st.notResource) === undefined) continue;
    out.push(finding(KindCodes.trustResource, joinPointer(st.at, element), 'Role trust policy syntax error resource: Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element.', `remove \`${element}\``, { code: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE', type: 'ERROR' }));
  }
  for (const a of st.action ?? []) {
    if (TRUST_ACTIONS.some((name) => wildcardRegex(a.text).test(name))) continue;
    out.push(finding(KindCodes.trustAction, a.at, `\`${a.text}\` matches none of the actions a role trust policy controls (${TRUST_ACTIONS.join(', ')}): it has no effect here`, 'put service permissions in the role\'s permissions policies, not its trust policy', { type: 'WARNING' }, { action: a.text }));
  }
  if (st.effect !== 'Allow' || !st.principal) return out;
  const granted = trustActionsOf(st);
  for (const [type, values] of Object.entries(st.principal.values)) {
    for (const value of values) {
      const needed = assumeActionFor(type, value);
      if (granted.has(needed)) continue;
      const wrong = ASSUME_ACTIONS.find((a) => granted.has(a));
      const at = joinPointer(st.principal.at, type);
      if (wrong) out.push(mismatched(at, wrong, value, needed));
      else out.push(finding(KindCodes.trustPrincipalAction, at, `the \`${type}\` principal \`${value}\` assumes a role with \`${needed}\`, which this statement does not allow`, `add \`${needed}\` to \`Action\``, { type: 'WARNING' }, { principal: value, action: needed }));
    }
  }
  const everyone = st.principal.wildcard || (st.principal.values['AWS'] ?? []).includes('*');
  if (everyone && st.conditions.length === 0 && granted.has('sts:AssumeRole')) {
    out.push(finding(KindCodes.trustAnyone, st.principal.at, 'this trust policy lets any AWS principal, in any account, assume the role', 'name the trusted accounts or roles, or add conditions such as `aws:PrincipalOrgID`', { type: 'SECURITY_WARNING' }));
  }
  return out;
}
