import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  all, any, compileExpr, constant, evaluateReference, not, printExpr, test as t,
  type Expr, type FieldResolver, type Predicate,
} from '../src/index.js';

const resolverOf = (doc: Record<string, unknown[]>): FieldResolver => (field) =>
  Object.prototype.hasOwnProperty.call(doc, field.join('.')) ? doc[field.join('.')] : undefined;

describe('predicates through both evaluators', () => {
  const cases: Array<[Predicate, unknown, boolean]> = [
    [{ op: 'exact', value: 'a', at: '' }, 'a', true],
    [{ op: 'exact', value: 'a', at: '' }, 'A', false],
    [{ op: 'exact', value: 100, at: '' }, '100', false],
    [{ op: 'exact', value: '100', at: '' }, 100, false],
    [{ op: 'exact', value: 301.5, at: '' }, 3.015e2, true],
    [{ op: 'exact', value: 0.3, at: '' }, 0.1 + 0.2, true],
    [{ op: 'exact', value: null, at: '' }, null, true],
    [{ op: 'exact', value: true, at: '' }, 'true', false],
    [{ op: 'prefix', value: 'ab', at: '' }, 'abc', true],
    [{ op: 'prefix', value: 'ab', at: '' }, 12, false],
    [{ op: 'suffix', value: 'bc', at: '' }, 'abc', true],
    [{ op: 'equals-ignore-case', value: 'HeLLo', at: '' }, 'hello', true],
    [{ op: 'anything-but', values: ['a', 1], at: '' }, 'b', true],
    [{ op: 'anything-but', values: ['a', 1], at: '' }, 1, false],
    [{ op: 'anything-but', values: ['100'], at: '' }, 100, true],
    [{ op: 'anything-but-prefix', value: 'x', at: '' }, 'xy', false],
    [{ op: 'anything-but-prefix', value: 'x', at: '' }, 'yx', true],
    [{ op: 'numeric', lower: { value: 0, inclusive: false }, upper: { value: 10, inclusive: true }, at: '' }, 10, true],
    [{ op: 'numeric', lower: { value: 0, inclusive: false }, upper: { value: 10, inclusive: true }, at: '' }, 0, false],
    [{ op: 'numeric', lower: { value: 0, inclusive: false }, at: '' }, Number.NaN, false],
    [{ op: 'numeric', upper: { value: 5, inclusive: false }, at: '' }, '4', false],
    [{ op: 'cidr', cidr: '10.0.0.0/24', at: '' }, '10.0.0.255', true],
    [{ op: 'cidr', cidr: '10.0.0.0/24', at: '' }, '10.0.1.0', false],
    [{ op: 'cidr', cidr: '10.0.0.0/24', at: '' }, '10.0.0.256', false],
    [{ op: 'cidr', cidr: '2001:db8:1234:1a00::/64', at: '' }, '2001:0db8:1234:1a00:0000:0000:0000:0000', true],
    [{ op: 'glob', pattern: 'arn:*:s3:::b?t/*', ignoreCase: false, at: '' }, 'arn:aws:s3:::bat/x/y', true],
    [{ op: 'glob', pattern: 'A*', ignoreCase: true, at: '' }, 'abc', true],
    [{ op: 'glob', pattern: 'A*', ignoreCase: false, at: '' }, 'abc', false],
  ];
  it.each(cases)('%j on %j is %s', (predicate, value, expected) => {
    const e = t(['k'], predicate, '/k/0');
    const r = resolverOf({ k: [value] });
    expect(evaluateReference(e, r).value).toBe(expected);
    expect(compileExpr(e)(r)).toBe(expected);
  });

  it('treats absent fields per predicate: exists looks at presence, others fail', () => {
    const r = resolverOf({});
    expect(compileExpr(t(['k'], { op: 'exists', value: false, at: '' }, ''))(r)).toBe(true);
    expect(compileExpr(t(['k'], { op: 'exists', value: true, at: '' }, ''))(r)).toBe(false);
    expect(compileExpr(t(['k'], { op: 'anything-but', values: ['a'], at: '' }, ''))(r)).toBe(false);
  });

  it('names the failing test', () => {
    const failing = t(['b'], { op: 'exact', value: 'x', at: '/b/0' }, '/b');
    const e = all([t(['a'], { op: 'exists', value: true, at: '/a/0' }, '/a'), failing], '');
    expect(evaluateReference(e, resolverOf({ a: ['1'], b: ['y'] }))).toEqual({ value: false, failed: failing });
  });

  it('prints expressions', () => {
    const e = any([t(['a', 'b'], { op: 'prefix', value: 'x', at: '' }, ''), not(constant(false, ''), '')], '');
    expect(printExpr(e)).toBe('any\n  a.b prefix "x"\n  not\n    false');
  });
});

describe('compiled ≡ reference (property)', () => {
  const scalar = fc.oneof(
    fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(true, false, null), fc.double({ noNaN: false }),
    fc.constantFrom(1e303, 2e303, 2 ** 33, 2 ** 33 - 1e-7, 0.1 + 0.2, Infinity),
  );
  const bound = fc.record({ value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e303, 2 ** 33, 0.3)), inclusive: fc.boolean() });
  const predicate: fc.Arbitrary<Predicate> = fc.oneof(
    scalar.map((value) => ({ op: 'exact' as const, value: typeof value === 'number' && !Number.isFinite(value) ? 0 : value, at: '' })),
    fc.string({ maxLength: 2 }).map((value) => ({ op: 'prefix' as const, value, at: '' })),
    fc.string({ maxLength: 2 }).map((value) => ({ op: 'suffix' as const, value, at: '' })),
    fc.string({ maxLength: 3 }).map((value) => ({ op: 'equals-ignore-case' as const, value, at: '' })),
    fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.integer({ min: -3, max: 3 })), { maxLength: 3 }).map((values) => ({ op: 'anything-but' as const, values, at: '' })),
    fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.boolean()).map(([lo, w, li, hi]) => ({
      op: 'numeric' as const, lower: { value: lo, inclusive: li }, upper: { value: lo + w, inclusive: hi }, at: '',
    })),
    // Any finite bounds, huge ones included: compiled bounds compare keys, the reference numbers.
    fc.tuple(bound, bound).map(([a, b]) => ({ op: 'numeric' as const, lower: a, upper: b, at: '' })),
    fc.boolean().map((value) => ({ op: 'exists' as const, value, at: '' })),
    fc.string({ maxLength: 2 }).map((value) => ({ op: 'anything-but-prefix' as const, value, at: '' })),
    fc.constantFrom('10.0.0.0/24', '::ffff:0:0/96', 'bad').map((cidr) => ({ op: 'cidr' as const, cidr, at: '' })),
    fc.string({ maxLength: 4 }).map((pattern) => ({ op: 'glob' as const, pattern, ignoreCase: false, at: '' })),
  );
  const fields = fc.constantFrom('a', 'b', 'c');
  const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(fields, predicate).map(([f, p]) => t([f], p, '')),
      fc.array(tie('e'), { maxLength: 3 }).map((of) => all(of, '')),
      fc.array(tie('e'), { maxLength: 3 }).map((of) => any(of, '')),
      tie('e').map((e) => not(e, '')),
    ),
  })).e;
  const doc = fc.dictionary(fields, fc.array(scalar, { maxLength: 3 }));

  it('agree on random expressions and documents', () => {
    fc.assert(
      fc.property(expr, doc, (e, d) => {
        const r = resolverOf(d as Record<string, unknown[]>);
        expect(compileExpr(e)(r)).toBe(evaluateReference(e, r).value);
      }),
      { numRuns: 2000 },
    );
  });
});
