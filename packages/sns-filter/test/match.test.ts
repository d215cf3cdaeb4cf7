/** Matching semantics (spec §3, §5, §6) and decisions with reasons and SNS metric names, in both modes. */
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, matchFilterPolicy, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';

const modes = ['reference', 'compiled'] as const;

function decide(policy: unknown, message: SnsMessage, scope: FilterPolicyScope = 'MessageAttributes') {
  const decisions = modes.map((mode) => {
    const r = matchFilterPolicy(policy, message, { scope, mode });
    if (!r.ok) throw new Error(`invalid policy: ${r.diagnostics[0]?.message}`);
    return r.value;
  });
  expect(decisions[1]).toEqual(decisions[0]);
  return decisions[0]!;
}

const attrs = (a: Record<string, [string, string]>): SnsMessage => ({
  attributes: Object.fromEntries(Object.entries(a).map(([k, [Type, Value]]) => [k, { Type, Value }])),
});
const body = (b: unknown): SnsMessage => ({ body: JSON.stringify(b) });
const delivered = (policy: unknown, message: SnsMessage, scope?: FilterPolicyScope) => decide(policy, message, scope).delivered;

describe('attribute types (spec §3, §6)', () => {
  it('String.Array matches when any element matches; invalid JSON matches nothing', () => {
    expect(delivered({ store: ['value1'] }, attrs({ store: ['String.Array', '["value1","value2"]'] }))).toBe(true);
    expect(delivered({ store: ['value1'] }, attrs({ store: ['String.Array', '["value2","value3"]'] }))).toBe(false);
    const d = decide({ store: ['value1'] }, attrs({ store: ['String.Array', "['value1']"] }));
    expect(d).toMatchObject({ delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidAttributes' });
  });

  it('Number attributes compare by value, never with strings', () => {
    expect(delivered({ price: [{ numeric: ['=', 301.5] }] }, attrs({ price: ['Number', '3.015e2'] }))).toBe(true);
    expect(delivered({ price: [100] }, attrs({ price: ['String', '100'] }))).toBe(false);
    expect(delivered({ price: ['100'] }, attrs({ price: ['Number', '100'] }))).toBe(false);
  });

  it('a Number attribute that is not numeric is an invalid attribute', () => {
    expect(decide({ price: [100] }, attrs({ price: ['Number', 'abc'] }))).toMatchObject({
      delivered: false,
      metric: 'NumberOfNotificationsFilteredOut-InvalidAttributes',
    });
  });

  it('ignores Binary attributes', () => {
    expect(delivered({ store: [{ exists: true }] }, attrs({ store: ['Binary', 'eA=='] }))).toBe(false);
  });

  it('accepts the SDK shape {DataType, StringValue}', () => {
    const message: SnsMessage = { attributes: { store: { DataType: 'String', StringValue: 'example_corp' } } };
    expect(delivered({ store: ['example_corp'] }, message)).toBe(true);
  });

  it('exists:false needs at least one attribute', () => {
    expect(delivered({ store: [{ exists: false }] }, attrs({ other: ['String', 'x'] }))).toBe(true);
    expect(decide({ store: [{ exists: false }] }, { attributes: {} })).toMatchObject({ delivered: false, metric: 'NumberOfNotificationsFilteredOut-MessageAttributes' });
  });
});

describe('operators', () => {
  const one = (condition: unknown, value: string, type = 'String') => delivered({ k: [condition] }, attrs({ k: [type, value] }));
  it('exact strings are case-sensitive; equals-ignore-case is not', () => {
    expect(one('example_corp', 'Example_Corp')).toBe(false);
    expect(one({ 'equals-ignore-case': 'tennis' }, 'TeNnis')).toBe(true);
  });
  it('prefix and suffix', () => {
    expect(one({ prefix: 'bas' }, 'basketball')).toBe(true);
    expect(one({ prefix: 'Ex' }, 'example_corp')).toBe(false);
    expect(one({ suffix: 'ball' }, 'baseball')).toBe(true);
  });
  it('anything-but: present and unlisted, type-aware, prefix form', () => {
    expect(one({ 'anything-but': ['rugby', 'tennis'] }, 'baseball')).toBe(true);
    expect(one({ 'anything-but': ['rugby', 'tennis'] }, 'rugby')).toBe(false);
    expect(one({ 'anything-but': ['100'] }, '100', 'Number')).toBe(true);
    expect(one({ 'anything-but': { prefix: 'order-' } }, 'order-cancelled')).toBe(false);
    expect(delivered({ k: [{ 'anything-but': 'x' }] }, attrs({ other: ['String', 'y'] }))).toBe(false);
    expect(one({ 'anything-but': ['rugby', 'tennis'] }, '["rugby","baseball"]', 'String.Array')).toBe(true);
  });
  it('numeric ranges with inclusive and exclusive bounds', () => {
    const range = { numeric: ['>', 0, '<=', 150] };
    expect(one(range, '0', 'Number')).toBe(false);
    expect(one(range, '0.01', 'Number')).toBe(true);
    expect(one(range, '150', 'Number')).toBe(true);
    expect(one(range, '150.5', 'Number')).toBe(false);
  });
  it('cidr v4 and v6; invalid addresses do not match', () => {
    expect(one({ cidr: '10.0.0.0/24' }, '10.0.0.255')).toBe(true);
    expect(one({ cidr: '10.0.0.0/24' }, '10.0.0.256')).toBe(false);
    expect(one({ cidr: '2001:db8:1234:1a00::/64' }, '2001:0db8:1234:1a00:0000:0000:0000:0000')).toBe(true);
    expect(one({ cidr: '10.0.0.0/24' }, 'not-an-ip')).toBe(false);
  });
  it('[null, anything-but] does not match a missing key (recorded)', () => {
    expect(delivered({ attr1: [null, { 'anything-but': 'whatever' }] }, attrs({ other: ['String', 'x'] }))).toBe(false);
  });
});

describe('message body (spec §5)', () => {
  const scope = 'MessageBody';
  it('dotted keys match every split', () => {
    const policy = { 'object.nested.test': ['v'] };
    for (const b of [{ object: { nested: { test: 'v' } } }, { 'object.nested.test': 'v' }, { 'object.nested': { test: 'v' } }, { object: { 'nested.test': 'v' } }]) {
      expect(delivered(policy, body(b), scope)).toBe(true);
    }
  });
  it('arrays of objects and arrays of arrays are transparent', () => {
    const policy = { Records: { s3: { object: { key: [{ prefix: 'auto-' }] } } } };
    expect(delivered(policy, body({ Records: [{ s3: { object: [[{ key: 'auto-1.xml' }]] } }] }), scope)).toBe(true);
  });
  it('JSON strings are not numbers', () => {
    expect(delivered({ price: [{ numeric: ['>', 100] }] }, body({ price: '101' }), scope)).toBe(false);
  });
  it('exists: true needs a non-null, non-empty value; exists: false is its negation', () => {
    expect(delivered({ a: [{ exists: true }] }, body({ a: 'x' }), scope)).toBe(true);
    expect(delivered({ a: [{ exists: true }] }, body({ a: null }), scope)).toBe(false);
    expect(delivered({ a: [{ exists: false }] }, body({ a: '', b: 1 }), scope)).toBe(true);
    expect(delivered({ a: [{ exists: false }] }, body({ a: { b: 1 } }), scope)).toBe(true); // leaf nodes only
    expect(delivered({ a: [null] }, body({ a: null }), scope)).toBe(true);
  });
  it('non-object bodies are not delivered, with the InvalidMessageBody metric', () => {
    for (const raw of ['not json', '"Regular string message"', '42', 'null', '[]', '{"a":']) {
      expect(decide({ a: ['x'] }, { body: raw }, scope)).toMatchObject({ delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidMessageBody' });
    }
  });
  it('$or: the other keys AND one branch', () => {
    const policy = { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] };
    expect(delivered(policy, body({ source: 'aws.cloudwatch', namespace: 'AWS/EC2' }), scope)).toBe(true);
    expect(delivered(policy, body({ source: 'aws.cloudwatch' }), scope)).toBe(false);
  });
});

describe('decisions say why', () => {
  it('names the key, the pointer and the condition', () => {
    const d = decide({ store: ['example_corp'], event: ['order_placed'] }, attrs({ store: ['String', 'other'], event: ['String', 'order_placed'] }));
    expect(d).toEqual({
      delivered: false,
      metric: 'NumberOfNotificationsFilteredOut-MessageAttributes',
      reason: '`store`: no value matched any of ["example_corp"]',
      failed: { path: '/store', key: 'store', condition: '["example_corp"]' },
    });
  });
  it('says when the key is missing or must be absent', () => {
    expect(decide({ a: ['x'] }, attrs({ b: ['String', 'x'] })).reason).toBe('`a`: not in the message; the policy needs one of ["x"]');
    expect(decide({ a: [{ exists: false }] }, attrs({ a: ['String', 'x'] })).reason).toBe('`a`: present, but the policy requires it to be absent');
  });
  it('uses the MessageBody metric and dotted key for body policies', () => {
    const d = decide({ a: { b: ['x'] } }, body({ a: { b: 'y' } }), 'MessageBody');
    expect(d).toMatchObject({ metric: 'NumberOfNotificationsFilteredOut-MessageBody', failed: { path: '/a/b', key: 'a.b' } });
  });
  it('delivers everything without a policy', () => {
    for (const p of ['', undefined, '{}']) {
      const m = compileFilterPolicy(p, { scope: 'MessageBody' });
      expect(m.ok && m.value.match({ body: 'not json' })).toEqual({ delivered: true });
    }
  });
});
