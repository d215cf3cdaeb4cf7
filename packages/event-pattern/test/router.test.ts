import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEventPattern, createEventRouter } from '../src/index.js';
import { eventArb, patternArb } from './arbitraries.js';

describe('createEventRouter', () => {
  it('routes exactly as each pattern matcher decides (property)', () => {
    let routed = 0;
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 8 }), fc.array(eventArb, { minLength: 1, maxLength: 6 }), (patterns, events) => {
        const named = patterns.map((pattern, i) => ({ id: `p${i}`, pattern }));
        const router = createEventRouter(named);
        expect(router.ok).toBe(true);
        if (!router.ok) return;
        const matchers = named.map((n) => ({ id: n.id, m: compileEventPattern(n.pattern, { mode: 'reference' }) }));
        for (const event of events) {
          const expected = matchers.filter((x) => x.m.ok && x.m.value.match(event).matched).map((x) => x.id);
          const actual = router.value.route(event);
          expect(actual).toEqual(expected);
          expect(router.value.route(JSON.stringify(event))).toEqual(expected);
          routed += actual.length;
        }
      }),
      { numRuns: 150 },
    );
    expect(routed).toBeGreaterThan(5);
  });

  it('indexes exact-string anchors and still evaluates the rest of the pattern', () => {
    const r = createEventRouter([
      { id: 'ec2-running', pattern: { source: ['aws.ec2'], detail: { state: ['running'] } } },
      { id: 'ec2-any', pattern: { source: ['aws.ec2'] } },
      { id: 'big', pattern: { detail: { size: [{ numeric: ['>', 10] }] } } },
    ]);
    if (!r.ok) throw new Error('valid');
    expect(r.value.route({ source: 'aws.ec2', detail: { state: 'running', size: 11 } })).toEqual(['ec2-running', 'ec2-any', 'big']);
    expect(r.value.route({ source: 'aws.s3', detail: { state: 'running' } })).toEqual([]);
    expect(r.value.remove('ec2-any')).toBe(true);
    expect(r.value.route('{"source":"aws.ec2","detail":{"state":"running"}}')).toEqual(['ec2-running']);
    expect(r.value.route('not json')).toEqual([]);
  });

  it('reports every invalid pattern and duplicate ids', () => {
    const r = createEventRouter([
      { id: 'a', pattern: { x: [] } },
      { id: 'b', pattern: { y: ['ok'] } },
      { id: 'b', pattern: { y: ['ok'] } },
    ]);
    expect(r.ok ? [] : r.diagnostics.map((d) => d.code)).toEqual(['eb.duplicate-pattern-id', 'eb.empty-array']);
  });
});
