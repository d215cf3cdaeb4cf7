/** Access Analyzer's six `iam:PassRole` security warnings (no service data needed), with the page's texts. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';
import { grantCode, grantOf, starResource } from './grants.js';

const ALL_ROLES = /^arn:[^:]*:iam::[^:]*:role\/\*$/;

const NOT_RESOURCE_TEXT = {
  named: 'Pass role with NotResource: Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
  star: 'Pass role with star in action and NotResource: Using an action with a wildcard (*) and NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
  // AA's text has the double full stop.
  'not-action': 'Pass role with NotAction and NotResource: Using NotAction with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources.. We recommend that you specify resource ARNs instead.',
} as const;

const STAR_TEXT = {
  named: 'Pass role with star in resource: Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  star: 'Pass role with star in action and resource: Using wildcards (*) in the action and the resource can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  'not-action': 'Pass role with star in resource and NotAction: Using a resource with wildcards (*) and NotAction can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
} as const;

export function checkPassRole(st: IamStatement): Diagnostic[] {
  const grant = grantOf(st, 'iam:PassRole');
  if (!grant) return [];
  if (st.notResource) {
    const code = grantCode(grant, 'PASS_ROLE_WITH_NOT_RESOURCE', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE');
    return [finding(AaCheckCodes.passRoleNotResource, `${st.at}/NotResource`, NOT_RESOURCE_TEXT[grant], 'replace `NotResource` with `Resource` listing the role ARNs to pass', { code, type: 'SECURITY_WARNING' })];
  }
  const star = starResource(st, ALL_ROLES);
  if (!star || st.conditions.some((c) => c.lowerKey === 'iam:passedtoservice')) return [];
  const code = grantCode(grant, 'PASS_ROLE_WITH_STAR_IN_RESOURCE', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION');
  return [finding(AaCheckCodes.passRoleStarResource, star.at, STAR_TEXT[grant], 'list the role ARNs that may be passed, or add a `StringEquals` condition on `iam:PassedToService`', { code, type: 'SECURITY_WARNING' })];
}
