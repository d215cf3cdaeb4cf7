import type { GlobPattern } from './glob.js';

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/**
 * One condition operator as data (the flags also drive validation). `prepare` parses a policy value
 * once (after variable substitution); `matches` is the positive comparison of one request value with
 * one prepared policy value. Negated operators share their twin's `matches`; the qualifier driver
 * applies NOR (spec §1.1).
 */
export interface OperatorDef<P = unknown> {
  name: string;
  family: OperatorFamily;
  allowsVariables: boolean;
  allowsWildcards: boolean;
  isNegative: boolean;
  /** `undefined` when the value can never match (malformed number, date, CIDR…). */
  prepare(value: GlobPattern): P | undefined;
  matches(requestValue: string, policy: P): boolean;
}

/** Declares a positive operator and its negated twin. */
export function withNegation<P>(positive: OperatorDef<P>, negatedName: string): Array<OperatorDef<P>> {
  return [positive, { ...positive, name: negatedName, isNegative: true }];
}
