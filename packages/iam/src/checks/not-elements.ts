/** Security warnings for Allow combined with NotPrincipal, NotAction or NotResource. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

export function checkNotElements(st: IamStatement): Diagnostic[] {
  if (st.effect !== 'Allow') return [];
  const out: Diagnostic[] = [];
  if (st.notPrincipal) {
    out.push(finding(AaCheckCodes.allowWithNotPrincipal, `${st.at}/NotPrincipal`, 'Allow with NotPrincipal: Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.', 'name the principals to allow with `Principal`', { code: 'ALLOW_WITH_NOT_PRINCIPAL', type: 'SECURITY_WARNING' }));
  }
  if (st.notAction) {
    out.push(finding(AaCheckCodes.allowWithNotAction, `${st.at}/NotAction`, '`Allow` with `NotAction` grants every action not listed, including actions AWS adds later', 'list the allowed actions with `Action`, or use `Deny` with `NotAction`', { type: 'SECURITY_WARNING' }));
  }
  if (st.notResource) {
    out.push(finding(AaCheckCodes.allowWithNotResource, `${st.at}/NotResource`, '`Allow` with `NotResource` grants every resource not listed, including resources created later', 'list the allowed resources with `Resource`, or use `Deny` with `NotResource`', { type: 'SECURITY_WARNING' }));
  }
  return out;
}
