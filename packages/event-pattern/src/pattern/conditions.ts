/**
 * One element of a leaf array: a literal (exact match) or a one-key match expression. Each
 * operator's operand rules are event-ruler's (spec §2); anything-but and numeric have their files.
 */
import { joinPointer } from '@arbiter/ir';
import { readAnythingBut } from './anything-but.js';
import { checkCidr } from './cidr.js';
import { EventPatternCodes as Codes } from './codes.js';
import { checkComparable, isPlainObject, report, show, type ValidationContext } from './context.js';
import type { Matcher } from './model.js';
import { readNumeric } from './numeric.js';
import { checkWildcard } from './wildcard.js';

/** Every operator a match expression may name. */
export const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr', 'exactly'] as const;

function mustBeString(ctx: ValidationContext, operand: unknown, at: string, name: string): operand is string {
  if (typeof operand === 'string') return true;
  report(ctx, Codes.operandNotString, at, `${name} match pattern must be a string`, `give \`${name}\` a string, e.g. {"${name}": "abc"}`);
  return false;
}

/** `prefix`/`suffix`: a string, or `{"equals-ignore-case": string}`. */
function readAffix(ctx: ValidationContext, op: 'prefix' | 'suffix', operand: unknown, at: string): Matcher | undefined {
  if (typeof operand === 'string') return { op, value: operand, ignoreCase: false };
  if (!isPlainObject(operand)) return void mustBeString(ctx, operand, at, op);
  const keys = Object.keys(operand);
  if (keys.length !== 1) return report(ctx, Codes.multipleOperators, at, 'Only one key allowed in match expression', `write {"${op}": {"equals-ignore-case": "abc"}}`);
  const modifier = keys[0] as string;
  if (modifier !== 'equals-ignore-case') return report(ctx, Codes.unsupportedModifier, joinPointer(at, modifier), `Unsupported ${op} pattern: ${modifier}`, `${op} takes a string or {"equals-ignore-case": string}`);
  const value = operand[modifier];
  const where = joinPointer(at, modifier);
  return mustBeString(ctx, value, where, 'equals-ignore-case') ? { op, value, ignoreCase: true } : undefined;
}

function readExpression(ctx: ValidationContext, expr: Record<string, unknown>, at: string): Matcher | undefined {
  const keys = Object.keys(expr);
  if (keys.length === 0) return report(ctx, Codes.emptyMatchExpression, at, 'Empty objects are not allowed', 'a match expression names one operator, e.g. {"prefix": "abc"}');
  if (keys.length > 1) return report(ctx, Codes.multipleOperators, at, 'Only one key allowed in match expression', 'split the operators into separate elements of the array: they are OR-ed');
  const name = keys[0] as string;
  const operand = expr[name];
  const where = joinPointer(at, name);
  switch (name) {
    case 'prefix':
    case 'suffix':
      return readAffix(ctx, name, operand, where);
    case 'equals-ignore-case':
      return mustBeString(ctx, operand, where, name) ? { op: 'equals-ignore-case', value: operand } : undefined;
    case 'exactly':
      return typeof operand === 'string' ? { op: 'exact', value: operand } : report(ctx, Codes.operandNotString, where, 'exact match pattern must be a string');
    case 'wildcard':
      return mustBeString(ctx, operand, where, name) && checkWildcard(ctx, operand, where) ? { op: 'wildcard', pattern: operand } : undefined;
    case 'anything-but':
      return readAnythingBut(ctx, operand, where);
    case 'numeric':
      return readNumeric(ctx, operand, where);
    case 'exists':
      if (typeof operand === 'boolean') return { op: 'exists', value: operand };
      return report(ctx, Codes.existsNotBoolean, where, 'exists match pattern must be either true or false.', 'write {"exists": true} or {"exists": false}');
    case 'cidr': {
      if (!mustBeString(ctx, operand, where, name)) return undefined;
      const cidr = checkCidr(ctx, operand, where);
      return cidr === undefined ? undefined : { op: 'cidr', cidr };
    }
    default:
      return report(ctx, Codes.unknownOperator, where, `Unrecognized match type ${name}`, `use one of ${OPERATORS.join(', ')}`);
  }
}

/** Reads one condition; `undefined` (with diagnostics) when it is invalid. */
export function readCondition(ctx: ValidationContext, value: unknown, at: string): Matcher | undefined {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return { op: 'exact', value };
  if (typeof value === 'number') return checkComparable(ctx, value, at) ? { op: 'exact', value } : undefined;
  if (isPlainObject(value)) return readExpression(ctx, value, at);
  return report(ctx, Codes.invalidMatchValue, at, 'Match value must be String, number, true, false, or null', `found ${show(value)}; use a literal or a match expression object`);
}
