/**
 * The compiled path's resource shortcuts decide exactly as the reference: the per-part ARN matcher
 * (@arbiter/ir `arn-like`'s compiled form) against `matchArn`, and the resource index (used for long statement lists) through `authorize`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, type IamRequest } from '../src/index.js';
import { compileArnMatcher, globFromText, matchArn, prepareArnPattern } from '@arbiter/ir';

// Small alphabets make colons, wildcards and shared prefixes collide often.
const piece = fc.constantFrom('arn', 'aws', 's3', 'lambda', '', 'a', 'ab', 'function', 'b/', 'b/k', 'x-1', ':', '/');
const patternPiece = fc.oneof(piece, fc.constantFrom('*', '?', '**', 'a*', '*b', 'b/*', 'function:*', 'a?b'));
const joined = (p: fc.Arbitrary<string>) => fc.array(p, { maxLength: 9 }).map((xs) => xs.join(''));
const arnish = (p: fc.Arbitrary<string>) => fc.oneof(joined(p), fc.array(joined(p), { minLength: 6, maxLength: 8 }).map((xs) => ['arn', ...xs.slice(1)].join(':')));

describe('compiled ARN matcher', () => {
  it('agrees with matchArn on random patterns and values', () => {
    fc.assert(
      fc.property(arnish(patternPiece), arnish(piece), (pattern, value) => {
        const p = prepareArnPattern(globFromText(pattern));
        expect(compileArnMatcher(p)(value)).toBe(matchArn(value, p));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the cases the shortcuts special-case', () => {
    const m = (pattern: string, value: string) => compileArnMatcher(prepareArnPattern(globFromText(pattern)))(value);
    expect(m('arn:aws:s3:::b/*', 'arn:aws:s3:::b/k')).toBe(true);
    expect(m('arn:aws:s3:::b/*', 'arn:aws:s3:::bb/k')).toBe(false);
    expect(m('arn:aws:s3:::b', 'arn:aws:s3:::b/k')).toBe(false);
    expect(m('arn:aws:lambda:*:*:function:*', 'arn:aws:lambda:us-east-1:1:function:f:alias')).toBe(true);
    expect(m('arn:aws:lambda:*:*:function:*', 'arn:aws:lambda:us-east-1:function:f')).toBe(false);
    expect(m('arn:aws:lambda:*:*:function:*', 'not-an-arn')).toBe(false);
    expect(m('arn:*:s3:::b?', 'arn:aws:s3:::bc')).toBe(true);
  });
});

describe('resource index (statement lists of 16 and more)', () => {
  const resources = [
    '*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/k*', 'arn:aws:s3:::bb/*', 'arn:aws:s3:::b', 'arn:aws:s3:::*/k',
    'arn:aws:lambda:*:*:function:f-*', 'arn:aws:lambda:us-east-1:*:function:f-1', 'arn:aws:lambda:*:*:function:*',
    'arn:aws:lambda:*:*:function:${aws:PrincipalTag/team}-*', 'arn:aws:s3:::b?k', 'arn:aws:*:*:*:*',
  ];
  const statement = fc.record({
    Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
    Action: fc.constantFrom('s3:GetObject', 's3:*', 'lambda:InvokeFunction', '*'),
    res: fc.tuple(fc.constantFrom('Resource', 'Resource', 'Resource', 'NotResource'), fc.array(fc.constantFrom(...resources), { minLength: 1, maxLength: 3 })),
    tagged: fc.boolean(),
  }).map(({ Effect, Action, res, tagged }) => ({
    Effect, Action, [res[0]]: res[1],
    ...(tagged ? { Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } } : {}),
  }));
  const policies = fc.array(fc.array(statement, { minLength: 1, maxLength: 4 }).map((Statement) => ({ Version: '2012-10-17', Statement })), { minLength: 10, maxLength: 16 });
  const request: fc.Arbitrary<IamRequest> = fc.record({
    action: fc.constantFrom('s3:GetObject', 'lambda:InvokeFunction'),
    resource: fc.constantFrom('arn:aws:s3:::b/k', 'arn:aws:s3:::b/kk', 'arn:aws:s3:::bb/k', 'arn:aws:s3:::b', 'arn:aws:s3:::bk',
      'arn:aws:lambda:us-east-1:123456789012:function:f-1', 'arn:aws:lambda:us-east-1:123456789012:function:blue-1', 'arn:aws:s3:::b/k:v', '*', 'b/k', 'arn:aws:s3'),
    context: fc.record({ 'aws:PrincipalTag/team': fc.constantFrom('blue', 'f'), 'aws:ResourceTag/team': fc.constantFrom('blue', 'red') }),
  });

  it('compiled decisions and deciding statements equal the reference', () => {
    fc.assert(
      fc.property(policies, request, (identity, req) => {
        const ref = authorize({ identity }, req, { mode: 'reference' });
        const cmp = authorize({ identity }, req, { mode: 'compiled' });
        expect(cmp.ok).toBe(ref.ok);
        if (!ref.ok || !cmp.ok) return;
        expect(cmp.value.decision).toBe(ref.value.decision);
        expect(cmp.value.deciding).toEqual(ref.value.deciding);
      }),
      { numRuns: 800 },
    );
  });
});
