/** Access Analyzer's `iam:PassRole` security warnings (no service data needed). */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';
import { grantCode, grantOf, starResource } from './grants.js';

const ALL_ROLES = /^arn:[^:]*:iam::[^:]*:role\/\*$/;

export function checkPassRole(st: IamStatement): Diagnostic[] {
  const grant = grantOf(st, 'iam:PassRole');
  if (!grant) return [];
  if (st.notResource) {
    const code = grantCode(grant, 'PASS_ROLE_WITH_NOTRESOURCE', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE', 'PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE');
    return [finding(AaCheckCodes.passRoleNotResource, `${st.at}/NotResource`, 'Pass role with NotResource: Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.', 'replace `NotResource` with `Resource` listing the role ARNs to pass', { code, type: 'SECURITY_WARNING' })];
  }
  const star = starResource(st, ALL_ROLES);
  if (!star || st.conditions.some((c) => c.lowerKey === 'iam:passedtoservice')) return [];
  const code = grantCode(grant, 'PASS_ROLE_WITH_STAR_IN_RESOURCE', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION');
  return [finding(AaCheckCodes.passRoleStarResource, star.at, 'Pass role with star in resource: Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.', 'list the role ARNs that may be passed, or add a `StringEquals` condition on `iam:PassedToService`', { code, type: 'SECURITY_WARNING' })];
}
