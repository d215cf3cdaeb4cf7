/**
 * Statements that grant to AWS service principals.
 *
 * Access Analyzer's UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL (ERROR): a statement whose only
 * principals are service principals, conditioned on keys a service principal never carries. AA's
 * page gives one pair (`aws:PrincipalOrgID` with `cloudfront.amazonaws.com`); the keys here are those
 * whose availability the IAM User Guide's global condition keys page limits to other principals:
 * `aws:PrincipalArn` (IAM roles and users, STS federated users, root), `aws:PrincipalOrgID` and
 * `aws:PrincipalOrgPaths` (members of an organization), `aws:PrincipalTag/…` (tagged users and roles),
 * `aws:username` (IAM users), and the role-session keys ("only available when a request is made by a
 * principal with role session or federated user principal credentials").
 */
import type { Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

const NEVER_FROM_SERVICES: ReadonlySet<string> = new Set([
  'aws:principalarn', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:username',
  'aws:assumedroot', 'aws:federatedprovider', 'aws:tokenissuetime', 'aws:signinsessionarn', 'aws:multifactorauthage', 'aws:multifactorauthpresent',
]);

/** The keys that tie a service principal's request to a source resource, account or organization. */
const SOURCE_KEYS: ReadonlySet<string> = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths']);

const unsupported = (lowerKey: string) => NEVER_FROM_SERVICES.has(lowerKey) || lowerKey.startsWith('aws:principaltag/');

export function checkServicePrincipalKeys(st: IamStatement): Diagnostic[] {
  const p = st.principal;
  if (!p || p.wildcard) return [];
  const types = Object.keys(p.values).filter((t) => (p.values[t]?.length ?? 0) > 0);
  if (types.length !== 1 || types[0] !== 'Service') return [];
  const bad = st.conditions.filter((c) => unsupported(c.lowerKey));
  if (bad.length === 0) return [];
  const keys = [...new Set(bad.map((c) => c.key))].join(', ');
  const services = p.values['Service']!.join(', ');
  return [finding(KindCodes.servicePrincipalKey, bad[0]!.at, `Unsupported condition key for service principal: The following condition keys are not supported when used with the service principal: ${keys}.`, `remove ${keys}: requests from ${services} never carry ${bad.length > 1 ? 'them' : 'it'}; to limit which resource or account the service acts for, use aws:SourceArn, aws:SourceAccount or aws:SourceOrgID`, { code: 'UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', type: 'ERROR' }, { keys, servicePrincipals: services })];
}

/**
 * AA's RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL (SECURITY_WARNING): a resource policy that allows a service
 * principal without a source condition (the confused deputy problem). Only `resource` policies: a role
 * trust policy for `ec2.amazonaws.com` and the like has no source to name.
 */
export function checkServicePrincipalSource(st: IamStatement): Diagnostic[] {
  const services = st.principal?.values['Service'];
  if (st.effect !== 'Allow' || !services?.length || st.conditions.some((c) => SOURCE_KEYS.has(c.lowerKey))) return [];
  return [finding(KindCodes.servicePrincipalWithoutSource, st.principal!.at, 'Restrict access to service principal: Granting access to a service principal without specifying a source is overly permissive. Use aws:SourceArn, aws:SourceAccount, aws:SourceOrgID, or aws:SourceOrgPaths condition key to grant fine-grained access.', `add a condition such as \`"StringEquals": {"aws:SourceAccount": "<your account id>"}\` so ${services.join(', ')} acts only for your resources`, { code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', type: 'SECURITY_WARNING' }, { servicePrincipals: services.join(', ') })];
}
