/**
 * Resource control policies (AWS Organizations "RCP syntax"): `Allow` only in the managed
 * RCPFullAWSAccess statement, `"Principal": "*"` only, no NotPrincipal or NotAction, and actions of
 * the services RCPs support (the service data's list; not checked when the data is unavailable).
 * Messages are Access Analyzer's ("RCP syntax error …" on its policy check reference page).
 */
import { joinPointer, type Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

const PRINCIPAL_TEXT = 'RCP syntax error principal: The Principal element contents are not valid. RCPs only support specifying all principals ("*") in the Principal element. The NotPrincipal element is not supported for RCPs.';
const aa = (code: string) => ({ code, type: 'ERROR' }) as const;

function isFullAccess(st: IamStatement): boolean {
  const only = (list: { text: string }[] | undefined) => list?.length === 1 && list[0]!.text === '*';
  return st.principal?.wildcard === true && only(st.action) && only(st.resource) && st.conditions.length === 0;
}

export function checkRcp(st: IamStatement, services: ReadonlySet<string> | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (st.effect === 'Allow' && !isFullAccess(st)) {
    out.push(finding(KindCodes.rcpAllow, joinPointer(st.at, 'Effect'), 'RCP syntax error allow: RCPs only support specifying all principals ("*") in the Principal element, all resources ("*") in the Resource element, and no Condition element with an effect of Allow.', 'write the restriction as a `Deny` statement', aa('RCP_SYNTAX_ERROR_ALLOW')));
  }
  if (st.principal && !st.principal.wildcard) {
    out.push(finding(KindCodes.rcpPrincipal, st.principal.at, PRINCIPAL_TEXT, 'write `"Principal": "*"` and narrow with conditions such as `aws:PrincipalOrgID` or `aws:PrincipalArn`', aa('RCP_SYNTAX_ERROR_PRINCIPAL')));
  }
  if (st.notPrincipal) {
    out.push(finding(KindCodes.rcpNotPrincipal, st.notPrincipal.at, PRINCIPAL_TEXT, 'write `"Principal": "*"` with a condition on `aws:PrincipalArn`', aa('RCP_SYNTAX_ERROR_PRINCIPAL')));
  }
  if (st.notAction) {
    out.push(finding(KindCodes.rcpNotAction, joinPointer(st.at, 'NotAction'), 'RCP syntax error NotAction: RCPs do not support the NotAction element. Update to use the Action element.', 'list the actions in `Action`', aa('RCP_SYNTAX_ERROR_NOTACTION')));
  }
  for (const a of services ? st.action ?? [] : []) {
    const service = a.text.split(':')[0]!.toLowerCase();
    if (a.text === '*' || services!.has(service) || !a.text.includes(':') || /[*?]/.test(service)) continue;
    out.push(finding(KindCodes.rcpService, a.at, `RCP syntax error action: RCPs only support specifying select service prefixes in the Action element; \`${service}\` is not one of them.`, 'name actions of the services RCPs support (Organizations User Guide, "List of AWS services that support RCPs")', aa('RCP_SYNTAX_ERROR_ACTION'), { action: a.text, service }));
  }
  return out;
}
