/**
 * `{"numeric": ["=", n]}`, `[op, n]` with op in `< <= > >=`, or a range `[">"|">=", lo, "<"|"<=", hi]`.
 * The checks run in the order SNS's parser reads the array, so the first problem gets AWS's text
 * for it (every text below is recorded, spec §4).
 */
import { diagnostic, joinPointer, type NumericBound, type Predicate } from '@arbiter/ir';
import { SnsCodes } from '../policy/codes.js';
import { AwsText, jacksonText } from '../policy/messages.js';
import { checkPolicyNumber } from './policy-number.js';
import type { OperatorContext, OperatorDefinition } from './types.js';

const LOWER_OPS = new Set(['>', '>=']);
const UPPER_OPS = new Set(['<', '<=']);

/** Reads the number after operator `op` at index `i`; appends AWS's error when it is not one. */
function readValue(terms: unknown[], i: number, op: string, operandAt: string, ctx: OperatorContext): number | undefined {
  const v = terms[i];
  if (typeof v !== 'number') {
    ctx.diagnostics.push(diagnostic(SnsCodes.numericValueNotNumeric, 'policy', joinPointer(operandAt, Math.min(i, terms.length)), AwsText.numericValue(op)));
    return undefined;
  }
  return checkPolicyNumber(v, joinPointer(operandAt, i), ctx) ? v : undefined;
}

function lowerTerms(terms: unknown[], at: string, operandAt: string, ctx: OperatorContext): Predicate | undefined {
  const fail = (code: string, index: number, message: string) => {
    ctx.diagnostics.push(diagnostic(code, 'policy', joinPointer(operandAt, index), message));
    return undefined;
  };
  const op = terms[0];
  if (terms.length === 0) return fail(SnsCodes.numericInvalidMember, 0, AwsText.numericInvalidMember(']'));
  if (typeof op !== 'string') return fail(SnsCodes.numericInvalidMember, 0, AwsText.numericInvalidMember(jacksonText(op)));
  if (op !== '=' && !LOWER_OPS.has(op) && !UPPER_OPS.has(op)) return fail(SnsCodes.numericUnknownOperator, 0, AwsText.numericUnknownOperator(op));
  const value = readValue(terms, 1, op, operandAt, ctx);
  if (value === undefined) return undefined;
  const bound: NumericBound = { value, inclusive: op !== '>' && op !== '<' };
  if (!LOWER_OPS.has(op)) {
    if (terms.length > 2) return fail(SnsCodes.numericTooManyElements, 2, AwsText.numericTooManyElements);
    if (op === '=') return { op: 'numeric', lower: bound, upper: { ...bound }, at };
    return { op: 'numeric', upper: bound, at };
  }
  if (terms.length === 2) return { op: 'numeric', lower: bound, at };
  const op2 = terms[2];
  if (typeof op2 !== 'string') return fail(SnsCodes.numericBadRangeValue, 2, AwsText.numericBadRangeValue(jacksonText(op2)));
  if (!UPPER_OPS.has(op2)) return fail(SnsCodes.numericBadRangeOperator, 2, AwsText.numericBadRangeOperator(op2));
  const top = readValue(terms, 3, op2, operandAt, ctx);
  if (top === undefined) return undefined;
  if (!(value < top)) return fail(SnsCodes.numericBottomNotBelowTop, 3, AwsText.numericBottomTop);
  if (terms.length > 4) return fail(SnsCodes.numericTooManyTerms, 4, AwsText.numericTooManyTerms);
  return { op: 'numeric', lower: bound, upper: { value: top, inclusive: op2 === '<=' }, at };
}

export const numericOperator: OperatorDefinition = {
  name: 'numeric',
  lower(operand, at, operandAt, ctx) {
    if (!Array.isArray(operand)) {
      ctx.diagnostics.push(diagnostic(SnsCodes.numericNotArray, 'policy', operandAt, AwsText.numericArray));
      return undefined;
    }
    return lowerTerms(operand, at, operandAt, ctx);
  },
};
