/**
 * The hard cases of each operator, with relations worked out by hand from the spec. Every
 * attribute and body key can hold several values (String.Array, JSON arrays), and a key matches
 * when any value does, which is why "opposite" conditions on one key still overlap.
 */
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { diffFilterPolicies, type Relation } from '@arbiter/analysis';
import { must } from './must.js';

function diff(oldP: object, newP: object, scope: FilterPolicyScope = 'MessageAttributes') {
  const d = must(diffFilterPolicies(oldP, newP, { scope }));
  const o = must(compileFilterPolicy(oldP, { scope }));
  const n = must(compileFilterPolicy(newP, { scope }));
  const replay = (m: SnsMessage | null) => (m ? [o.match(m).delivered, n.match(m).delivered] : null);
  return { d, replay };
}

function expectRelation(oldP: object, newP: object, relation: Relation, scope?: FilterPolicyScope) {
  const { d, replay } = diff(oldP, newP, scope);
  expect(d.relation).toBe(relation);
  if (d.witnesses.onlyOld) expect(replay(d.witnesses.onlyOld)).toEqual([true, false]);
  if (d.witnesses.onlyNew) expect(replay(d.witnesses.onlyNew)).toEqual([false, true]);
  if (d.witnesses.both) expect(replay(d.witnesses.both)).toEqual([true, true]);
  return d;
}

describe('relations of hard cases', () => {
  it('prefix vs an exact value it covers: broader, witness outside the value', () => {
    const d = expectRelation({ store: ['example_corp'] }, { store: [{ prefix: 'example' }] }, 'broader');
    expect(d.witnesses.onlyOld).toBeNull();
  });

  it('anything-but prefix vs prefix: opposite for one value, overlapping with a String.Array', () => {
    const d = expectRelation({ a: [{ 'anything-but': { prefix: 'ab' } }] }, { a: [{ prefix: 'ab' }] }, 'overlapping');
    const both = d.witnesses.both as { attributes: Record<string, { Type: string; Value: string }> };
    expect(both.attributes.a?.Type).toBe('String.Array');
  });

  it('adjacent numeric bounds: < 5 and >= 5 overlap only through two values; < 5 → <= 5 is broader by exactly 5', () => {
    expectRelation({ n: [{ numeric: ['<', 5] }] }, { n: [{ numeric: ['>=', 5] }] }, 'overlapping');
    const d = expectRelation({ n: [{ numeric: ['<', 5] }] }, { n: [{ numeric: ['<=', 5] }] }, 'broader');
    const only = d.witnesses.onlyNew as { attributes: Record<string, { Type: string; Value: string }> };
    expect(Number(only.attributes.n?.Value)).toBe(5);
  });

  it('numbers compare at six decimals, decided in key space: neighbouring keys, tiny gaps, beyond ±1e9', () => {
    // > 0.000001 and >= 0.000002 admit the same keys (none lies between): equivalent, proved.
    expect(expectRelation({ n: [{ numeric: ['>', 0.000001] }] }, { n: [{ numeric: ['>=', 0.000002] }] }, 'equivalent').unknown).toEqual({});
    // > 0.00001 admits 0.000011 … 0.000019, which >= 0.00002 does not.
    const small = expectRelation({ n: [{ numeric: ['>', 0.00001] }] }, { n: [{ numeric: ['>=', 0.00002] }] }, 'narrower');
    const lost = Number((small.witnesses.onlyOld as { attributes: { n: { Value: string } } }).attributes.n.Value);
    expect(lost > 0.00001 && lost < 0.00002).toBe(true);
    // Equal at six decimals: 1.0000001 is 1.
    expect(expectRelation({ n: [1] }, { n: [1.0000001] }, 'equivalent').unknown).toEqual({});
    // Beyond ±1e9: > 5e9 and >= 5e9 differ by exactly 5e9; [1e10] is numeric = 1e10.
    const big = expectRelation({ n: [{ numeric: ['>', 5e9] }] }, { n: [{ numeric: ['>=', 5e9] }] }, 'broader');
    expect(Number((big.witnesses.onlyNew as { attributes: { n: { Value: string } } }).attributes.n.Value)).toBe(5e9);
    expect(expectRelation({ n: [1e10] }, { n: [{ numeric: ['=', 1e10] }] }, 'equivalent').unknown).toEqual({});
  });

  it('exists: false vs exists: true are disjoint in both scopes', () => {
    expectRelation({ a: [{ exists: false }] }, { a: [{ exists: true }] }, 'disjoint');
    expectRelation({ a: [{ exists: false }] }, { a: [{ exists: true }] }, 'disjoint', 'MessageBody');
  });

  it('nested CIDR blocks: the /16 is narrower than the /8', () => {
    const d = expectRelation({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: [{ cidr: '10.1.0.0/16' }] }, 'narrower');
    expect(d.witnesses.onlyNew).toBeNull();
  });

  it('String.Array attributes: adding a value to the list is broader', () => {
    expectRelation({ tags: ['a'] }, { tags: ['a', 'b'] }, 'broader');
  });

  it('arrays in bodies: a second condition on a nested key is broader', () => {
    expectRelation(
      { Records: { s3: { key: [{ prefix: 'auto-' }] } } },
      { Records: { s3: { key: [{ prefix: 'auto-' }, { suffix: '.xml' }] } } },
      'broader',
      'MessageBody',
    );
  });

  it('a list of values equals an $or of single values', () => {
    expectRelation({ a: ['x', 'y'] }, { $or: [{ a: ['x'] }, { a: ['y'] }] }, 'equivalent');
  });

  it('equals-ignore-case vs exact spelling: broader, the witness differs only in case', () => {
    const d = expectRelation({ a: ['Abc'] }, { a: [{ 'equals-ignore-case': 'abc' }] }, 'broader');
    const only = d.witnesses.onlyNew as { attributes: Record<string, { Value: string }> };
    expect(only.attributes.a?.Value.toLowerCase()).toBe('abc');
  });

  it('a policy no message satisfies is empty: old-empty', () => {
    const never = { a: [{ exists: false }], $or: [{ a: ['y'] }, { a: ['z'] }] };
    const d = expectRelation(never, { a: ['y'] }, 'old-empty');
    expect(d.witnesses.both).toBeNull();
  });

  it('the same policy is equivalent to itself, with a witness both deliver', () => {
    const d = expectRelation({ a: [{ numeric: ['>', 0, '<=', 10] }], b: [{ suffix: '.png' }] }, { b: [{ suffix: '.png' }], a: [{ numeric: ['>', 0, '<=', 10] }] }, 'equivalent');
    expect(d.witnesses.both).not.toBeNull();
  });

  it('invalid policies are reported with their pointers, not analysed', () => {
    const r = diffFilterPolicies({ a: [{ suffix: 1 }] }, { a: ['x'] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics[0]?.params?.policy).toBe('old');
  });

  it('bad arguments are diagnostics, not throws', () => {
    expect(diffFilterPolicies({ a: ['x'] }, { a: ['x'] }, { scope: 'Body' as never }).ok).toBe(false);
    expect(diffFilterPolicies({ a: ['x'] }, { a: ['x'] }, null as never).ok).toBe(true);
  });
});
