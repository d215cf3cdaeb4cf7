/**
 * The predicates IAM lowers to (any-of, none-of, template, arn-like, decimal, date, bool-text,
 * base64): each definition's compiled form agrees with its reference test on generated predicates,
 * values and variable environments, and the operand of a template is built as documented.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePredicate, definitionOf, resolveTemplate, type EvalEnv, type Predicate } from '../src/index.js';

const words = ['a', 'A', 'b', '*', '?', ':', 'arn', 'aws', 's3', '10', '10.0', '.5', '-1', '1e3', 'true', 'FALSE', 'QQ==', 'QR==', '2020-01-01', '1577836800', '203.0.113.7'];
const text = fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(''));
const arnText = fc.oneof(text, fc.array(text, { minLength: 6, maxLength: 7 }).map((p) => ['arn', ...p.slice(1)].join(':')));
const at = '/v';
const part = fc.oneof(
  text.map((t) => ({ text: t })),
  text.map((t) => ({ text: t, literal: true })),
  fc.constantFrom({ variable: 'v' }, { variable: 'w', fallback: 'a*' }, { variable: 'missing' }),
);
const leaf: fc.Arbitrary<Predicate> = fc.oneof(
  fc.record({ op: fc.constant('template' as const), parts: fc.array(part, { maxLength: 4 }), match: fc.constantFrom('equals' as const, 'equals-ignore-case' as const, 'like' as const, 'arn-like' as const), at: fc.constant(at) }),
  arnText.map((pattern) => ({ op: 'arn-like' as const, pattern, at })),
  fc.record({ op: fc.constantFrom('decimal' as const, 'date' as const), cmp: fc.constantFrom('=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const), value: fc.constantFrom(10, 0.5, -1, 1000, 1577836800000), at: fc.constant(at) }),
  fc.boolean().map((value) => ({ op: 'bool-text' as const, value, at })),
  fc.constantFrom('QQ==', 'QUI=').map((value) => ({ op: 'base64' as const, value, at })),
  text.map((value) => ({ op: 'exact' as const, value, at })),
);
const predicate: fc.Arbitrary<Predicate> = fc.oneof(
  leaf,
  fc.record({ op: fc.constantFrom('any-of' as const, 'none-of' as const), of: fc.array(leaf, { maxLength: 3 }), at: fc.constant(at) }),
);
const env: fc.Arbitrary<EvalEnv> = fc
  .record({ v: fc.oneof(fc.constant(undefined), fc.array(text, { maxLength: 2 })), w: fc.oneof(fc.constant(undefined), text.map((t) => [t])) })
  .map((vars) => ({ variable: (name: string) => (vars as Record<string, readonly unknown[] | undefined>)[name] }));

describe('IAM-facing predicates: compiled ≡ reference', () => {
  it('agree on generated predicates, values and environments', () => {
    fc.assert(
      fc.property(predicate, fc.oneof(arnText, text, fc.constant(7)), env, (p, value, e) => {
        expect(compilePredicate(p)(value, e)).toBe(definitionOf(p).test(p, value, e));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('template operands', () => {
  const parts = [{ text: 'a*' }, { text: '?', literal: true }, { variable: 'v' }, { variable: 'w', fallback: 'd' }];
  it('substitutes single-valued variables as literal text, else the fallback, else nothing', () => {
    const vars: Record<string, readonly unknown[]> = { v: ['x*'] };
    expect(resolveTemplate(parts, { variable: (n) => vars[n] })).toEqual({ text: 'a*?x*d', kinds: '.*....' });
    // A variable with two values does not resolve, and has no fallback here.
    expect(resolveTemplate(parts, { variable: () => ['x', 'y'] })).toBeNull();
    expect(resolveTemplate([{ variable: 'v' }], {})).toBeNull();
  });

  it('matches `like` with live wildcards only', () => {
    const like: Predicate = { op: 'template', parts, match: 'like', at };
    const e: EvalEnv = { variable: (n) => (n === 'v' ? ['x*'] : undefined) };
    expect(definitionOf(like).test(like, 'abc?x*d', e)).toBe(true);
    expect(definitionOf(like).test(like, 'abc?xyd', e)).toBe(false);
    expect(compilePredicate(like)('a?x*d', e)).toBe(true);
  });
});
