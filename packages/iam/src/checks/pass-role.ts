/** Access Analyzer's `iam:PassRole` security warnings (no service data needed). */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding, wildcardRegex } from './finding.js';

const PASS_ROLE = 'iam:PassRole';

export function checkPassRole(st: IamStatement): Diagnostic[] {
  if (st.effect !== 'Allow') return [];
  const out: Diagnostic[] = [];
  const grants = st.action
    ? st.action.some((a) => wildcardRegex(a.text).test(PASS_ROLE))
    : (st.notAction ?? []).every((a) => !wildcardRegex(a.text).test(PASS_ROLE));
  if (!grants) return out;
  const starAction = st.action !== undefined && !st.action.some((a) => a.text.toLowerCase() === PASS_ROLE.toLowerCase());
  const how = st.notAction ? 'AND_NOT_ACTION' : starAction ? 'STAR_IN_ACTION' : '';
  if (st.notResource) {
    const code = how === 'AND_NOT_ACTION' ? 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE' : how ? 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE' : 'PASS_ROLE_WITH_NOT_RESOURCE';
    out.push(finding(AaCheckCodes.passRoleNotResource, `${st.at}/NotResource`, 'Pass role with NotResource: Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.', 'replace `NotResource` with `Resource` listing the role ARNs to pass', { code, type: 'SECURITY_WARNING' }));
    return out;
  }
  const star = (st.resource ?? []).find((r) => r.text === '*' || /^arn:[^:]*:iam::[^:]*:role\/\*$/.test(r.text) || r.text === 'arn:aws:iam::*:role/*');
  if (!star || st.conditions.some((c) => c.lowerKey === 'iam:passedtoservice')) return out;
  const code = how === 'AND_NOT_ACTION' ? 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION' : how ? 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE' : 'PASS_ROLE_WITH_STAR_IN_RESOURCE';
  out.push(finding(AaCheckCodes.passRoleStarResource, star.at, 'Pass role with star in resource: Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.', 'list the role ARNs that may be passed, or add a `StringEquals` condition on `iam:PassedToService`', { code, type: 'SECURITY_WARNING' }));
  return out;
}
