/** Access Analyzer's suggestions for empty elements that have no effect (empty action/resource arrays, empty Sid). */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
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
  return out;
}
