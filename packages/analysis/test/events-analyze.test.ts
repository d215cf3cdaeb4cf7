import { describe, expect, it } from 'vitest';
import { compileEventPattern } from '@arbiter/event-pattern';
import { analyzeEventPatterns, type EventPatternAnalysis } from '../src/index.js';
import { must } from './must.js';

const matches = (pattern: object, event: object): boolean => {
  const m = compileEventPattern(pattern);
  if (!m.ok) throw new Error('invalid pattern');
  return m.value.match(event).matched;
};

const analyze = (rules: Array<{ id: string; pattern: object }>): EventPatternAnalysis => must(analyzeEventPatterns(rules));
const codes = (a: EventPatternAnalysis) => a.diagnostics.map((d) => `${d.code} ${String(d.params?.rule)} ${d.path}`).sort();

describe('analyzeEventPatterns: patterns and branches that never match', () => {
  // A field's conditions are AND-ed only across `$or` branches or dotted keys; each condition may
  // be met by a different element of an array, so only absence against a value is a contradiction.
  it('reports a pattern whose every `$or` branch contradicts it, naming the key', () => {
    const a = analyze([{ id: 'absent-or-present', pattern: { source: [{ exists: false }], $or: [{ source: ['shop'] }, { source: [{ prefix: 'aws.' }] }] } }]);
    expect(codes(a)).toEqual(['analysis.never-matches absent-or-present ']);
    expect(a.diagnostics[0]!.message).toContain('conditions on `source` contradict');
  });

  it('reports a dotted key that contradicts the nested one', () => {
    const a = analyze([{ id: 'dotted', pattern: { 'detail.total': [{ exists: false }], detail: { total: [{ numeric: ['>', 0] }] } } }]);
    expect(codes(a)).toEqual(['analysis.never-matches dotted ']);
  });

  it('rejects an empty numeric range as invalid input rather than analysing it', () => {
    const r = analyzeEventPatterns([{ id: 'empty-range', pattern: { n: [{ numeric: ['>', 10, '<', 5] }] } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.params?.rule).toBe('empty-range');
  });

  it('does not report anything-but of the only prefix: an array holds one value of each', () => {
    const pattern = { source: [{ prefix: 'aws.' }], $or: [{ source: [{ 'anything-but': { prefix: 'aws.' } }] }, { source: [{ 'anything-but': { prefix: 'aws' } }] }] };
    expect(analyze([{ id: 'arrays', pattern }]).diagnostics).toEqual([]);
    expect(matches(pattern, { source: ['aws.s3', 'other'] })).toBe(true);
  });

  it('does not report an empty range split over two conditions: different elements meet them', () => {
    const pattern = { detail: { n: [{ numeric: ['>', 5, '<', 5.5] }], $or: [{ n: [{ numeric: ['<', 1] }] }, { n: [1] }] } };
    expect(analyze([{ id: 'split', pattern }]).diagnostics).toEqual([]);
    expect(matches(pattern, { detail: { n: [0, 5.25] } })).toBe(true);
  });

  it('reports a dead $or branch by its pointer, and only that branch', () => {
    const a = analyze([{ id: 'branchy', pattern: { source: ['shop'], $or: [{ 'detail-type': ['order'] }, { source: [{ exists: false }] }] } }]);
    expect(codes(a)).toEqual(['analysis.branch-never-matches branchy /$or/1']);
  });

  it('reports a dead inner branch of a nested $or, but not the live outer one', () => {
    const pattern = { detail: { b: [{ exists: false }], $or: [{ a: ['x'] }, { c: ['y'], $or: [{ b: ['z'] }, { d: ['w'] }] }] } };
    const a = analyze([{ id: 'nested', pattern }]);
    expect(codes(a)).toEqual(['analysis.branch-never-matches nested /detail/$or/1/$or/0']);
  });

  it('reports only the outer branch when a whole branch with inner branches is dead', () => {
    const pattern = { detail: { b: [{ exists: false }], $or: [{ a: ['x'] }, { b: ['y'], $or: [{ c: ['z'] }, { d: ['w'] }] }] } };
    expect(codes(analyze([{ id: 'outer', pattern }]))).toEqual(['analysis.branch-never-matches outer /detail/$or/1']);
  });
});

describe('analyzeEventPatterns: pairs of rules', () => {
  it('finds overlapping rules with a witness event both match when replayed', () => {
    const a = { source: ['shop'], detail: { total: [{ numeric: ['>=', 100] }] } };
    const b = { detail: { total: [{ numeric: ['<', 500] }], country: [{ prefix: 'D' }] } };
    const out = analyze([{ id: 'big', pattern: a }, { id: 'german', pattern: b }]);
    expect(out.diagnostics).toEqual([]);
    expect(out.overlaps).toHaveLength(1);
    const [pair] = out.overlaps;
    expect([pair!.a, pair!.b, pair!.relation]).toEqual(['big', 'german', 'overlapping']);
    expect(matches(a, pair!.both)).toBe(true);
    expect(matches(b, pair!.both)).toBe(true);
  });

  it('reports rules that match exactly the same events as duplicates', () => {
    const out = analyze([
      { id: 'one', pattern: { source: ['a', 'b'] } },
      { id: 'two', pattern: { $or: [{ source: ['b'] }, { source: ['a'] }] } },
    ]);
    expect(codes(out)).toEqual(['analysis.duplicate-rules two ']);
    expect(out.diagnostics[0]!.params?.duplicateOf).toBe('one');
    expect(out.overlaps.map((o) => o.relation)).toEqual(['equivalent']);
  });

  it('finds no overlap for disjoint rules, and skips pairs with a rule that never matches', () => {
    const out = analyze([
      { id: 'ok', pattern: { source: ['shop'], detail: { error: [{ exists: false }] } } },
      { id: 'failed', pattern: { detail: { error: [{ exists: true }], code: [{ numeric: ['>=', 500] }] } } },
      { id: 'never', pattern: { detail: { n: [{ exists: false }], $or: [{ n: [1] }, { n: [2] }] } } },
    ]);
    expect(out.overlaps).toEqual([]);
    expect(codes(out)).toEqual(['analysis.never-matches never ']);
    expect([out.pairsChecked, out.pairsSkipped]).toEqual([1, 2]);
  });

  it('finds an event rules with disjoint value conditions share: an array holding both values', () => {
    const a = { detail: { n: [{ numeric: ['<', 5] }] } };
    const b = { detail: { n: [{ numeric: ['>=', 5] }] } };
    const out = analyze([{ id: 'red', pattern: a }, { id: 'blue', pattern: b }]);
    expect(out.overlaps).toHaveLength(1);
    expect(matches(a, out.overlaps[0]!.both) && matches(b, out.overlaps[0]!.both)).toBe(true);
  });

  it('says `unknown` where the engine cannot decide, with the reason, and never a verdict', () => {
    const out = analyze([
      { id: 'nested-a', pattern: { detail: { a: ['x'] } } },
      { id: 'nested-b', pattern: { detail: { a: { b: ['y'] } } } },
    ]);
    expect(codes(out)).toEqual(['analysis.unknown nested-b ']);
    expect(out.diagnostics[0]!.message).toMatch(/could not decide whether rules `nested-a` and `nested-b` share an event: \S/);
    expect(out.overlaps).toEqual([]);
  });
});

describe('analyzeEventPatterns: bad input', () => {
  it('returns diagnostics naming the rule for an invalid pattern, a missing id or a reused id', () => {
    const r = analyzeEventPatterns([
      { id: 'bad', pattern: { source: 'not-an-array' } },
      { pattern: {} } as never,
      { id: 'x', pattern: { a: ['1'] } },
      { id: 'x', pattern: { a: ['2'] } },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.some((d) => d.params?.rule === 'bad' && d.severity === 'error')).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['input.wrong-type', 'input.duplicate-id']));
  });

  it('rejects a non-array argument with a diagnostic, not a throw', () => {
    const r = analyzeEventPatterns({} as never);
    expect(r.ok).toBe(false);
  });
});
