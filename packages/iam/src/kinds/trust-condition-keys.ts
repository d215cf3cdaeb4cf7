/**
 * AA's "Missing action for condition key" in role trust policies: a session value is set only by its
 * own action, so an Allow statement conditioned on the value must allow that action too. Which key
 * needs which action is Arbiter's reading of STS (AA's page names no pairs): session tags
 * (`aws:RequestTag/…`, `aws:TagKeys`, `sts:TransitiveTagKeys`) need `sts:TagSession`, the source
 * identity (`sts:SourceIdentity`) `sts:SetSourceIdentity`.
 */
import type { Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';
import { trustActionsOf } from './trust.js';

function settingAction(lowerKey: string): string | undefined {
  if (lowerKey.startsWith('aws:requesttag/') || lowerKey === 'aws:tagkeys' || lowerKey === 'sts:transitivetagkeys') return 'sts:TagSession';
  if (lowerKey === 'sts:sourceidentity') return 'sts:SetSourceIdentity';
  return undefined;
}

export function checkTrustConditionKeys(st: IamStatement): Diagnostic[] {
  if (st.effect !== 'Allow' || st.conditions.length === 0) return [];
  const granted = trustActionsOf(st);
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const action = settingAction(c.lowerKey);
    if (!action || granted.has(action)) continue;
    out.push(finding(KindCodes.trustConditionKeyAction, c.at, `Missing action for condition key: The ${action} action must be in the action block to allow setting values for the condition key ${c.key}. Add ${action} to the action block.`, `add \`${action}\` to \`Action\``, { code: 'MISSING_ACTION_FOR_CONDITION_KEY', type: 'ERROR' }, { key: c.key, action }));
  }
  return out;
}
