/**
 * EventBridge patterns: the hard cases of each operator, with relations worked out by hand from
 * the spec (event-pattern.md §3–§5). Event fields may hold arrays, and a leaf matches when any
 * element does, so "opposite" conditions on one field still overlap.
 */
import { describe, expect, it } from 'vitest';
import { compileEventPattern } from '@arbiter/event-pattern';
import { diffEventPatterns, diffEventPatternSets, type Relation } from '@arbiter/analysis';
import { must } from './must.js';

function expectRelation(oldP: object, newP: object, relation: Relation) {
  const d = must(diffEventPatterns(oldP, newP));
  const o = must(compileEventPattern(oldP));
  const n = must(compileEventPattern(newP));
  const replay = (e: object | null) => (e ? [o.match(e).matched, n.match(e).matched] : null);
  expect(d.relation, JSON.stringify(d)).toBe(relation);
  if (d.witnesses.onlyOld) expect(replay(d.witnesses.onlyOld)).toEqual([true, false]);
  if (d.witnesses.onlyNew) expect(replay(d.witnesses.onlyNew)).toEqual([false, true]);
  if (d.witnesses.both) expect(replay(d.witnesses.both)).toEqual([true, true]);
  return d;
}

describe('event pattern diff: hard cases', () => {
  it('prefix vs an exact value it covers: broader, the witness outside the value', () => {
    const d = expectRelation({ source: ['aws.ec2'] }, { source: [{ prefix: 'aws.' }] }, 'broader');
    expect(d.witnesses.onlyOld).toBeNull();
    expect((d.witnesses.onlyNew as { source: string }).source.startsWith('aws.')).toBe(true);
  });

  it('exact strings never match numbers: ["300"] and [300] share only events whose field is an array of both', () => {
    const d = expectRelation({ a: ['300'] }, { a: [300] }, 'overlapping');
    expect(d.witnesses.onlyOld).toEqual({ a: '300' });
    expect(d.witnesses.both).toEqual({ a: expect.arrayContaining(['300', 300]) });
  });

  it('anything-but prefix vs prefix: opposite for one value, overlapping through an array', () => {
    const d = expectRelation({ a: [{ 'anything-but': { prefix: 'ab' } }] }, { a: [{ prefix: 'ab' }] }, 'overlapping');
    expect(Array.isArray((d.witnesses.both as { a: unknown }).a)).toBe(true);
  });

  it('anything-but suffix and equals-ignore-case lists', () => {
    expectRelation({ a: [{ 'anything-but': { suffix: ['.png', '.jpg'] } }] }, { a: [{ 'anything-but': { suffix: '.png' } }] }, 'broader');
    expectRelation({ a: [{ 'anything-but': { 'equals-ignore-case': ['Red'] } }] }, { a: [{ 'anything-but': 'red' }] }, 'broader');
  });

  it('adjacent numeric bounds: > 5 → >= 5 is broader by exactly 5; < 5 and >= 5 overlap only through arrays', () => {
    const d = expectRelation({ n: [{ numeric: ['>', 5] }] }, { n: [{ numeric: ['>=', 5] }] }, 'broader');
    expect(d.witnesses.onlyNew).toEqual({ n: 5 });
    expectRelation({ n: [{ numeric: ['<', 5] }] }, { n: [{ numeric: ['>=', 5] }] }, 'overlapping');
  });

  it('numbers compare as doubles: = 0.1 and the range (0.1, 0.2) share no single value; no gap is left between', () => {
    const d = expectRelation({ n: [0.1] }, { n: [{ numeric: ['>', 0.1, '<', 0.2] }] }, 'overlapping');
    expect(Array.isArray((d.witnesses.both as { n: unknown }).n)).toBe(true);
    expectRelation({ n: [{ numeric: ['>=', 0.1, '<', 0.2] }] }, { n: [0.1, { numeric: ['>', 0.1, '<', 0.2] }] }, 'equivalent');
  });

  it('exists: false vs a value: disjoint except through an absent field; exists:true covers null', () => {
    expectRelation({ a: [{ exists: false }] }, { a: ['x'] }, 'disjoint');
    const d = expectRelation({ a: [{ exists: true }] }, { a: [null] }, 'narrower');
    expect(d.witnesses.both).toEqual({ a: null });
  });

  it('nested CIDRs: /16 inside /8 is narrower; the witness is an address of the /8 outside the /16', () => {
    const d = expectRelation({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: [{ cidr: '10.1.0.0/16' }] }, 'narrower');
    expect((d.witnesses.onlyOld as { ip: string }).ip).toMatch(/^10\./);
  });

  it('prefix ignoring case vs plain prefix and equals-ignore-case', () => {
    expectRelation({ a: [{ prefix: { 'equals-ignore-case': 'Ab' } }] }, { a: [{ prefix: 'ab' }] }, 'narrower');
    expectRelation({ a: [{ 'equals-ignore-case': 'kit' }] }, { a: [{ prefix: { 'equals-ignore-case': 'KI' } }] }, 'broader');
    expectRelation({ a: [{ suffix: { 'equals-ignore-case': '.PNG' } }] }, { a: [{ suffix: '.png' }, { suffix: '.PNG' }] }, 'narrower');
  });

  it('$or branches that say the same as a value list are equivalent', () => {
    expectRelation({ $or: [{ a: ['x'] }, { a: ['y'] }] }, { a: ['x', 'y'] }, 'equivalent');
  });

  it('arrays of objects: fields under one key come from one element; flat witnesses prove the relation', () => {
    // NEW drops a condition: broader. Neither pattern says exists:false, so flat events are a proof.
    const d = expectRelation({ detail: { state: ['running'], id: ['i-1'] } }, { detail: { state: ['running'] } }, 'broader');
    expect(d.unknown).toEqual({});
  });

  it('arrays of objects with exists:false: the parts flat events cannot prove are unknown, never guessed', () => {
    // OLD is matched by {"d":[{"a":"x"},{"b":1}]} (one element has a and no b) while NEW (no b anywhere) is not.
    const oldP = { d: { a: ['x'], b: [{ exists: false }] } };
    const newP = { d: { b: [{ exists: false }] } };
    const d = must(diffEventPatterns(oldP, newP));
    expect(d.witnesses.onlyOld).toBeNull();
    expect(d.unknown.onlyOld).toMatch(/exists: false/);
    expect(must(compileEventPattern(oldP)).match({ d: [{ a: 'x' }, { b: 1 }] }).matched).toBe(true);
    expect(must(compileEventPattern(newP)).match({ d: [{ a: 'x' }, { b: 1 }] }).matched).toBe(false);
    expect(d.relation).toBe('unknown');
  });

  it('wildcard with one star: prefix, suffix and length, decided (a*b inside prefix a; overlapping affixes)', () => {
    const d = expectRelation({ a: [{ wildcard: 'a*b' }] }, { a: [{ prefix: 'a' }] }, 'broader');
    expect(d.witnesses.onlyOld).toBeNull();
    // "ab*ba" needs at least 4 characters: "aba" has the prefix and the suffix but is too short.
    expect(must(compileEventPattern({ a: [{ wildcard: 'ab*ba' }] })).match({ a: 'aba' }).matched).toBe(false);
    const short = expectRelation({ a: [{ wildcard: 'ab*ba' }] }, { a: [{ prefix: 'ab' }, { suffix: 'ba' }] }, 'broader');
    expect(short.unknown).toEqual({});
    // The only string with prefix "ab" and suffix "ba" that "ab*ba" rejects is "aba": the engine must find it.
    const tooShort = expectRelation({ a: [{ 'anything-but': { wildcard: 'ab*ba' } }] }, { a: [{ 'anything-but': { prefix: 'ab' } }, { 'anything-but': { suffix: 'ba' } }] }, 'narrower');
    expect(tooShort.witnesses.onlyOld).toEqual({ a: 'aba' });
    expectRelation({ a: [{ wildcard: 'x*' }] }, { a: [{ prefix: 'x' }] }, 'equivalent');
    expectRelation({ a: [{ wildcard: 'b*' }] }, { a: [{ 'anything-but': { wildcard: 'a*' } }] }, 'broader');
    expectRelation({ a: [{ wildcard: 'a\\*b' }] }, { a: ['a*b'] }, 'equivalent');
    expectRelation({ a: [{ wildcard: 'a*c' }] }, { a: [{ 'anything-but': { suffix: 'c' } }] }, 'overlapping');
  });

  it('wildcard with several stars: decided by the field\'s string automaton, inclusion by fixed ends included', () => {
    // Every "a*b*c" string starts with "a": prefix "a" is broader, proved (no unknown part), witnesses replayed.
    const d = expectRelation({ a: [{ wildcard: 'a*b*c' }] }, { a: [{ prefix: 'a' }] }, 'broader');
    expect(d.unknown).toEqual({});
    expect((d.witnesses.onlyNew as { a: string }).a).toMatch(/^a/);
    expect((d.witnesses.onlyNew as { a: string }).a).not.toMatch(/^a.*b.*c$/);
    expect(expectRelation({ a: [{ wildcard: 'a*b*c' }] }, { a: [{ suffix: 'c' }] }, 'broader').unknown).toEqual({});
    // A witness needs one constant inside the other's star: "x*y*z" and "*q*" meet only in strings holding q.
    const star = expectRelation({ a: [{ wildcard: 'x*y*z' }] }, { a: [{ wildcard: '*q*' }] }, 'overlapping');
    expect((star.witnesses.both as { a: string }).a).toMatch(/^x.*y.*z$/);
    expect((star.witnesses.both as { a: string }).a).toContain('q');
    // Stars that must overlap: "ab*ba*ab" is inside "ab*ab" (same ends, long enough) but not the reverse.
    const overlapEnds = expectRelation({ a: [{ wildcard: 'ab*ba*ab' }] }, { a: [{ wildcard: 'ab*ab' }] }, 'broader');
    expect((overlapEnds.witnesses.onlyNew as { a: string }).a).not.toMatch(/ba.*ab$/);
    // The same set written two ways ("ab*b*" is inside "a*b*"): equivalent.
    expectRelation({ a: [{ wildcard: 'a*b*' }] }, { a: [{ wildcard: 'a*b*' }, { wildcard: 'ab*b*' }] }, 'equivalent');
    // A pattern and its complement share no single string, only an array holding one of each.
    const complement = expectRelation({ a: [{ wildcard: '*a*a*' }] }, { a: [{ 'anything-but': { wildcard: '*a*a*' } }] }, 'overlapping');
    expect(Array.isArray((complement.witnesses.both as { a: unknown }).a)).toBe(true);
    // Astral characters are two code units, as the matcher compares them.
    expectRelation({ a: [{ wildcard: '😀*x*😀' }] }, { a: [{ prefix: '😀' }] }, 'broader');
  });

  it('wildcard with several stars beside a constant compared ignoring case: witnesses only, inclusion unknown', () => {
    const d = must(diffEventPatterns({ a: [{ wildcard: 'a*b*c' }] }, { a: [{ wildcard: 'a*b*c' }, { 'equals-ignore-case': 'zzz' }] }));
    expect(d.witnesses.onlyNew).not.toBeNull();
    expect(d.witnesses.both).not.toBeNull();
    expect(d.witnesses.onlyOld).toBeNull();
    expect(d.unknown.onlyOld).toMatch(/ignoring case/);
    expect(d.relation).toBe('unknown');
  });

  it('a field tested both as a value and as an object is unknown where no witness was found', () => {
    const d = must(diffEventPatterns({ a: ['x'] }, { a: { b: ['y'] } }));
    expect(d.relation).toBe('unknown');
  });

  it('pattern sets are OR-ed as Lambda ORs filters; no filter at all matches every event', () => {
    const order = { body: { kind: ['order'] } };
    const refund = { body: { kind: ['refund'] } };
    const added = must(diffEventPatternSets([order], [order, refund]));
    expect(added.relation).toBe('broader');
    expect(added.witnesses.onlyNew).toEqual({ body: { kind: 'refund' } });
    const filtered = must(diffEventPatternSets([], [order]));
    expect(filtered.relation).toBe('narrower');
    expect(must(compileEventPattern(order)).match(filtered.witnesses.onlyOld!).matched).toBe(false);
    const r = diffEventPatternSets([order], [order, { body: [] }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.params).toMatchObject({ policy: 'new', filter: 1 });
  });

  it('invalid patterns: diagnostics with the side named, never a throw', () => {
    const r = diffEventPatterns({ a: [] }, '{not json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((x) => x.params?.policy)).toEqual(expect.arrayContaining(['old', 'new']));
  });
});
