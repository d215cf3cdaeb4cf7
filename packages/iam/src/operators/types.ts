import type { Predicate } from '@arbiter/ir';
import type { PolicyValue } from '../types.js';

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/**
 * One condition operator as data (the flags also drive validation). `lower` turns one policy value
 * into the IR predicate of the positive comparison (`undefined` when the value can never match:
 * a malformed number, date, CIDR…). Negated operators share their twin's `lower`; the lowering
 * (policy/to-ir.ts) reads a list of values as OR, or NOR for `isNegative` (spec §1.1).
 */
export interface OperatorDef {
  name: string;
  family: OperatorFamily;
  allowsVariables: boolean;
  allowsWildcards: boolean;
  isNegative: boolean;
  lower(value: PolicyValue): Predicate | undefined;
}

/** Declares a positive operator and its negated twin. */
export function withNegation(positive: OperatorDef, negatedName: string): OperatorDef[] {
  return [positive, { ...positive, name: negatedName, isNegative: true }];
}
