/** Hostile and malformed input: a clear diagnostic or a documented no-match, never a throw or a hang. */
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, validateFilterPolicy, type SnsMessage } from '@arbiter/sns-filter';

const codes = (policy: unknown, scope: 'MessageAttributes' | 'MessageBody' = 'MessageBody') => {
  const r = validateFilterPolicy(policy, { scope });
  return r.ok ? [] : r.diagnostics.map((d) => d.code);
};

describe('bad policies', () => {
  it('malformed JSON text', () => {
    expect(codes('{"a": [')).toEqual(['sns.invalid-json']);
    expect(codes('not json')).toEqual(['sns.invalid-json']);
  });

  it('wrong types at the top level and inside', () => {
    expect(codes(42)).toEqual(['sns.policy-not-object']);
    expect(codes({ a: 5 })).toEqual(['sns.not-object-or-array']);
    expect(codes({ a: [undefined] })).toEqual(['sns.not-json-value']);
    expect(codes({ a: [Number.NaN] })).toEqual(['sns.not-json-value']);
    expect(codes({ a: [() => 1] })).toEqual(['sns.not-json-value']);
    expect(codes({ a: [new Date(0)] })).toEqual(['sns.not-json-value']);
  });

  it('__proto__ and constructor are ordinary keys', () => {
    const text = '{"__proto__": ["x"], "constructor": {"prototype": [{"prefix": "y"}]}}';
    const m = compileFilterPolicy(text, { scope: 'MessageBody' });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value.match({ body: '{"__proto__": "x", "constructor": {"prototype": "yes"}}' }).delivered).toBe(true);
    expect(m.value.match({ body: '{"constructor": {"prototype": "yes"}}' }).delivered).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined(); // nothing leaked onto Object.prototype
  });

  it('nesting 10,000 deep: a diagnostic, for text and for objects (even cyclic ones)', () => {
    const text = '{"a":'.repeat(10_000) + '["x"]' + '}'.repeat(10_000);
    expect(codes(text)).toEqual(['json.too-deep']);
    let deep: Record<string, unknown> = { a: ['x'] };
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(codes(deep)).toEqual(['sns.policy-too-deep']);
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    expect(codes(cyclic)).toEqual(['sns.policy-too-deep']);
  });

  it('policies over 256 KB', () => {
    const big = JSON.stringify({ a: ['x'.repeat(300 * 1024)] });
    expect(codes(big)).toEqual(['sns.policy-too-large']);
    expect(codes(JSON.parse(big))).toEqual(['sns.policy-too-large']);
    expect(validateFilterPolicy(big, { maxBytes: 1024 * 1024 }).ok).toBe(true);
  });

  it('invalid IP addresses and CIDR masks', () => {
    expect(codes({ a: [{ cidr: '10.0.0.256/24' }] })).toEqual(['sns.cidr.invalid-ip']);
    expect(codes({ a: [{ cidr: '10.0.0.0/33' }] })).toEqual(['sns.cidr.mask-out-of-range']);
    expect(codes({ a: [{ cidr: 'fe80::1%eth0/64' }] })).toEqual(['sns.cidr.invalid-ip']);
  });

  it('lone surrogates: a warning in text, and matched as plain code units', () => {
    const r = compileFilterPolicy('{"a": ["\\ud800"]}', { scope: 'MessageBody' });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['json.lone-surrogate']);
    expect(r.ok && r.value.match({ body: '{"a": "\\ud800"}' }).delivered).toBe(true);
  });
});

describe('bad messages', () => {
  const matcher = (policy: unknown, scope: 'MessageAttributes' | 'MessageBody') => {
    const m = compileFilterPolicy(policy, { scope });
    if (!m.ok) throw new Error('policy');
    return m.value;
  };

  it('wrong shapes never throw', () => {
    const attr = matcher({ a: ['x'] }, 'MessageAttributes');
    const shapes: unknown[] = [null, 42, 'x', {}, { attributes: 'x' }, { attributes: { a: null } }, { attributes: { a: { Type: 5 } } }, { attributes: { a: { Type: 'Foo', Value: 'x' } } }];
    for (const m of shapes) expect(attr.match(m as SnsMessage).delivered).toBe(false);
    const b = matcher({ a: ['x'] }, 'MessageBody');
    for (const m of shapes) expect(b.match(m as SnsMessage).delivered).toBe(false);
  });

  it('a body nested 10,000 deep is matched without overflowing the stack', () => {
    const deepArrays = '{"a": ' + '['.repeat(10_000) + '"x"' + ']'.repeat(10_000) + '}';
    const deepObjects = '{"b":1, "a": ' + '{"a":'.repeat(10_000) + '"x"' + '}'.repeat(10_000) + '}';
    const m = matcher({ a: ['x'] }, 'MessageBody');
    // Documented: values under more than 256 nested arrays are not looked into.
    expect(m.match({ body: deepArrays }).delivered).toBe(false);
    expect(m.match({ body: deepObjects }).delivered).toBe(false);
    const router = createRouter([{ id: 's', scope: 'MessageBody', policy: { a: ['x'] } }]);
    expect(router.ok && router.value.route({ body: deepArrays })).toEqual([]);
    expect(router.ok && router.value.route({ body: deepObjects })).toEqual([]);
  });

  it('looks into values under at most 256 nested arrays, in the matcher and the router alike', () => {
    const nested = (n: number) => ({ body: `{"a": ${'['.repeat(n)}"x"${']'.repeat(n)}}` });
    const m = matcher({ a: ['x'] }, 'MessageBody');
    const r = createRouter([{ id: 's', scope: 'MessageBody', policy: { a: ['x'] } }]);
    expect(m.match(nested(256)).delivered).toBe(true);
    expect(m.match(nested(257)).delivered).toBe(false);
    expect(r.ok && r.value.route(nested(256))).toEqual(['s']);
    expect(r.ok && r.value.route(nested(257))).toEqual([]);
  });

  it('a 10 MB body is matched', () => {
    const filler = Array.from({ length: 100_000 }, (_, i) => `"k${i}": "${'v'.repeat(95)}"`).join(',');
    const big = `{${filler}, "store": "example_corp"}`;
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(matcher({ store: ['example_corp'] }, 'MessageBody').match({ body: big }).delivered).toBe(true);
  });

  it('__proto__ in message attributes is an ordinary name', () => {
    const attributes = JSON.parse('{"__proto__": {"Type": "String", "Value": "x"}}');
    // A JS literal `{__proto__: [...]}` sets the prototype instead: that is not JSON data, and is rejected.
    expect(codes({ __proto__: ['x'] }, 'MessageAttributes')).toEqual(['sns.not-json-value']);
    const policy = JSON.parse('{"__proto__": ["x"]}');
    expect(matcher(policy, 'MessageAttributes').match({ attributes }).delivered).toBe(true);
    expect(matcher({ constructor: [{ exists: true }] }, 'MessageAttributes').match({ attributes }).delivered).toBe(false);
  });

  it('Number attributes out of SNS range still compare by value', () => {
    const m = matcher({ n: [{ numeric: ['>', 1e9] }] }, 'MessageAttributes');
    expect(m.match({ attributes: { n: { Type: 'Number', Value: '2e9' } } }).delivered).toBe(true);
    expect(m.match({ attributes: { n: { Type: 'Number', Value: 'Infinity' } } })).toMatchObject({ metric: 'NumberOfNotificationsFilteredOut-InvalidAttributes' });
  });
});
