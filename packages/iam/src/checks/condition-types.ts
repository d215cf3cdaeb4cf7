/**
 * Condition operators against the data's type of each key: AA's "Type mismatch" (an operator of
 * another type), "Missing qualifier" (a multivalued key without ForAllValues/ForAnyValue) and
 * "Invalid condition multiple Boolean". Keys whose type the data does not give are skipped.
 */
import type { Diagnostic } from '@arbiter/ir';
import { getOperator } from '../operators/registry.js';
import type { OperatorFamily } from '../operators/types.js';
import { conditionKeyType } from '../service-data/key-types.js';
import type { IamCondition, IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

/** Operator families that fit a key type (String and ARN keys take either kind of operator). */
const FITS: Record<string, { families: OperatorFamily[]; name: string }> = {
  String: { families: ['string', 'arn'], name: 'String' },
  ARN: { families: ['arn', 'string'], name: 'Arn' },
  Bool: { families: ['bool'], name: 'Bool' },
  Numeric: { families: ['numeric'], name: 'Numeric' },
  Date: { families: ['date'], name: 'Date' },
  IPAddress: { families: ['ip'], name: 'IpAddress' },
  Binary: { families: ['binary'], name: 'Binary' },
};
/** aws:EpochTime takes date or numeric operators (IAM User Guide, global condition keys). */
const EXTRA: Record<string, OperatorFamily[]> = { 'aws:epochtime': ['numeric'] };

export function checkConditionTypes(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const family = getOperator(c.operator)?.family;
    const type = conditionKeyType(c.key);
    if (!family || family === 'null') continue;
    if (family === 'bool' && !c.qualifier && c.values.length > 1 && type !== 'ArrayOfBool') {
      out.push(finding(AaCheckCodes.multipleBooleans, c.at, 'Invalid condition multiple Boolean: The condition key does not support multiple Boolean values. Use a single Boolean value.', 'keep one value, `"true"` or `"false"`', { code: 'INVALID_CONDITION_MULTIPLE_BOOLEAN', type: 'ERROR' }, { key: c.key }));
    }
    if (!type) continue;
    const multi = type.startsWith('ArrayOf');
    if (multi && !c.qualifier) {
      out.push(finding(AaCheckCodes.missingQualifier, c.at, `Missing qualifier: The request context key ${c.key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.`, `write \`ForAnyValue:${c.operatorText}\` (any value matches) or \`ForAllValues:${c.operatorText}\` (every value matches)`, { code: 'MISSING_QUALIFIER', type: 'ERROR' }, { key: c.key }));
    }
    const fit = FITS[multi ? type.slice('ArrayOf'.length) : type];
    if (fit && !fit.families.includes(family) && !EXTRA[c.lowerKey]?.includes(family)) {
      out.push(finding(AaCheckCodes.typeMismatch, c.at, `Type mismatch: Use the operator type ${fit.name} instead of operator ${c.operatorText} for the condition key ${c.key}.`, `use a ${fit.name} operator, e.g. \`${example(fit.name)}\``, { code: 'TYPE_MISMATCH', type: 'WARNING' }, { key: c.key, keyType: type, operator: c.operatorText }));
    }
  }
  return out;
}

function example(name: string): string {
  return { String: 'StringEquals', Arn: 'ArnLike', Bool: 'Bool', Numeric: 'NumericLessThan', Date: 'DateGreaterThan', IpAddress: 'IpAddress', Binary: 'BinaryEquals' }[name] ?? name;
}

/** Keys Access Analyzer wants paired: aws:VpcSourceIp without aws:SourceVpc matches that IP in any VPC. */
const PAIRS: Record<string, string[]> = { 'aws:vpcsourceip': ['aws:SourceVpc'] };

export function checkPairedKeys(st: IamStatement): Diagnostic[] {
  const present = new Set(st.conditions.map((c) => c.lowerKey));
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const missing = (PAIRS[c.lowerKey] ?? []).filter((k) => !present.has(k.toLowerCase()));
    if (missing.length === 0) continue;
    out.push(finding(AaCheckCodes.missingPairedKey, c.at, `Missing paired condition keys: Using the condition key ${c.key} can be overly permissive without also using the following condition keys: ${missing.join(', ')}. Condition keys like this one are more secure when paired with a related key. We recommend that you add the related condition keys to the same condition block.`, `add \`${missing[0]}\` to this statement's Condition`, { code: 'MISSING_PAIRED_CONDITION_KEYS', type: 'SECURITY_WARNING' }, { key: c.key, missing: missing.join(',') }));
  }
  return out;
}

/** The same key twice in one operator, spelled with different case (JSON keeps both; IAM keys ignore case). */
export function checkDuplicateKeyCase(st: IamStatement): Diagnostic[] {
  const seen = new Map<string, IamCondition>();
  const out: Diagnostic[] = [];
  for (const c of st.conditions) {
    const id = `${c.operatorText}\u0000${c.lowerKey}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, c);
      continue;
    }
    out.push(finding(AaCheckCodes.duplicateKeyCase, c.at, `Duplicate keys with different case: The condition key ${c.key} appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys.`, `merge its values into \`${first.key}\``, { code: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE', type: 'ERROR' }, { key: c.key, first: first.key }));
  }
  return out;
}
