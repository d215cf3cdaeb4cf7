/**
 * Access Analyzer's three RCP warnings about service principals (WARNING each): an RCP reaches IAM
 * principals and AWS service principals alike, so a condition on a principal property needs
 * `"BoolIfExists": {"aws:PrincipalIsAWSService": "false"}` (services carry no such property), one on a
 * source property needs `"aws:PrincipalIsAWSService": "true"` and a `Null` check that the service sent
 * a source (`aws:SourceAccount` or `aws:SourceArn`). Which keys count as principal and source keys is
 * Arbiter's reading of the page (it names the key in each finding, not the list).
 */
import type { Diagnostic } from '@arbiter/ir';
import { finding } from '../checks/finding.js';
import type { IamCondition, IamStatement } from '../types.js';
import { KindCodes } from './codes.js';

const PRINCIPAL_KEYS: ReadonlySet<string> = new Set(['aws:principalaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalarn']);
const SOURCE_KEYS: ReadonlySet<string> = new Set(['aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths']);
const isPrincipalKey = (k: string) => PRINCIPAL_KEYS.has(k) || k.startsWith('aws:principaltag/');

function hasValue(st: IamStatement, operator: string, key: string, value: string): boolean {
  return st.conditions.some((c: IamCondition) => c.operator === operator && c.lowerKey === key && c.values.length > 0 && c.values.every((v) => v.text.toLowerCase() === value));
}

const WARNING = (code: string) => ({ code, type: 'WARNING' }) as const;

export function checkRcpConditions(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  const principal = st.conditions.find((c) => isPrincipalKey(c.lowerKey));
  if (principal && !hasValue(st, 'Bool', 'aws:principalisawsservice', 'false')) {
    out.push(finding(KindCodes.rcpPrincipalKeyGuard, principal.at, `RCP missing related principal condition key: RCPs impact IAM roles, users, and AWS service principals. To prevent unintended impact to services acting on your behalf using a service principal, an additional statement should be added to the Condition block "BoolIfExists": { "aws:PrincipalIsAWSService": "false"} whenever a principal key ${principal.key} is used.`, 'add `"BoolIfExists": {"aws:PrincipalIsAWSService": "false"}` to the statement', WARNING('RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY'), { key: principal.key }));
  }
  const source = st.conditions.find((c) => SOURCE_KEYS.has(c.lowerKey));
  if (!source) return out;
  if (!hasValue(st, 'Bool', 'aws:principalisawsservice', 'true')) {
    out.push(finding(KindCodes.rcpSourceKeyGuard, source.at, `RCP missing related service principal condition key: RCPs impact IAM roles, users, and AWS service principals. To prevent unintended impact to your principals, an additional statement should be added to the Condition block "BoolIfExists": { "aws:PrincipalIsAWSService": "true"} whenever the key ${source.key} is used.`, 'add `"BoolIfExists": {"aws:PrincipalIsAWSService": "true"}` to the statement', WARNING('RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY'), { key: source.key }));
  }
  if (!hasValue(st, 'Null', 'aws:sourceaccount', 'false') && !hasValue(st, 'Null', 'aws:sourcearn', 'false')) {
    out.push(finding(KindCodes.rcpSourceNullCheck, source.at, `RCP missing service condition key null check: The specified service may have a service integration that does not require the use of the ${source.key} condition key. To prevent unintended impact to services acting on your behalf using a service principal, an additional statement should be added to the Condition block "Null": { "aws:SourceAccount": "false"} or "Null": { "aws:SourceArn": "false"} whenever the key ${source.key} is used.`, 'add `"Null": {"aws:SourceAccount": "false"}` to the statement', WARNING('RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK'), { key: source.key }));
  }
  return out;
}
