/**
 * Access Analyzer's six `iam:CreateServiceLinkedRole` warnings: an Allow that grants it (by name, by a
 * wildcard, or through NotAction) on NotResource or on every role. A condition on `iam:AWSServiceName`
 * limits which service-linked roles can be created, so it silences the star-in-resource variants
 * (Arbiter's reading; AA's page does not say).
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';
import { grantCode, grantOf, starResource } from './grants.js';

const SERVICE_ROLES = /^arn:[^:]*:iam::[^:]*:role\/(aws-service-role\/)?\*$/;

const NOT_RESOURCE_TEXT = {
  named: 'Create SLR with NotResource: Using the iam:CreateServiceLinkedRole action with NotResource can allow creation of unintended service-linked roles for multiple resources. We recommend that you specify resource ARNs instead.',
  star: 'Create SLR with star in action and NotResource: Using an action with a wildcard(*) and NotResource can allow creation of unintended service-linked roles because it can allow iam:CreateServiceLinkedRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
  'not-action': 'Create SLR with NotAction and NotResource: Using NotAction with NotResource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on multiple resources. We recommend that you specify resource ARNs instead.',
} as const;

const STAR_TEXT = {
  named: 'Create SLR with star in resource: Using the iam:CreateServiceLinkedRole action with wildcards (*) in the resource can allow creation of unintended service-linked roles. We recommend that you specify resource ARNs instead.',
  star: 'Create SLR with star in action and resource: Using wildcards (*) in the action and the resource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead.',
  'not-action': 'Create SLR with star in resource and NotAction: Using a resource with wildcards (*) and NotAction can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead.',
} as const;

export function checkCreateSlr(st: IamStatement): Diagnostic[] {
  const grant = grantOf(st, 'iam:CreateServiceLinkedRole');
  if (!grant) return [];
  const help = 'list the service-linked role ARNs in `Resource`, or add a `StringEquals` condition on `iam:AWSServiceName`';
  if (st.notResource) {
    const code = grantCode(grant, 'CREATE_SLR_WITH_NOT_RESOURCE', 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE');
    return [finding(AaCheckCodes.createSlrNotResource, `${st.at}/NotResource`, NOT_RESOURCE_TEXT[grant], help, { code, type: 'WARNING' })];
  }
  const star = starResource(st, SERVICE_ROLES);
  if (!star || st.conditions.some((c) => c.lowerKey === 'iam:awsservicename')) return [];
  const code = grantCode(grant, 'CREATE_SLR_WITH_STAR_IN_RESOURCE', 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION');
  return [finding(AaCheckCodes.createSlrStarResource, star.at, STAR_TEXT[grant], help, { code, type: 'WARNING' })];
}
