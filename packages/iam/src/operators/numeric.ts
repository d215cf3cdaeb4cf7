/** Numeric operators [OPS]: integers and decimals; a non-numeric value on either side never matches. */
import { withNegation, type OperatorDef } from './types.js';

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal number as IAM writes them (`10`, `10.0`, `-1`, `.5`); `undefined` otherwise. */
export function parseIamNumber(s: string): number | undefined {
  if (s.length > 64 || !NUMBER_RE.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function numeric(name: string, compare: (r: number, p: number) => boolean): OperatorDef<number> {
  return {
    name,
    family: 'numeric',
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    prepare: (v) => parseIamNumber(v.text),
    matches: (r, p) => {
      const n = parseIamNumber(r);
      return n !== undefined && compare(n, p);
    },
  };
}

export const numericOperators: OperatorDef[] = [
  ...withNegation(numeric('NumericEquals', (r, p) => r === p), 'NumericNotEquals'),
  numeric('NumericLessThan', (r, p) => r < p),
  numeric('NumericLessThanEquals', (r, p) => r <= p),
  numeric('NumericGreaterThan', (r, p) => r > p),
  numeric('NumericGreaterThanEquals', (r, p) => r >= p),
] as OperatorDef[];
