/**
 * `numeric` conditions (spec §4): `[op, n]` or `[>|>=, low, <|<=, high]` with low < high. Numbers
 * are full doubles, as event-ruler 2.x compares them; one that overflows or underflows is rejected.
 */
import { EventPatternCodes as Codes } from './codes.js';
import { checkComparable, report, show, type ValidationContext } from './context.js';
import type { Matcher, NumericBound } from './model.js';
import { joinPointer } from '@arbiter/ir';

const OPERATORS = new Set(['=', '<', '<=', '>', '>=']);

function readBound(ctx: ValidationContext, terms: unknown[], i: number, at: string): number | undefined {
  const op = terms[i] as string;
  const value = terms[i + 1];
  const where = joinPointer(at, i + 1);
  if (typeof value !== 'number') return report(ctx, Codes.numericValueNotNumeric, i + 1 < terms.length ? where : at, `Value of ${op} must be numeric`, `follow \`${op}\` with a JSON number, e.g. ["${op}", 100]`);
  return checkComparable(ctx, value, where) ? value : undefined;
}

function readOperator(ctx: ValidationContext, terms: unknown[], i: number, at: string): string | undefined {
  const op = terms[i];
  if (typeof op === 'string' && OPERATORS.has(op)) return op;
  return report(ctx, Codes.numericUnknownOperator, joinPointer(at, i), `Unrecognized numeric range operator: ${typeof op === 'string' ? op : show(op)}`, 'use one of `=`, `<`, `<=`, `>`, `>=`');
}

export function readNumeric(ctx: ValidationContext, terms: unknown, at: string): Matcher | undefined {
  if (!Array.isArray(terms) || terms.length === 0) return report(ctx, Codes.numericNotArray, at, 'numeric match pattern must be a non-empty array', 'write e.g. {"numeric": [">", 0, "<=", 5]}');
  const op = readOperator(ctx, terms, 0, at);
  if (op === undefined) return undefined;
  const first = readBound(ctx, terms, 0, at);
  if (first === undefined) return undefined;
  if (op === '=') {
    if (terms.length > 2) return report(ctx, Codes.numericTooManyElements, at, 'Too many elements in numeric expression', '`=` takes exactly one number');
    return { op: 'numeric', lower: { value: first, inclusive: true }, upper: { value: first, inclusive: true } };
  }
  const bound: NumericBound = { value: first, inclusive: op.endsWith('=') };
  const isLower = op.startsWith('>');
  if (terms.length === 2) return isLower ? { op: 'numeric', lower: bound } : { op: 'numeric', upper: bound };
  if (!isLower || terms.length !== 4) return report(ctx, Codes.numericTooManyElements, at, 'Too many elements in numeric expression', 'a range is [">" or ">=", low, "<" or "<=", high], lower bound first');
  const op2 = readOperator(ctx, terms, 2, at);
  if (op2 === undefined) return undefined;
  if (!op2.startsWith('<')) return report(ctx, Codes.numericBadRangeOperator, joinPointer(at, 2), `Bad numeric range operator: ${op2}`, 'the upper bound of a range takes `<` or `<=`');
  const second = readBound(ctx, terms, 2, at);
  if (second === undefined) return undefined;
  if (!(first < second)) return report(ctx, Codes.numericBottomNotBelowTop, at, 'Bottom must be less than top', `the lower bound ${first} must be below the upper bound ${second}`);
  return { op: 'numeric', lower: bound, upper: { value: second, inclusive: op2 === '<=' } };
}
