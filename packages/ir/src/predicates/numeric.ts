/**
 * `numeric`: a finite number inside the bounds, compared at six decimals: a value equal to a bound
 * at that precision is on the bound (so `> 1` rejects 1.0000001 and `<= 1` accepts it).
 */
import { numericKey, numbersEqual } from '../primitives/numeric.js';
import { definePredicate, type NumericBound } from './definition.js';

export interface NumericPredicate {
  op: 'numeric';
  /** An absent bound is unbounded. */
  lower?: NumericBound;
  upper?: NumericBound;
  at: string;
}

function aboveLower(v: number, lo: NumericBound): boolean {
  return lo.inclusive ? v >= lo.value || numbersEqual(v, lo.value) : v > lo.value && !numbersEqual(v, lo.value);
}

function belowUpper(v: number, hi: NumericBound): boolean {
  return hi.inclusive ? v <= hi.value || numbersEqual(v, hi.value) : v < hi.value && !numbersEqual(v, hi.value);
}

function printBounds(p: NumericPredicate): string {
  const { lower, upper } = p;
  if (lower && upper && lower.value === upper.value && lower.inclusive && upper.inclusive) return `numeric = ${lower.value}`;
  const parts: string[] = [];
  if (lower) parts.push(`${lower.inclusive ? '>=' : '>'} ${lower.value}`);
  if (upper) parts.push(`${upper.inclusive ? '<=' : '<'} ${upper.value}`);
  return `numeric ${parts.join(', ')}`;
}

export const numericDefinition = definePredicate<NumericPredicate>({
  op: 'numeric',
  description: 'a finite number within `lower` and `upper` (each optional), compared at six decimals',
  schema: { properties: { lower: { $ref: '#/definitions/bound' }, upper: { $ref: '#/definitions/bound' } }, required: [] },
  test: (p, value) =>
    typeof value === 'number' && Number.isFinite(value) && (!p.lower || aboveLower(value, p.lower)) && (!p.upper || belowUpper(value, p.upper)),
  compile: (p) => {
    // numericKey is monotonic, so the bound tests above are key comparisons (see primitives/numeric.ts).
    const lo = p.lower ? numericKey(p.lower.value) : -Infinity;
    const hi = p.upper ? numericKey(p.upper.value) : Infinity;
    const loOpen = p.lower !== undefined && !p.lower.inclusive;
    const hiOpen = p.upper !== undefined && !p.upper.inclusive;
    return (v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return false;
      const k = numericKey(v);
      return (loOpen ? k > lo : k >= lo) && (hiOpen ? k < hi : k <= hi);
    };
  },
  print: printBounds,
  index: (p, sink) => sink.range(p.lower, p.upper),
});
