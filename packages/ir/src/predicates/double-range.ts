/**
 * `double-range`: a finite number inside the bounds, compared as an IEEE double with no rounding
 * (EventBridge's `numeric`, and its exact numbers as `[n, n]`). `numeric` is the six-decimal form.
 */
import { inDoubleRange } from '../primitives/double.js';
import { definePredicate, type NumericBound } from './definition.js';

export interface DoubleRangePredicate {
  op: 'double-range';
  lower?: NumericBound;
  upper?: NumericBound;
  at: string;
}

const bound = { type: 'object', properties: { value: { type: 'number' }, inclusive: { type: 'boolean' } }, required: ['value', 'inclusive'], additionalProperties: false };

function printBounds(p: DoubleRangePredicate): string {
  if (p.lower && p.upper && p.lower.value === p.upper.value && p.lower.inclusive && p.upper.inclusive) return `= ${p.lower.value}`;
  const parts: string[] = [];
  if (p.lower) parts.push(`${p.lower.inclusive ? '>=' : '>'} ${p.lower.value}`);
  if (p.upper) parts.push(`${p.upper.inclusive ? '<=' : '<'} ${p.upper.value}`);
  return parts.join(', ');
}

export const doubleRangeDefinition = definePredicate<DoubleRangePredicate>({
  op: 'double-range',
  description: 'a finite number inside the bounds (an absent bound is unbounded), compared as a double with no rounding',
  schema: { properties: { lower: bound, upper: bound }, required: [] },
  test: (p, value) => inDoubleRange(value, p.lower, p.upper),
  compile: ({ lower, upper }) => (v) => inDoubleRange(v, lower, upper),
  print: (p) => `number ${printBounds(p)}`,
  index: (p, sink) => sink.doubleRange(p.lower, p.upper),
});
