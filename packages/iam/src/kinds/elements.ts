/** The grammar rules a policy's kind decides: which kinds name principals and need a Resource. */
import type { PolicyKind } from '../types.js';
import { IamCodes } from '../codes.js';
import { KindCodes } from './codes.js';

/** Resource-based policies, role trust policies and RCPs name principals; the others may not. */
export function namesPrincipals(kind: PolicyKind): boolean {
  return kind === 'resource' || kind === 'trust' || kind === 'rcp';
}

/** A resource policy applies to its own resource and a trust policy to its role: no Resource needed. */
export function requiresResource(kind: PolicyKind): boolean {
  return kind !== 'resource' && kind !== 'trust';
}

const ARTICLE: Partial<Record<PolicyKind, string>> = { identity: 'an identity', boundary: 'a permissions boundary', session: 'a session', scp: 'a service control' };

/** The finding for a Principal/NotPrincipal element in a kind that names no principals. */
export function principalNotAllowed(kind: PolicyKind, element: string): { code: string; message: string; help: string; params?: Record<string, string> } {
  if (kind === 'scp') {
    return {
      code: KindCodes.scpPrincipal,
      message: 'SCP syntax error principal: SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.',
      help: `remove \`${element}\`; to limit who the SCP applies to, use a condition on \`aws:PrincipalArn\``,
      params: { accessAnalyzerCode: 'SCP_SYNTAX_ERROR_PRINCIPAL', findingType: 'ERROR' },
    };
  }
  return {
    code: IamCodes.unsupportedPrincipal,
    message: `Unsupported principal: \`${element}\` is not allowed in ${ARTICLE[kind] ?? `a ${kind}`} policy.`,
    help: `remove \`${element}\`: only resource-based policies, role trust policies and RCPs name principals`,
  };
}
