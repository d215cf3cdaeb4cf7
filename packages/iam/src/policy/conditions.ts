/**
 * Conditions as IR (spec §1.1–§1.6). Each policy value lowers through its operator to a predicate;
 * a list of values is `any-of` (OR), or `none-of` (NOR) for a negated operator. Two readings of a
 * context key (evaluate/fields.ts) carry the set rules:
 *   ['context', key]      the single value; a multivalued key is present with no single value, so a
 *                         plain operator on it never matches (iam-simulate's reading, abac-mvnoset-*)
 *   ['context-set', key]  the set; a single value is a set of one
 * Missing keys, `IfExists` and the qualifiers become IR quantifiers and presence tests:
 *   plain           test(single, P)                    missing: IfExists, or true for a negated operator
 *   ForAnyValue     test(set, P)                       missing: IfExists
 *   ForAllValues    not(test(set, negation of P))      missing or empty: true
 * where "missing: true" adds `any([exists false, …])`. `Null` tests presence.
 */
import { any, constant, not, test, type Expr, type Predicate } from '@arbiter/ir';
import { getOperator } from '../operators/registry.js';
import type { OperatorDef } from '../operators/types.js';
import type { IamCondition } from '../types.js';

export const singleField = (lowerKey: string): string[] => ['context', lowerKey];
export const setField = (lowerKey: string): string[] => ['context-set', lowerKey];

function operands(def: OperatorDef, c: IamCondition): Predicate[] {
  const out: Predicate[] = [];
  for (const v of c.values) {
    const p = def.lower(v);
    if (p !== undefined) out.push(p);
  }
  return out;
}

/** OR (or NOR) over the operands; one positive operand stands alone. */
function combine(list: Predicate[], negate: boolean, at: string): Predicate {
  if (!negate && list.length === 1) return list[0] as Predicate;
  return negate ? { op: 'none-of', of: list, at } : { op: 'any-of', of: list, at };
}

const orMissing = (field: string[], expr: Expr, at: string): Expr => any([test(field, { op: 'exists', value: false, at }, at), expr], at);

function nullToIr(def: OperatorDef, c: IamCondition): Expr {
  // Access Analyzer: ForAllValues:Null is always true, ForAnyValue:Null always false.
  if (c.qualifier) return constant(c.qualifier === 'ForAllValues', c.at);
  const field = singleField(c.lowerKey);
  return any(
    operands(def, c).map((p) => test(field, p, p.at)),
    c.at,
  );
}

export function conditionToIr(c: IamCondition): Expr {
  const def = getOperator(c.operator);
  if (!def) return constant(false, c.at);
  if (def.family === 'null') return nullToIr(def, c);
  const list = operands(def, c);
  const negated = def.isNegative;
  if (c.qualifier === 'ForAllValues') {
    const field = setField(c.lowerKey);
    return not(test(field, combine(list, !negated, c.at), c.at), c.at);
  }
  if (c.qualifier === 'ForAnyValue') {
    const field = setField(c.lowerKey);
    const tested = test(field, combine(list, negated, c.at), c.at);
    return c.ifExists ? orMissing(field, tested, c.at) : tested;
  }
  const field = singleField(c.lowerKey);
  const tested = test(field, combine(list, negated, c.at), c.at);
  return c.ifExists || negated ? orMissing(field, tested, c.at) : tested;
}
