/** Small SNS filter policies over a shared pool of constants, so pairs interact (fast-check). */
import fc from 'fast-check';

const strings = ['', 'a', 'ab', 'abc', 'b', 'bc', 'AB'];
const numbers = [0, 1, 2, 2.5, 3];
const cidrs = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24'];

const bound = fc.constantFrom(...numbers);
const numeric = fc.oneof(
  fc.tuple(fc.constantFrom('>', '>=', '<', '<=', '='), bound).map(([op, n]) => ({ numeric: [op, n] })),
  fc.tuple(fc.constantFrom('>', '>='), bound, fc.constantFrom('<', '<='), bound)
    .filter(([, lo, , hi]) => lo < hi)
    .map(([a, lo, b, hi]) => ({ numeric: [a, lo, b, hi] })),
);

export const condition = (withCidr: boolean) =>
  fc.oneof(
    fc.constantFrom(...strings),
    fc.constantFrom(...numbers),
    fc.constantFrom(...strings.filter(Boolean)).map((s) => ({ prefix: s })),
    fc.constantFrom(...strings.filter(Boolean)).map((s) => ({ suffix: s })),
    fc.constantFrom(...strings.filter(Boolean)).map((s) => ({ 'equals-ignore-case': s })),
    fc.uniqueArray(fc.constantFrom(...strings.filter(Boolean)), { minLength: 1, maxLength: 2 }).map((v) => ({ 'anything-but': v })),
    fc.uniqueArray(fc.constantFrom(...numbers), { minLength: 1, maxLength: 2 }).map((v) => ({ 'anything-but': v })),
    fc.constantFrom(...strings.filter(Boolean)).map((s) => ({ 'anything-but': { prefix: s } })),
    numeric,
    fc.boolean().map((b) => ({ exists: b })),
    ...(withCidr ? [fc.constantFrom(...cidrs).map((c) => ({ cidr: c }))] : []),
  );

const keyConditions = (withCidr: boolean) => fc.array(condition(withCidr), { minLength: 1, maxLength: 2 });

/** A policy over keys `a` and `b` (optionally with one `$or` of two branches). */
export const policy = (withCidr = false) =>
  fc.oneof(
    fc.record({ a: keyConditions(withCidr) }, { requiredKeys: [] }).filter((p) => Object.keys(p).length > 0),
    fc.record({ a: keyConditions(withCidr), b: keyConditions(withCidr) }),
    fc.tuple(keyConditions(withCidr), keyConditions(withCidr), keyConditions(withCidr)).map(([a, b, b2]) => ({ $or: [{ a }, { b: [...b, ...b2].slice(0, 2) }] })),
  );

/** The oracle's finite message space: every constant, near misses, and pairs of values. */
const domain: unknown[] = ['', 'a', 'ab', 'abc', 'abcb', 'b', 'bc', 'c', 'AB', 'Ab', 'aB', 'x', 'ab c', 0, 1, 1.5, 2, 2.5, 3, 4, -1, '1', '10.1.2.3', '10.1.3.1', '10.2.0.1', '11.0.0.1', true, null];

export function oracleFieldStates(body: boolean): Array<unknown[] | undefined> {
  const out: Array<unknown[] | undefined> = [undefined, []];
  for (const v of domain) if (body || v !== null) out.push([v]);
  const pairs = [['ab', 'bc'], ['a', 'b'], [1, 'b'], ['abc', 3], ['x', 'AB'], ['10.1.2.3', 'b'], [2.5, 0]];
  out.push(...pairs);
  return out;
}
