/**
 * The Numeric and Date operator families are one shape: both sides become a number (a decimal, or
 * epoch milliseconds), then Equals / NotEquals / LessThan[Equals] / GreaterThan[Equals] compare them.
 */
import { withNegation, type OperatorDef } from './types.js';

type Compare = (request: number, policy: number) => boolean;

export function orderedOperators(family: 'numeric' | 'date', prefix: string, parse: (text: string) => number | undefined): OperatorDef[] {
  const op = (name: string, compare: Compare): OperatorDef<number> => ({
    name,
    family,
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    prepare: (v) => parse(v.text),
    matches: (r, p) => {
      const n = parse(r);
      return n !== undefined && compare(n, p);
    },
  });
  return [
    ...withNegation(op(`${prefix}Equals`, (r, p) => r === p), `${prefix}NotEquals`),
    op(`${prefix}LessThan`, (r, p) => r < p),
    op(`${prefix}LessThanEquals`, (r, p) => r <= p),
    op(`${prefix}GreaterThan`, (r, p) => r > p),
    op(`${prefix}GreaterThanEquals`, (r, p) => r >= p),
  ] as OperatorDef[];
}
