/**
 * `{"anything-but": v | [v, …] | {"prefix": s}}`: a present value equal to none of the listed
 * strings/numbers (type-aware), or a string not starting with `s`. SNS supports no other
 * anything-but form: `suffix`, `exists` and unknown keys are rejected (recorded, spec §4).
 */
import { diagnostic, joinPointer, type Predicate, type Scalar } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import { AwsText } from '../policy/messages.js';
import { checkPolicyNumber } from './policy-number.js';
import type { OperatorContext, OperatorDefinition } from './types.js';

function lowerList(list: unknown[], at: string, operandAt: string, ctx: OperatorContext): Predicate | undefined {
  if (list.length === 0) {
    ctx.diagnostics.push(diagnostic(SnsCodes.emptyArray, 'policy', operandAt, AwsText.emptyArrays));
    return undefined;
  }
  const values: Scalar[] = [];
  let valid = true;
  list.forEach((v, i) => {
    const vAt = joinPointer(operandAt, i);
    if (typeof v === 'string') values.push(v);
    else if (typeof v === 'number' && checkPolicyNumber(v, vAt, ctx)) values.push(v);
    else {
      if (typeof v !== 'number') ctx.diagnostics.push(diagnostic(SnsCodes.anythingButListMember, 'policy', vAt, AwsText.anythingButListMember));
      valid = false;
    }
  });
  return valid ? { op: 'anything-but', values, at } : undefined;
}

function lowerPattern(pattern: Record<string, unknown>, at: string, operandAt: string, ctx: OperatorContext): Predicate | undefined {
  const keys = Object.keys(pattern);
  const push = (code: string, path: string, message: string) => {
    ctx.diagnostics.push(diagnostic(code, 'policy', path, message));
    return undefined;
  };
  if (keys.length === 0) return push(SnsCodes.emptyObject, operandAt, 'anything-but needs a value, a list or `{"prefix": …}`');
  if (keys.length > 1) return push(SnsCodes.multipleOperators, operandAt, AwsText.onlyOneKey);
  const key = keys[0] as string;
  if (key !== 'prefix') return push(SnsCodes.anythingButUnsupported, joinPointer(operandAt, key), AwsText.anythingButUnsupported(key));
  const prefix = pattern[key];
  if (typeof prefix !== 'string') return push(SnsCodes.operandNotString, joinPointer(operandAt, key), AwsText.mustBeString('prefix'));
  return { op: 'anything-but-prefix', value: prefix, at };
}

export const anythingButOperator: OperatorDefinition = {
  name: 'anything-but',
  lower(operand, at, operandAt, ctx) {
    if (typeof operand === 'string') return { op: 'anything-but', values: [operand], at };
    if (typeof operand === 'number') return checkPolicyNumber(operand, operandAt, ctx) ? { op: 'anything-but', values: [operand], at } : undefined;
    if (Array.isArray(operand)) return lowerList(operand, at, operandAt, ctx);
    if (operand !== null && typeof operand === 'object') return lowerPattern(operand as Record<string, unknown>, at, operandAt, ctx);
    ctx.diagnostics.push(diagnostic(SnsCodes.anythingButInvalid, 'policy', operandAt, AwsText.anythingButValue));
    return undefined;
  },
};
