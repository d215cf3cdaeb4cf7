/**
 * The checks that depend on the policy's kind, run by `validateIamPolicy` after the grammar:
 * principals, SCP/RCP/trust rules, OIDC and SAML trust conditions, resource policies per service,
 * size quotas and characters. `input` is the policy as given (text or parsed value).
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { KindCodes } from './codes.js';
import { RESOURCE_POLICY_RULES } from './resource-types.js';
import type { IamPolicy } from '../types.js';
import { loadServiceData } from '../service-data/load.js';
import { checkFederation } from './oidc.js';
import type { ValidateOptions } from './options.js';
import { checkPrincipals } from './principals.js';
import { checkRcp } from './rcp.js';
import { checkRcpConditions } from './rcp-conditions.js';
import { checkResourcePolicy } from './resource.js';
import { checkServicePrincipalKeys, checkServicePrincipalSource } from './service-principals.js';
import { checkPrincipalReferences } from './principal-references.js';
import { checkLegacyScp } from './scp.js';
import { checkCharacters, checkSize } from './size.js';
import { checkTrust } from './trust.js';
import { checkTrustPrincipals } from './trust-principals.js';
import { checkTrustConditionKeys } from './trust-condition-keys.js';

/** The services RCPs support, from the data; `undefined` when it cannot be read (reported by the AA checks). */
function readRcpServices(): ReadonlySet<string> | undefined {
  const data = loadServiceData();
  if (data instanceof Error) return undefined;
  try {
    return data.rcpServices();
  } catch {
    return undefined;
  }
}

export function runKindChecks(policy: IamPolicy, input: unknown, raw: unknown, options: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [...checkSize(policy.kind, input, options), ...checkCharacters(policy.kind, input)];
  if (options.resourceType !== undefined && !RESOURCE_POLICY_RULES[options.resourceType]) {
    out.push(diagnostic(KindCodes.unknownResourceType, 'input', '/resourceType', `no per-service rules for the resource type \`${options.resourceType}\`: only the generic resource policy checks ran`, { severity: 'warning', help: `use one of ${Object.keys(RESOURCE_POLICY_RULES).join(', ')}` }));
  }
  // Kinds without principals have none in the typed policy (the grammar reported them).
  // AA: resource-based policies (role trust policies aside) do not support a federated principal.
  out.push(...checkPrincipals(policy.statements, raw, { trust: policy.kind === 'trust', federatedUnsupported: policy.kind === 'resource' }));
  const rcpServices = policy.kind === 'rcp' ? readRcpServices() : undefined;
  for (const st of policy.statements) {
    out.push(...checkServicePrincipalKeys(st), ...checkPrincipalReferences(st, policy.kind === 'trust'));
    if (policy.kind === 'scp' && options.scpLanguage === 'legacy') out.push(...checkLegacyScp(st));
    if (policy.kind === 'rcp') out.push(...checkRcp(st, rcpServices), ...checkRcpConditions(st));
    if (policy.kind === 'trust') out.push(...checkTrust(st), ...checkTrustPrincipals(st, raw), ...checkTrustConditionKeys(st), ...checkFederation(st));
    if (policy.kind === 'resource') out.push(...checkResourcePolicy(st, options.resourceType), ...checkServicePrincipalSource(st));
  }
  return out;
}
