/**
 * AA's "Unsupported action for condition key": a service condition key that some actions of the
 * statement support and some literal actions do not. The condition is not evaluated for the latter,
 * so they are allowed (or denied) without it. Wildcard actions are not listed (AA skips them too);
 * a key no action supports is `iam.condition-key-not-supported-by-actions` (condition-keys.ts).
 */
import type { Diagnostic } from '@arbiter/ir';
import type { IamCondition, IamStatement } from '../types.js';
import type { ServiceData } from '../service-data/types.js';
import { actionSupportsKey, expandAction } from './action-keys.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

export function checkActionKeySupport(st: IamStatement, data: ServiceData): Diagnostic[] {
  if (!st.action || st.action.length < 2) return [];
  const named = st.action.map((v) => ({ text: v.text, literal: !/[*?]/.test(v.text), expanded: expandAction(v.text, (p) => data.service(p)) }));
  const out: Diagnostic[] = [];
  for (const c of serviceKeys(st.conditions)) {
    let anySupports = false;
    const unsupported: string[] = [];
    for (const n of named) {
      const supports = n.expanded?.actions.some((a) => actionSupportsKey(a, n.expanded!.svc, c.lowerKey)) ?? false;
      anySupports ||= supports;
      if (!supports && n.literal && n.expanded) unsupported.push(n.text);
    }
    if (!anySupports || unsupported.length === 0) continue;
    out.push(finding(AaCheckCodes.unsupportedActionForKey, c.at, `Unsupported action for condition key: The following actions: ${unsupported.join(', ')} are not supported by the condition key ${c.key}. The condition will not be evaluated for these actions. We recommend that you move these actions to a different statement without this condition key.`, 'move these actions to a statement without this condition key', { code: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY', type: 'ERROR' }, { key: c.key, actions: unsupported.join(',') }));
  }
  return out;
}

/** Service (not `aws:`) condition keys, each key once. */
function serviceKeys(conditions: IamCondition[]): IamCondition[] {
  const seen = new Set<string>();
  return conditions.filter((c) => {
    const colon = c.lowerKey.indexOf(':');
    if (colon <= 0 || c.lowerKey.startsWith('aws:') || seen.has(c.lowerKey)) return false;
    seen.add(c.lowerKey);
    return true;
  });
}
