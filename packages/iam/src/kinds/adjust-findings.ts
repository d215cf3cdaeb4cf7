/**
 * Where the kind changes what a data-based Access Analyzer finding means: identity-provider keys
 * (`token.actions.githubusercontent.com:sub`, `SAML:aud`, `cognito-identity.amazonaws.com:amr`) are
 * not service keys, and SCPs and RCPs grant nothing, so grant warnings (PassRole, Create-SLR, Allow+Not*) do not apply.
 */
import type { Diagnostic } from '@arbiter/ir';
import { AaCheckCodes } from '../checks/codes.js';
import type { PolicyKind } from '../types.js';

/** The prefix of a web identity or SAML provider's condition keys (a domain, or `saml`). */
export function isProviderKey(key: string): boolean {
  const colon = key.indexOf(':');
  const prefix = key.slice(0, colon).toLowerCase();
  return colon > 0 && (prefix.includes('.') || prefix === 'saml');
}

const GRANT_WARNINGS: ReadonlySet<string> = new Set([AaCheckCodes.passRoleStarResource, AaCheckCodes.passRoleNotResource, AaCheckCodes.allowWithNotAction, AaCheckCodes.allowWithNotResource,
  AaCheckCodes.createSlrStarResource, AaCheckCodes.createSlrNotResource]);

export function adjustForKind(kind: PolicyKind, findings: Diagnostic[]): Diagnostic[] {
  return findings.filter((d) => {
    if (d.code === AaCheckCodes.invalidServiceConditionKey && isProviderKey(String(d.params?.key ?? ''))) return false;
    return !((kind === 'scp' || kind === 'rcp') && GRANT_WARNINGS.has(d.code));
  });
}
