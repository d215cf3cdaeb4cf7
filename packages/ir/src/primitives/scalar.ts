/** Type-aware scalar equality, shared by the `exact` and `anything-but` definitions. */
import type { Scalar } from '../predicates/definition.js';
import { numericKey, numbersEqual } from './numeric.js';

/** Strings equal strings, numbers equal numbers at six decimals, true/false/null literally. */
export function scalarEquals(expected: Scalar, actual: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && numbersEqual(expected, actual);
  return expected === actual;
}

/** The compiled form of "equals one of `values`": strings by Set, numbers by key, literals by identity. */
export function compileScalarSet(values: readonly Scalar[]): (value: unknown) => boolean {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const literals = new Set<unknown>();
  for (const v of values) {
    if (typeof v === 'string') strings.add(v);
    else if (typeof v === 'number') numbers.add(numericKey(v));
    else literals.add(v);
  }
  return (value) => {
    if (typeof value === 'string') return strings.has(value);
    if (typeof value === 'number') return numbers.has(numericKey(value));
    return literals.has(value);
  };
}
