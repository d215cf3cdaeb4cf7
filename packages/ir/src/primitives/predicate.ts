/** One value against one predicate: the single source of predicate semantics. */
import type { Predicate, Scalar } from '../predicates.js';
import { ipInCidr } from './cidr.js';
import { numbersEqual } from './numeric.js';
import { equalsIgnoreCase, globMatch } from './text.js';

/** Type-aware equality used by `exact` and `anything-but`. */
export function scalarEquals(expected: Scalar, actual: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && numbersEqual(expected, actual);
  return expected === actual;
}

export function testValue(p: Predicate, value: unknown): boolean {
  switch (p.op) {
    case 'exact':
      return scalarEquals(p.value, value);
    case 'prefix':
      return typeof value === 'string' && value.startsWith(p.value);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(p.value);
    case 'equals-ignore-case':
      return typeof value === 'string' && equalsIgnoreCase(p.value, value);
    case 'anything-but':
      return !p.values.some((v) => scalarEquals(v, value));
    case 'anything-but-prefix':
      return typeof value === 'string' && !value.startsWith(p.value);
    case 'numeric': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      if (p.lower) {
        if (p.lower.inclusive ? !(value >= p.lower.value || numbersEqual(value, p.lower.value)) : !(value > p.lower.value && !numbersEqual(value, p.lower.value))) return false;
      }
      if (p.upper) {
        if (p.upper.inclusive ? !(value <= p.upper.value || numbersEqual(value, p.upper.value)) : !(value < p.upper.value && !numbersEqual(value, p.upper.value))) return false;
      }
      return true;
    }
    case 'cidr':
      return typeof value === 'string' && ipInCidr(value, p.cidr);
    case 'exists':
      // Presence is decided by the caller; a value reaching here is present.
      return p.value;
    case 'glob':
      return typeof value === 'string' && globMatch(p.pattern, value, p.ignoreCase);
    case 'regex':
      return typeof value === 'string' && new RegExp(p.source, p.flags).test(value);
  }
}
