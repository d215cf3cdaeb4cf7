/**
 * `anything-but` in every form (spec §4): a scalar, a list of strings or of numbers, or one of
 * `{prefix}`, `{suffix}`, `{equals-ignore-case}`, `{wildcard}` with one string or a list. All
 * lower to one matcher: the value matches none of the listed conditions.
 */
import { joinPointer } from '@arbiter/ir';
import { EventPatternCodes as Codes } from './codes.js';
import { checkComparable, isPlainObject, report, show, type ValidationContext } from './context.js';
import type { Matcher } from './model.js';
import { checkWildcard } from './wildcard.js';

const MIXED = 'Inside anything but list, either all values are number or string, mixed type is not supported';

function readList(ctx: ValidationContext, values: unknown[], at: string): Matcher | undefined {
  const allStrings = values.length > 0 && values.every((v) => typeof v === 'string');
  const allNumbers = values.length > 0 && values.every((v) => typeof v === 'number');
  if (!allStrings && !allNumbers) return report(ctx, Codes.anythingButMixed, at, MIXED, 'list at least one value, all strings or all numbers');
  let ok = true;
  if (allNumbers) values.forEach((v, i) => (ok = checkComparable(ctx, v as number, joinPointer(at, i)) && ok));
  return ok ? { op: 'anything-but', of: values.map((v) => ({ op: 'exact', value: v as string | number })) } : undefined;
}

/** The operand strings of an `anything-but` operator: one string or a non-empty list of them. */
function operandStrings(ctx: ValidationContext, operand: unknown, at: string, code: string, message: string): { value: string; at: string }[] | undefined {
  const items = Array.isArray(operand) ? operand.map((v, i) => ({ value: v, at: joinPointer(at, i) })) : [{ value: operand, at }];
  if (items.length === 0) return report(ctx, code, at, message, 'list at least one string');
  const bad = items.find((item) => typeof item.value !== 'string');
  if (bad) return report(ctx, code, bad.at, message);
  return items as { value: string; at: string }[];
}

function readOperator(ctx: ValidationContext, spec: Record<string, unknown>, at: string): Matcher | undefined {
  const keys = Object.keys(spec);
  if (keys.length !== 1) return report(ctx, Codes.multipleOperators, at, 'Only one key allowed in match expression', 'give `anything-but` exactly one of prefix, suffix, equals-ignore-case, wildcard');
  const name = keys[0] as string;
  const where = joinPointer(at, name);
  const operand = spec[name];
  if (name === 'prefix' || name === 'suffix') {
    const items = operandStrings(ctx, operand, where, Codes.operandNotString, 'prefix/suffix match pattern must be a string');
    if (!items) return undefined;
    const empty = items.find((item) => item.value === '');
    if (empty) return report(ctx, Codes.anythingButEmptyAffix, empty.at, 'Null prefix/suffix not allowed', `an empty ${name} would exclude every string; remove it`);
    return { op: 'anything-but', of: items.map((item) => ({ op: name, value: item.value, ignoreCase: false })) };
  }
  if (name === 'equals-ignore-case') {
    const message = 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.';
    const items = operandStrings(ctx, operand, where, Codes.operandNotString, message);
    return items && { op: 'anything-but', of: items.map((item) => ({ op: 'equals-ignore-case', value: item.value })) };
  }
  if (name === 'wildcard') {
    const items = operandStrings(ctx, operand, where, Codes.operandNotString, 'wildcard match pattern must be a string');
    if (!items || !items.every((item) => checkWildcard(ctx, item.value, item.at))) return undefined;
    return { op: 'anything-but', of: items.map((item) => ({ op: 'wildcard', pattern: item.value })) };
  }
  return report(ctx, Codes.anythingButUnsupported, where, `Unsupported anything-but pattern: ${name}`, 'anything-but takes a value, a list, or one of prefix, suffix, equals-ignore-case, wildcard');
}

export function readAnythingBut(ctx: ValidationContext, operand: unknown, at: string): Matcher | undefined {
  if (typeof operand === 'string') return { op: 'anything-but', of: [{ op: 'exact', value: operand }] };
  if (typeof operand === 'number') return checkComparable(ctx, operand, at) ? { op: 'anything-but', of: [{ op: 'exact', value: operand }] } : undefined;
  if (Array.isArray(operand)) return readList(ctx, operand, at);
  if (isPlainObject(operand)) return readOperator(ctx, operand, at);
  return report(ctx, Codes.anythingButInvalid, at, `anything-but match pattern must be a string, a number, a list or an object, not ${show(operand)}`);
}
