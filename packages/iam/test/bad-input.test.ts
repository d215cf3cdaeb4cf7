/** Bad input never crashes: a clear diagnostic or a documented decision (README "Choices"). */
import { describe, expect, it } from 'vitest';
import { authorize, compilePolicySet, validateIamPolicy } from '../src/index.js';

const allow = (extra: Record<string, unknown> = {}) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', ...extra }] });
const req = { action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', principal: 'arn:aws:iam::123456789012:role/r' };

describe('policy text and types', () => {
  it.each(['', 'not json', '{', '{"Version": "2012-10-17",}', '[1,2]', 'null', '"text"', '{"a":1}{"b":2}'])('%j', (text) => {
    const r = validateIamPolicy(text);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) expect(d.code).toMatch(/^(iam|json)\./);
  });

  it.each([
    ['Version', 20121017],
    ['Statement', 'Allow'],
    ['Statement', [null]],
    ['Statement', [[]]],
    ['Id', { x: 1 }],
  ])('top-level %s = %j', (key, value) => {
    const r = validateIamPolicy({ Version: '2012-10-17', Statement: [], [key]: value });
    expect(r.valid).toBe(false);
  });

  it.each([
    ['Effect', true],
    ['Effect', ['Allow']],
    ['Action', 5],
    ['Action', [null]],
    ['Action', { a: 1 }],
    ['Resource', false],
    ['Resource', [['*']]],
    ['Sid', 7],
    ['Condition', 'StringEquals'],
    ['Condition', { StringEquals: 'aws:k' }],
    ['Condition', { StringEquals: { 'aws:k': [[1]] } }],
    ['Condition', { StringEquals: { 'aws:k': Number.NaN } }],
  ])('statement %s = %j', (key, value) => {
    const r = validateIamPolicy(allow({ [key]: value }));
    expect(r.valid).toBe(false);
    expect(r.diagnostics.every((d) => d.path.startsWith('/Statement/0'))).toBe(true);
  });

  it('keeps __proto__ as data and reports it as an unknown element', () => {
    const r = validateIamPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","__proto__":{"x":1}}]}');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'iam.invalid-element', path: '/Statement/0/__proto__' }));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports lone surrogates as a warning and keeps going', () => {
    const r = validateIamPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/t":"\\ud800"}}}]}');
    expect(r.valid).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain('json.lone-surrogate');
  });

  it('rejects deeply nested text and huge text with json diagnostics', () => {
    const deep = '{"Version":"2012-10-17","Statement":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
    expect(validateIamPolicy(deep).diagnostics[0]?.code).toBe('json.too-deep');
    const huge = JSON.stringify(allow({ Sid: 'x'.repeat(2 * 1024 * 1024) }));
    expect(validateIamPolicy(huge).diagnostics[0]?.code).toBe('json.too-large');
  });

  it('handles a deep condition value object and a large valid policy', () => {
    let deep: unknown = 'v';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(validateIamPolicy(allow({ Condition: { StringEquals: { 'aws:k': deep } } })).valid).toBe(false);
    const many = { Version: '2012-10-17', Statement: Array.from({ length: 5000 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Action: `svc:A${i}`, Resource: '*' })) };
    const r = authorize({ identity: [many] }, { ...req, action: 'svc:A4999' });
    expect(r.ok && r.value.decision).toBe('Allow');
  });

  it('rejects a policy set of the wrong shape', () => {
    expect(authorize(null as never, req).ok).toBe(false);
    expect(authorize({ identity: 'x' } as never, req).ok).toBe(false);
    expect(authorize({ scpLevels: ['x'] } as never, req).ok).toBe(false);
    expect(authorize({ other: [] } as never, req).ok).toBe(false);
  });
});

describe('requests and context values', () => {
  it('refuses requests without a string action', () => {
    for (const bad of [null, 5, {}, { action: '' }, { action: 7 }, { action: 'a:b', resource: 5 }]) {
      const r = authorize({ identity: [allow()] }, bad as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.diagnostics[0]?.document).toBe('request');
    }
  });

  it('coerces numbers and booleans to strings with a warning', () => {
    const p = allow({ Condition: { NumericEquals: { 'aws:MultiFactorAuthAge': '10' }, Bool: { 'aws:SecureTransport': 'true' } } });
    const r = authorize({ identity: [p] }, { ...req, context: { 'aws:MultiFactorAuthAge': 10, 'aws:SecureTransport': true } });
    expect(r.ok && r.value.decision).toBe('Allow');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['iam.context-coerced', 'iam.context-coerced']);
  });

  it.each([null, { a: 1 }, Number.NaN, [1, [2]], ['a', null]])('context value %j is an error', (value) => {
    const r = authorize({ identity: [allow()] }, { ...req, context: { 'aws:k': value } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ code: 'iam.context-wrong-type', document: 'request' });
  });

  it('compiled authorize never throws on a bad request: ImplicitDeny naming the problem', () => {
    const c = compilePolicySet({ identity: [allow()] });
    if (!c.ok) throw new Error('policy should be valid');
    const d = c.value.authorize({ action: 'a:b', context: { k: { nested: true } } } as never);
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.explanation.blockedBy).toBe('invalid-request');
  });

  it.each([
    ['ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:*:*', 'not-an-arn'],
    ['ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:*:*', 'arn:aws:sns'],
    ['IpAddress', 'aws:SourceIp', '10.0.0.0/8', '10.1'],
    ['IpAddress', 'aws:SourceIp', '10.0.0.0/8', '10.0.0.0.1'],
    ['IpAddress', 'aws:SourceIp', '10.0.0.0/8', 'fe80::1%eth0'],
    ['DateLessThan', 'aws:CurrentTime', '2030-01-01', '2021-02-30'],
    ['DateLessThan', 'aws:CurrentTime', '2030-01-01', 'yesterday'],
    ['NumericLessThan', 'aws:MultiFactorAuthAge', '10', '1e400'],
    ['BinaryEquals', 'aws:k', 'QQ==', '!!!'],
  ])('malformed request value: %s %s %j vs %j never matches', (op, key, policyValue, requestValue) => {
    const p = allow({ Condition: { [op]: { [key]: policyValue } } });
    for (const mode of ['reference', 'compiled'] as const) {
      const r = authorize({ identity: [p] }, { ...req, context: { [key]: requestValue } }, { mode });
      expect(r.ok && r.value.decision).toBe('ImplicitDeny');
    }
  });

  it('a malformed resource ARN in the request matches only `*`', () => {
    const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:lambda:*:*:function:*' }] };
    const r = authorize({ identity: [p] }, { ...req, resource: 'lambda function f' });
    expect(r.ok && r.value.decision).toBe('ImplicitDeny');
    const star = authorize({ identity: [allow()] }, { ...req, resource: 'lambda function f' });
    expect(star.ok && star.value.decision).toBe('Allow');
  });
});
