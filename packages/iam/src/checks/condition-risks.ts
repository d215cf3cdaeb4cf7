/**
 * Conditions that restrict less than they seem, Access Analyzer's security warnings:
 * STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS (a key the data types `ARN` under `StringLike`),
 * DYNAMODB_ATTRIBUTES_WITHOUT_SELECT (an Allow limiting `dynamodb:Attributes` without
 * `dynamodb:Select` = `SPECIFIC_ATTRIBUTES`), S3_PREFIX_IN_NEGATIVE_CONTEXT (`s3:prefix` in a Deny with
 * a positive operator, or in an Allow with a negated one: a shorter prefix slips past).
 */
import type { Diagnostic } from '@arbiter/ir';
import { conditionKeyType } from '../service-data/key-types.js';
import type { IamStatement } from '../types.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

const WARN = (code: string) => ({ code, type: 'SECURITY_WARNING' }) as const;

function checkStringLikeArns(st: IamStatement, out: Diagnostic[]): void {
  for (const c of st.conditions) {
    if (c.operator !== 'StringLike' && c.operator !== 'StringNotLike') continue;
    const type = conditionKeyType(c.key);
    if (type !== 'ARN' && type !== 'ArrayOfARN') continue;
    const allowed = c.operator === 'StringLike' ? 'ArnLike' : 'ArnNotLike';
    out.push(finding(AaCheckCodes.stringLikeWithArnKey, c.at, `String like operator with ARN condition keys: Use the operator type ${allowed} instead of operator ${c.operator} for the condition key ${c.key}.`, `write \`${c.operatorText.replace(c.operator, allowed)}\`: ARN operators compare each ARN field, so a wildcard cannot spill across fields`, WARN('STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS'), { key: c.key, operator: c.operator }));
  }
}

function checkDynamoDbAttributes(st: IamStatement, out: Diagnostic[]): void {
  const attributes = st.conditions.find((c) => c.lowerKey === 'dynamodb:attributes');
  if (st.effect !== 'Allow' || !attributes) return;
  const selects = st.conditions.some((c) => c.lowerKey === 'dynamodb:select' && c.operator === 'StringEquals' && c.values.length > 0 && c.values.every((v) => v.text === 'SPECIFIC_ATTRIBUTES'));
  if (selects) return;
  out.push(finding(AaCheckCodes.dynamodbAttributesWithoutSelect, attributes.at, 'DynamoDB attributes without select: Restricting dynamodb:Attributes without also setting dynamodb:Select to SPECIFIC_ATTRIBUTES allows all attributes to be returned on read requests that omit a projection expression. We recommend that you also set dynamodb:Select to SPECIFIC_ATTRIBUTES.', 'add `"StringEquals": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"}` to the statement', WARN('DYNAMODB_ATTRIBUTES_WITHOUT_SELECT')));
}

function checkS3Prefix(st: IamStatement, out: Diagnostic[]): void {
  for (const c of st.conditions) {
    if (c.lowerKey !== 's3:prefix' || !c.operator.startsWith('String')) continue;
    const negated = c.operator.includes('Not');
    if ((st.effect === 'Deny') === negated) continue;
    out.push(finding(AaCheckCodes.s3PrefixNegative, c.at, 'S3 prefix in negative context: Using the s3:prefix condition key in a Deny statement or with a negated string operator does not block listing the objects under the matching prefixes. A request that specifies a shorter prefix does not match the condition and can still list those objects. To restrict listing to specific prefixes, use s3:prefix with StringLike in an Allow statement, or use a Deny statement with StringNotLike.', 'allow `s3:ListBucket` with `StringLike` on the prefixes to permit, or deny it with `StringNotLike` on them', WARN('S3_PREFIX_IN_NEGATIVE_CONTEXT')));
  }
}

export function checkConditionRisks(st: IamStatement): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkStringLikeArns(st, out);
  checkDynamoDbAttributes(st, out);
  checkS3Prefix(st, out);
  return out;
}
