/** Access Analyzer's suggestions for empty elements that have no effect (actions, resources, Sid, principals, condition values). */
import type { Diagnostic } from '@arbiter/ir';
import type { IamPrincipal, IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

export function checkEmptyElements(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (st.action?.length === 0) {
    out.push(finding(AaCheckCodes.emptyArrayAction, `${st.at}/Action`, 'Empty array action: This statement includes no actions and does not affect the policy. Specify actions.', 'list actions such as `"s3:GetObject"`, or remove the statement', { code: 'EMPTY_ARRAY_ACTION', type: 'SUGGESTION' }));
  }
  if (st.resource?.length === 0) {
    out.push(finding(AaCheckCodes.emptyArrayResource, `${st.at}/Resource`, 'Empty array resource: This statement includes no resources and does not affect the policy. Specify resources.', 'list resource ARNs, or remove the statement', { code: 'EMPTY_ARRAY_RESOURCE', type: 'SUGGESTION' }));
  }
  if (st.sid === '') {
    out.push(finding(AaCheckCodes.emptySid, `${st.at}/Sid`, 'Empty Sid value: Add a value to the empty string in the Sid element.', 'write a statement id such as `"Sid": "AllowRead"`, or remove `Sid`', { code: 'EMPTY_SID_VALUE', type: 'SUGGESTION' }));
  }
  for (const p of [st.principal, st.notPrincipal]) if (p) out.push(...emptyPrincipal(p));
  return out;
}

function emptyPrincipal(p: IamPrincipal): Diagnostic[] {
  const help = 'name the principals, e.g. `{"AWS": "arn:aws:iam::123456789012:root"}`, or remove the statement';
  const types = Object.entries(p.values);
  if (!p.wildcard && types.length === 0) {
    return [finding(AaCheckCodes.emptyObjectPrincipal, p.at, 'Empty object principal: This statement includes no principals and does not affect the policy. Specify principals.', help, { code: 'EMPTY_OBJECT_PRINCIPAL', type: 'SUGGESTION' })];
  }
  return types
    .filter(([, list]) => list.length === 0)
    .map(([type]) => finding(AaCheckCodes.emptyArrayPrincipal, `${p.at}/${type}`, 'Empty array principal: This statement includes no principals and does not affect the policy. Specify principals.', help, { code: 'EMPTY_ARRAY_PRINCIPAL', type: 'SUGGESTION' }));
}

/** AA's text and issue code for a condition key with `[]` as its values, by the operator's qualifier and suffix. */
export function emptyConditionText(op: { qualifier?: string; ifExists: boolean }, key: string): { message: string; code: string } {
  if (op.qualifier === 'ForAllValues') {
    return { code: 'EMPTY_ARRAY_CONDITION_FORALLVALUES', message: `Empty array condition ForAllValues: The ForAllValues prefix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.` };
  }
  if (op.qualifier === 'ForAnyValue') {
    return { code: 'EMPTY_ARRAY_CONDITION_FORANYVALUE', message: `Empty array condition ForAnyValue: The ForAnyValue prefix with an empty condition key ${key} never matches the request context and it does not affect the policy. Specify conditions.` };
  }
  if (op.ifExists) {
    return { code: 'EMPTY_ARRAY_CONDITION_IFEXISTS', message: `Empty array condition IfExists: The IfExists suffix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.` };
  }
  return { code: 'EMPTY_ARRAY_CONDITION', message: `Empty array condition: There are no values for the condition key ${key} and it does not affect the policy. Specify conditions.` };
}
