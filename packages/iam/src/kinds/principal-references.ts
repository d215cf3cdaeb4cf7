/**
 * How principals are named: Access Analyzer's INVALID_ROLE_REFERENCE and INVALID_USER_REFERENCE
 * (WARNING: a role or user unique id, `AROA…`/`AIDA…`, where an ARN survives the role being recreated)
 * and, in role trust policies, REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY (SUGGESTION: an assumed-role
 * session next to its own role).
 */
import type { Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

/** IAM unique ids: `AROA` for roles, `AIDA` for users, then upper-case letters and digits (IAM identifiers). */
const UNIQUE_ID = /^(AROA|AIDA)[A-Z0-9]{12,}$/;
const ROLE_ARN = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const SESSION_ARN = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

function checkUniqueIds(st: IamStatement, out: Diagnostic[]): void {
  for (const value of st.principal?.values['AWS'] ?? []) {
    const m = UNIQUE_ID.exec(value);
    if (!m) continue;
    const [kind, aa] = m[1] === 'AROA' ? ['role', 'INVALID_ROLE_REFERENCE'] : ['user', 'INVALID_USER_REFERENCE'];
    out.push(finding(KindCodes.principalUniqueId, st.principal!.at, `Invalid ${kind} reference: The Principal element includes the IAM ${kind} ID ${value}. We recommend that you use a ${kind} ARN instead.`, `write the ${kind}'s ARN: \`arn:aws:iam::<account-id>:${kind}/<name>\``, { code: aa, type: 'WARNING' }, { value }));
  }
}

function checkRedundantSessions(st: IamStatement, out: Diagnostic[]): void {
  const values = st.principal?.values['AWS'] ?? [];
  // partition:account:role name → the role's ARN (a map, so a long principal list costs linear time)
  const roles = new Map<string, string>();
  for (const v of values) {
    const m = ROLE_ARN.exec(v);
    if (m && !roles.has(`${m[1]}:${m[2]}:${m[3]}`)) roles.set(`${m[1]}:${m[2]}:${m[3]}`, v);
  }
  for (const value of values) {
    const m = SESSION_ARN.exec(value);
    const parent = m ? roles.get(`${m[1]}:${m[2]}:${m[3]}`) : undefined;
    if (parent === undefined) continue;
    out.push(finding(KindCodes.redundantAssumedRole, st.principal!.at, `Redundant principal in role trust policy: The assumed-role principal ${value} is redundant with its parent role ${parent}. Remove the assumed-role principal.`, `remove \`${value}\``, { code: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY', type: 'SUGGESTION' }, { value, parentRole: parent }));
  }
}

export function checkPrincipalReferences(st: IamStatement, trust: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkUniqueIds(st, out);
  if (trust) checkRedundantSessions(st, out);
  return out;
}
