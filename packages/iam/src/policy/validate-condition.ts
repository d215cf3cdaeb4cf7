/** The Condition element: operators, keys, value types, variables and Access Analyzer's value checks. */
import { joinPointer } from '@arbiter/ir';
import { AaText, IamCodes } from '../codes.js';
import { parseIamBool } from '../operators/bool.js';
import { normalizeBase64 } from '../operators/binary.js';
import { parseIamDate } from '../operators/date.js';
import { parseIamCidr } from '../operators/ip.js';
import { parseIamNumber } from '../operators/numeric.js';
import { parseOperator, type ParsedOperator } from '../operators/registry.js';
import type { IamCondition, PolicyValue } from '../types.js';
import { describe, error, toPolicyValue, warn, type ValidationContext } from './values.js';
import { emptyConditionText } from '../checks/empty-elements.js';

// The prefix may be an OIDC provider with a path: `oidc.eks.us-east-1.amazonaws.com/id/ABC:sub`.
const KEY_RE = /^[A-Za-z0-9./-]+:\S+$/;
const SINGLE_VALUED_TAG_RE = /^aws:(principaltag|resourcetag|requesttag)\//;

export function readConditionBlock(ctx: ValidationContext, block: unknown, at: string): IamCondition[] {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) {
    error(ctx, IamCodes.wrongType, at, `\`Condition\` must be an object, not ${describe(block)}`, 'write `"Condition": {"StringEquals": {"aws:PrincipalTag/k": "v"}}`');
    return [];
  }
  const out: IamCondition[] = [];
  for (const [operatorText, keys] of Object.entries(block)) {
    const opAt = joinPointer(at, operatorText);
    const op = parseOperator(operatorText);
    if (!op) {
      error(ctx, IamCodes.invalidOperator, opAt, AaText.invalidOperator(operatorText), 'use an operator such as `StringEquals`, `ForAnyValue:StringLike` or `DateLessThanIfExists`', { operator: operatorText });
      continue;
    }
    checkOperator(ctx, op, operatorText, opAt);
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      error(ctx, IamCodes.wrongType, opAt, `condition operator \`${operatorText}\` must map to an object of keys, not ${describe(keys)}`, 'write `{"aws:PrincipalTag/k": "v"}`');
      continue;
    }
    for (const [key, raw] of Object.entries(keys)) {
      const keyAt = joinPointer(opAt, key);
      checkKey(ctx, op, key, keyAt);
      const values = readConditionValues(ctx, op, raw, keyAt, key);
      const c: IamCondition = { operatorText, operator: op.def.name, ifExists: op.ifExists, key, lowerKey: key.toLowerCase(), values, at: keyAt };
      if (op.qualifier) c.qualifier = op.qualifier;
      out.push(c);
    }
  }
  return out;
}

function checkOperator(ctx: ValidationContext, op: ParsedOperator, text: string, at: string): void {
  if (op.def.family === 'null' && op.ifExists) error(ctx, IamCodes.nullIfExists, at, AaText.nullIfExists, 'use `Null` without `IfExists`');
  if (op.def.family === 'null' && op.qualifier) {
    warn(ctx, IamCodes.nullQualifier, at, `\`${text}\`: ${op.qualifier === 'ForAllValues' ? 'always true' : 'always false'}: the Null operator ignores set qualifiers' purpose`, 'remove the qualifier from `Null`');
  }
  if (!op.canonicalCase) warn(ctx, IamCodes.operatorCase, at, `condition operator \`${text}\` is not in AWS's documented case`, 'write operators in PascalCase, e.g. `StringEquals`');
}

function checkKey(ctx: ValidationContext, op: ParsedOperator, key: string, at: string): void {
  if (key.includes('${')) {
    error(ctx, IamCodes.variableInElement, at, AaText.variableInElement(key), 'a condition key cannot hold a policy variable');
  } else if (!KEY_RE.test(key)) {
    error(ctx, IamCodes.conditionKeyFormat, at, AaText.conditionKeyFormat, 'write the key as `service:keyname`, e.g. `aws:PrincipalTag/project`', { key });
  } else if (/tag\/$/i.test(key)) {
    error(ctx, IamCodes.missingTagKey, at, AaText.missingTagKey(key), `append the tag key: \`${key}project\``, { key });
  }
  if (op.qualifier === 'ForAllValues' && SINGLE_VALUED_TAG_RE.test(key.toLowerCase())) {
    warn(ctx, IamCodes.forAllValuesSingleValued, at, AaText.forAllValuesSingle(key), 'remove `ForAllValues:` for a single-valued key');
  }
}

function readConditionValues(ctx: ValidationContext, op: ParsedOperator, raw: unknown, at: string, key: string): PolicyValue[] {
  const items: Array<[unknown, string]> = Array.isArray(raw) ? raw.map((v, i) => [v, joinPointer(at, i)]) : [[raw, at]];
  if (Array.isArray(raw) && raw.length === 0) {
    const empty = emptyConditionText(op, key);
    warn(ctx, IamCodes.emptyConditionValues, at, empty.message, 'list at least one value, or test for a missing key with `"Null": {"key": "true"}`', { accessAnalyzerCode: empty.code, findingType: 'SUGGESTION' });
  }
  const out: PolicyValue[] = [];
  for (const [v, p] of items) {
    if (typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && Number.isFinite(v))) {
      error(ctx, IamCodes.conditionDataType, p, AaText.dataType('String'), 'a condition value is a string, number or boolean, or an array of them', { found: describe(v) });
      continue;
    }
    const text = String(v);
    const value = toPolicyValue(ctx, text, p, op.def.allowsVariables ? 'allowed' : 'forbidden-operator');
    if (!value.hasVariables) checkLiteral(ctx, op, text, p);
    out.push(value);
  }
  return out;
}

/** Access Analyzer's value checks; a malformed value is a warning and never matches (documented). */
function checkLiteral(ctx: ValidationContext, op: ParsedOperator, text: string, at: string): void {
  const never = 'this value never matches';
  const name = op.def.name;
  switch (op.def.family) {
    case 'string':
      if (!op.def.allowsWildcards && /[*?]/.test(text)) warn(ctx, IamCodes.wildcardWithoutLike, at, AaText.wildcardWithoutLike, 'use `StringLike` for wildcards');
      return;
    case 'numeric':
      if (parseIamNumber(text) === undefined) warn(ctx, IamCodes.invalidNumber, at, `Type mismatch number: Add a valid numeric value for the condition operator ${name}. (\`${text}\`: ${never})`, 'write an integer or decimal such as `3600`');
      return;
    case 'date':
      if (parseIamDate(text) === undefined) warn(ctx, IamCodes.invalidDate, at, `${AaText.typeMismatchDate} (\`${text}\`: ${never})`, 'write a date such as `2025-01-31` or `2025-01-31T12:00:00Z`');
      return;
    case 'bool':
      if (parseIamBool(text) === undefined) warn(ctx, IamCodes.invalidBool, at, `Type mismatch Boolean: Add a valid Boolean value (true or false) for the condition operator ${name}. (\`${text}\`: ${never})`, 'write `"true"` or `"false"`');
      return;
    case 'null':
      if (parseIamBool(text) === undefined) warn(ctx, IamCodes.nullValue, at, `\`${text}\` is not \`true\` or \`false\`: ${never}`, 'write `"true"` or `"false"`');
      return;
    case 'ip':
      if (!parseIamCidr(text)) warn(ctx, IamCodes.invalidIp, at, `Type mismatch IP range: The condition operator ${name} is used with an invalid IP range value. Specify the IP range in standard CIDR format. (\`${text}\`: ${never})`, 'write a block such as `203.0.113.0/24`');
      return;
    case 'binary':
      if (normalizeBase64(text) === undefined) warn(ctx, IamCodes.invalidBinary, at, `Type mismatch string: Add a valid base64-encoded string value for the condition operator ${name}. (\`${text}\`: ${never})`, 'write the bytes as base64');
      return;
    case 'arn':
      return;
  }
}
