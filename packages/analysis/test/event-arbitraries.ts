/** Small EventBridge patterns over a shared pool of constants, and the oracle's finite event space (fast-check). */
import fc from 'fast-check';

const strings = ['', 'a', 'ab', 'abc', 'b', 'bc', 'AB', 'k'];
const numbers = [0, 1, 2, 2.5, 3];
const cidrs = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24'];
const nonEmpty = strings.filter(Boolean);

const numeric = fc.oneof(
  fc.tuple(fc.constantFrom('>', '>=', '<', '<=', '='), fc.constantFrom(...numbers)).map(([op, n]) => ({ numeric: [op, n] })),
  fc.tuple(fc.constantFrom('>', '>='), fc.constantFrom(...numbers), fc.constantFrom('<', '<='), fc.constantFrom(...numbers))
    .filter(([, lo, , hi]) => lo < hi)
    .map(([a, lo, b, hi]) => ({ numeric: [a, lo, b, hi] })),
);

const oneOrList = (arb: fc.Arbitrary<string>) => fc.oneof(arb, fc.uniqueArray(arb, { minLength: 1, maxLength: 2 }));

export const eventCondition = fc.oneof(
  fc.constantFrom(...strings),
  fc.constantFrom(...numbers),
  fc.constantFrom(true, null),
  fc.constantFrom(...nonEmpty).map((s) => ({ prefix: s })),
  fc.constantFrom(...nonEmpty).map((s) => ({ suffix: s })),
  fc.constantFrom(...nonEmpty).map((s) => ({ prefix: { 'equals-ignore-case': s } })),
  fc.constantFrom(...nonEmpty).map((s) => ({ suffix: { 'equals-ignore-case': s } })),
  fc.constantFrom(...nonEmpty).map((s) => ({ 'equals-ignore-case': s })),
  fc.uniqueArray(fc.constantFrom(...nonEmpty), { minLength: 1, maxLength: 2 }).map((v) => ({ 'anything-but': v })),
  fc.uniqueArray(fc.constantFrom(...numbers), { minLength: 1, maxLength: 2 }).map((v) => ({ 'anything-but': v })),
  oneOrList(fc.constantFrom(...nonEmpty)).map((s) => ({ 'anything-but': { prefix: s } })),
  oneOrList(fc.constantFrom(...nonEmpty)).map((s) => ({ 'anything-but': { suffix: s } })),
  oneOrList(fc.constantFrom(...nonEmpty)).map((s) => ({ 'anything-but': { 'equals-ignore-case': s } })),
  fc.constantFrom('a*', '*b', 'a*c', 'ab*b', 'a*b*c', '*b*').map((w) => ({ wildcard: w })),
  fc.constantFrom('a*', 'a*b*c').map((w) => ({ 'anything-but': { wildcard: w } })),
  numeric,
  fc.boolean().map((b) => ({ exists: b })),
  fc.constantFrom(...cidrs).map((c) => ({ cidr: c })),
);

const leaf = fc.array(eventCondition, { minLength: 1, maxLength: 2 });

/** A pattern over top-level fields `a` and `b` (optionally one `$or`). */
export const flatPattern = fc.oneof(
  fc.record({ a: leaf }),
  fc.record({ a: leaf, b: leaf }),
  fc.tuple(leaf, leaf).map(([a, b]) => ({ $or: [{ a }, { b }] })),
);

/** A pattern over `d.x` and `d.y`: two leaves under one key make an array-consistency (`within`) node. */
export const nestedPattern = fc.oneof(
  fc.record({ d: fc.record({ x: leaf }) }),
  fc.record({ d: fc.record({ x: leaf, y: leaf }) }),
  fc.tuple(leaf, leaf, leaf).map(([x, y, b]) => ({ d: { x, y }, b })),
);

const domain: unknown[] = ['', 'a', 'ab', 'abc', 'abcb', 'b', 'bc', 'c', 'AB', 'Ab', 'aB', 'K', '\u212A', 'x', 'a-c', 0, 1, 1.5, 2, 2.5, 3, 4, -1, '1', '10.1.2.3', '10.1.3.1', '10.2.0.1', '11.0.0.1', true, false, null];
const pairs: unknown[][] = [['ab', 'bc'], ['a', 'b'], [1, 'b'], ['abc', 3], ['x', 'AB'], ['10.1.2.3', 'b'], [2.5, 0], ['a', 2]];

/** Values one field can hold in the oracle's events (`undefined`: absent). */
export const oracleValues: unknown[] = [undefined, [], { o: 1 }, ...domain, ...pairs];

/** Values of `d` in the oracle's nested events: flat objects and arrays of objects that split the fields. */
export function nestedValues(): unknown[] {
  const few: unknown[] = [undefined, 'ab', 'x', 2, 'k', null, ['a', 'b']];
  const out: unknown[] = [undefined];
  for (const x of few) {
    for (const y of few) {
      const o: Record<string, unknown> = {};
      if (x !== undefined) o.x = x;
      if (y !== undefined) o.y = y;
      out.push(o);
      if (x !== undefined && y !== undefined) out.push([{ x }, { y }], [{ x, y }, { x: y }]);
    }
  }
  return out;
}
