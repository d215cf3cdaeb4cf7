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

  it('deep event texts: the router answers as the matcher, which refuses more than 512 levels (fuzz find)', () => {
    const named = [
      { id: 'b', pattern: { b: ['x'] } },
      { id: 'deep-a', pattern: { a: ['xy'] } },
    ];
    const r = createEventRouter(named);
    if (!r.ok) throw new Error('valid');
    const matchers = named.map((n) => ({ id: n.id, m: compileEventPattern(n.pattern) }));
    const objects = (n: number) => `{"b": "x", "a": ${'{"b":'.repeat(n)}"xy"${'}'.repeat(n)}}`;
    const arrays = (n: number) => `{"b": "x", "a": ${'['.repeat(n)}"xy"${']'.repeat(n)}}`;
    for (const n of [1, 200, 255, 256, 257, 300, 510, 511, 512, 513, 600, 1000, 5000]) {
      for (const text of [objects(n), arrays(n)]) {
        const expected = matchers.filter((x) => x.m.ok && x.m.value.match(text).matched).map((x) => x.id);
        expect(r.value.route(text), `${n} levels: ${text.slice(0, 30)}`).toEqual(expected);
      }
    }
    // The matcher's limit is what decides: 511 levels below the root match, 512 and more are not an event.
    expect([r.value.route(objects(1)), r.value.route(objects(511)), r.value.route(arrays(511))]).toEqual([['b'], ['b'], ['b']]);
    expect([r.value.route(objects(512)), r.value.route(arrays(1000)), r.value.route(objects(5000))]).toEqual([[], [], []]);
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

  it('keeps array consistency: fields of one pattern object come from one element', () => {
    const r = createEventRouter([
      { id: 'same-element', pattern: { items: { name: ['a'], size: [{ numeric: ['>', 5] }] } } },
      { id: 'name-only', pattern: { items: { name: ['a'] } } },
    ]);
    if (!r.ok) throw new Error('valid');
    // One object: the index alone decides.
    expect(r.value.route('{"items":{"name":"a","size":9}}')).toEqual(['same-element', 'name-only']);
    // Split across elements: the index sees both fields, the rule does not hold.
    expect(r.value.route('{"items":[{"name":"a","size":1},{"name":"b","size":9}]}')).toEqual(['name-only']);
    expect(r.value.route({ items: [{ name: 'b' }, { name: 'a', size: 6 }] })).toEqual(['same-element', 'name-only']);
    // A dotted key is a second way to a field: `items.size` is not inside the `items` object.
    expect(r.value.route('{"items":{"name":"a"},"items.size":9}')).toEqual(['name-only']);
  });

  it('compares numbers as doubles, also when searching number arrays as text', () => {
    const r = createEventRouter([
      { id: 'point', pattern: { c: [37.80780792169409] } },
      { id: 'range', pattern: { c: [{ numeric: ['>', 37.8078079216940, '<', 37.8078079216941] }] } },
    ]);
    if (!r.ok) throw new Error('valid');
    // Equal at six decimals (SNS would deliver), different as doubles.
    expect(r.value.route('{"c":[[1.5,37.8078079],[37.807807921694]]}')).toEqual([]);
    expect(r.value.route('{"c":[[1.5,37.8078079],[37.8078079216940901]]}')).toEqual(['point', 'range']);
    expect(r.value.route('{"c":[[1.5,37.8078079],[3780780792169409e-14]]}')).toEqual(['point', 'range']);
    expect(r.value.route({ c: [37.80780792169409] })).toEqual(['point', 'range']);
  });

  it('routes `{}` and leaf-only presence as the matcher does', () => {
    const r = createEventRouter([
      { id: 'absent', pattern: { a: [{ exists: false }] } },
      { id: 'present', pattern: { a: [{ exists: true }] } },
    ]);
    if (!r.ok) throw new Error('valid');
    expect(r.value.route('{}')).toEqual(['absent']);
    expect(r.value.route('{"a":null}')).toEqual(['present']);
    expect(r.value.route('{"a":""}')).toEqual(['present']);
    expect(r.value.route('{"a":[]}')).toEqual(['absent']);
    expect(r.value.route('{"a":{"b":1}}')).toEqual(['absent']);
    expect(r.value.route('[1]')).toEqual([]);
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
