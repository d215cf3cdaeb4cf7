/** fast-check generators of valid event patterns and of events over the same small vocabulary. */
import fc from 'fast-check';

const keys = fc.constantFrom('a', 'b', 'c', 'a.b');
const patternKeys = fc.constantFrom('a', 'b', 'a.b');
const strings = fc.constantFrom('x', 'xy', 'X', 'Xy', '', '10.0.0.7', '10.0.1.7', 'a*b', 'ab');
const numbers = fc.constantFrom(0, 1, 1.5, -2, 300, 0.1);
const scalar = fc.oneof(strings, numbers, fc.constantFrom(true, false, null));
const nonEmpty = fc.constantFrom('x', 'X', 'y', 'a', '10.');

const condition: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  nonEmpty.map((s) => ({ prefix: s })),
  nonEmpty.map((s) => ({ prefix: { 'equals-ignore-case': s } })),
  nonEmpty.map((s) => ({ suffix: s })),
  nonEmpty.map((s) => ({ suffix: { 'equals-ignore-case': s } })),
  strings.map((s) => ({ 'equals-ignore-case': s })),
  fc.constantFrom('x*', '*y', 'a\\*b', '*', 'X*y').map((w) => ({ wildcard: w })),
  strings.map((s) => ({ 'anything-but': s })),
  fc.array(numbers, { minLength: 1, maxLength: 3 }).map((ns) => ({ 'anything-but': ns })),
  fc.array(nonEmpty, { minLength: 1, maxLength: 2 }).map((ps) => ({ 'anything-but': { prefix: ps } })),
  nonEmpty.map((s) => ({ 'anything-but': { suffix: s } })),
  fc.array(strings, { minLength: 1, maxLength: 2 }).map((ss) => ({ 'anything-but': { 'equals-ignore-case': ss } })),
  fc.constantFrom('x*', '*y').map((w) => ({ 'anything-but': { wildcard: w } })),
  numbers.map((n) => ({ numeric: ['>=', n] })),
  numbers.map((n) => ({ numeric: ['>', n - 1, '<=', n] })),
  numbers.map((n) => ({ numeric: ['=', n] })),
  fc.boolean().map((b) => ({ exists: b })),
  fc.constantFrom('10.0.0.0/24', '10.0.0.0/8').map((c) => ({ cidr: c })),
);

const leaf = fc.array(condition, { minLength: 1, maxLength: 4 });

const fieldsOf = (value: fc.Arbitrary<unknown>) => fc.dictionary(patternKeys, value, { minKeys: 1, maxKeys: 2 });
const level2 = fieldsOf(fc.oneof(leaf, fieldsOf(leaf)));

/** Patterns nested up to three levels, with an optional top-level `$or` of two or three branches. */
export const patternArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fieldsOf(fc.oneof(leaf, leaf, level2)), fc.option(fc.array(level2, { minLength: 2, maxLength: 3 }), { freq: 3 }))
  .map(([fields, or]) => (or ? { ...fields, $or: or } : fields));

const objectOf = (value: fc.Arbitrary<unknown>) => fc.dictionary(keys, value, { minKeys: 1, maxKeys: 4 });
const v0 = fc.oneof(scalar, scalar, fc.array(scalar, { maxLength: 3 }));
const o1 = objectOf(v0);
const v1 = fc.oneof(v0, o1, fc.array(o1, { maxLength: 3 }));
const o2 = objectOf(v1);
const v2 = fc.oneof(v1, o2, fc.array(o2, { maxLength: 3 }));

/** Events nested up to three levels, with arrays of scalars and arrays of objects at every level. */
export const eventArb: fc.Arbitrary<Record<string, unknown>> = objectOf(v2);
