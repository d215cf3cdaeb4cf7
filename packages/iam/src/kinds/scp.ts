/**
 * Access Analyzer's SCP_SYNTAX_ERROR_* checks of the older SCP grammar. Organizations has accepted
 * the full IAM language in SCPs since September 2025 (conditions, ARNs and NotAction in Allow,
 * NotResource, wildcards anywhere in actions), so these run only with `scpLanguage: 'legacy'`.
 * SCP_SYNTAX_ERROR_PRINCIPAL holds in both and is reported by the grammar (elements.ts).
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

/** `iam:Get*` is fine; `iam:*Role` or `iam:Get?ole` is not (the older SCP grammar). */
function wildcardNotAtEnd(action: string): boolean {
  const body = action.endsWith('*') ? action.slice(0, -1) : action;
  return /[*?]/.test(body);
}

export function checkLegacyScp(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of [...(st.action ?? []), ...(st.notAction ?? [])]) {
    if (a.text !== '*' && wildcardNotAtEnd(a.text)) {
      out.push(finding(KindCodes.scpActionWildcard, a.at, `SCP syntax error action wildcard: SCP actions can include wildcards (*) only at the end of a string. Update ${a.text}.`, 'list the actions one by one, or end the pattern with `*` (e.g. `iam:Get*`)', { code: 'SCP_SYNTAX_ERROR_ACTION_WILDCARD', type: 'ERROR' }, { action: a.text }));
    }
  }
  if (st.notResource) {
    out.push(finding(KindCodes.scpNotResource, joinPointer(st.at, 'NotResource'), 'SCP syntax error NotResource: SCPs do not support the NotResource element. Update the policy to use Resource instead.', 'use `Resource` (allow all resources, or deny the listed ones)', { code: 'SCP_SYNTAX_ERROR_NOTRESOURCE', type: 'ERROR' }));
  }
  if (st.effect !== 'Allow') return out;
  if (st.conditions.length > 0) {
    out.push(finding(KindCodes.scpAllowCondition, joinPointer(st.at, 'Condition'), 'SCP syntax error allow condition: SCPs do not support the Condition element with effect Allow. Update the element Condition or the effect.', 'deny everything except what the condition names, with the `…NotEquals` operator', { code: 'SCP_SYNTAX_ERROR_ALLOW_CONDITION', type: 'ERROR' }));
  }
  if (st.notAction) {
    out.push(finding(KindCodes.scpAllowNotAction, joinPointer(st.at, 'NotAction'), 'SCP syntax error allow NotAction: SCPs do not support NotAction with effect Allow. Update the element NotAction or the effect.', 'allow a list of actions, or deny every action that is not listed', { code: 'SCP_SYNTAX_ERROR_ALLOW_NOTACTION', type: 'ERROR' }));
  }
  const specific = (st.resource ?? []).find((r) => r.text !== '*');
  if (specific) {
    out.push(finding(KindCodes.scpAllowResource, specific.at, 'SCP syntax error allow resource: SCPs do not support Resource with effect Allow. Update the element Resource or the effect.', 'allow `"Resource": "*"`, or deny the resources that are not allowed', { code: 'SCP_SYNTAX_ERROR_ALLOW_RESOURCE', type: 'ERROR' }, { resource: specific.text }));
  }
  return out;
}
