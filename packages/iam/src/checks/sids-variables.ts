/** Characters Access Analyzer rejects: in a Sid (IAM-managed policy kinds) and inside `${…}` variable names. */
import type { Diagnostic } from '@arbiter/ir';
import type { IamPolicy, IamStatement, PolicyValue } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

/**
 * IAM Sids are ASCII letters and digits. Resource-based policies of other services (SNS, SQS, S3…)
 * accept more (SNS writes `__default_statement_ID`), so `resource` policies are not checked.
 */
export function checkSid(policy: IamPolicy, st: IamStatement): Diagnostic[] {
  if (policy.kind === 'resource' || !st.sid || /^[A-Za-z0-9]+$/.test(st.sid)) return [];
  return [finding(AaCheckCodes.unsupportedSid, `${st.at}/Sid`, 'Unsupported Sid: Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]', `write \`${st.sid.replace(/[^A-Za-z0-9]/g, '') || 'Statement1'}\``, { code: 'UNSUPPORTED_SID', type: 'ERROR' }, { sid: st.sid })];
}

/** A variable names a context key: letters, digits and the key and tag characters `: / . _ - @ + =`. */
const UNSUPPORTED = /[^\p{L}\p{N}:/._\-@+=]/u;

export function checkVariableSymbols(st: IamStatement): Diagnostic[] {
  const values: PolicyValue[] = [...(st.resource ?? []), ...(st.notResource ?? []), ...st.conditions.flatMap((c) => c.values)];
  const out: Diagnostic[] = [];
  for (const v of values) {
    for (const p of v.parts) {
      const symbol = p.kind === 'var' ? UNSUPPORTED.exec(p.key)?.[0] : undefined;
      if (symbol === undefined) continue;
      out.push(finding(AaCheckCodes.variableSymbol, v.at, `Unsupported symbol in variable: The symbol ${symbol} is not supported within the policy variable text. Remove the symbol.`, `remove \`${symbol}\` from \`\${${p.kind === 'var' ? p.key : ''}}\``, { code: 'UNSUPPORTED_SYMBOL_IN_VARIABLE', type: 'ERROR' }, { value: v.text, symbol }));
      break;
    }
  }
  return out;
}
