/**
 * The Numeric and Date operator families are one shape: both sides become a number (a decimal, or
 * epoch milliseconds), then Equals / NotEquals / LessThan[Equals] / GreaterThan[Equals] compare them
 * (@arbiter/ir `decimal` and `date`).
 */
import type { Comparison } from '@arbiter/ir';
import { literalText } from './operand.js';
import { withNegation, type OperatorDef } from './types.js';

export function orderedOperators(family: 'numeric' | 'date', prefix: string, parse: (text: string) => number | undefined): OperatorDef[] {
  const op = family === 'numeric' ? 'decimal' : 'date';
  const def = (name: string, cmp: Comparison): OperatorDef => ({
    name,
    family,
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    lower: (v) => {
      const value = parse(literalText(v));
      return value === undefined ? undefined : { op, cmp, value, at: v.at };
    },
  });
  return [
    ...withNegation(def(`${prefix}Equals`, '='), `${prefix}NotEquals`),
    def(`${prefix}LessThan`, '<'),
    def(`${prefix}LessThanEquals`, '<='),
    def(`${prefix}GreaterThan`, '>'),
    def(`${prefix}GreaterThanEquals`, '>='),
  ];
}
