/** Numeric operators [OPS]: integers and decimals; a non-numeric value on either side never matches. */
import { orderedOperators } from './ordered.js';
import type { OperatorDef } from './types.js';

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal number as IAM writes them (`10`, `10.0`, `-1`, `.5`); `undefined` otherwise. */
export function parseIamNumber(s: string): number | undefined {
  if (s.length > 64 || !NUMBER_RE.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export const numericOperators: OperatorDef[] = orderedOperators('numeric', 'Numeric', parseIamNumber);
