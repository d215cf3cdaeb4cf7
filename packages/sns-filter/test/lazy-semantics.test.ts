/**
 * The body semantics the lazy extraction must keep, case by case (expectations from SNS's rules
 * as `JSON.parse` + the reference walk apply them: spec §5), each checked with both extractions.
 */
import { describe, expect, it } from 'vitest';
import { createRouter, type Router, type Subscription } from '@arbiter/sns-filter';

const subs: Subscription[] = [
  { id: 'ab', scope: 'MessageBody', policy: { a: { b: ['x'] } } },
  { id: 'num', scope: 'MessageBody', policy: { n: [1.5, { numeric: ['>', 100] }] } },
  // As text: an object literal's `__proto__` would set the prototype, not a key.
  { id: 'proto', scope: 'MessageBody', policy: '{"__proto__":["p"]}' },
  { id: 'absent', scope: 'MessageBody', policy: { z: [{ exists: false }] } },
  { id: 'coord', scope: 'MessageBody', policy: { c: [37.80781, -122.41601] } },
  { id: 'all', policy: '' },
  { id: 'quote', scope: 'MessageBody', policy: '{"q\\"k\\\\":["v"]}' },
];

function routers(): Router[] {
  return (['lazy', 'parse'] as const).map((extraction) => {
    const r = createRouter(subs, { extraction });
    if (!r.ok) throw new Error('valid subscriptions');
    return r.value;
  });
}

/** Routes `body` with both extractions; they must agree, and the common answer is returned. */
function route(body: string): string[] {
  const [lazy, parse] = routers().map((r) => r.route({ body }));
  expect(lazy).toEqual(parse);
  return lazy!;
}

describe('lazy body extraction keeps SNS body semantics', () => {
  it('passes over runs of unnamed members and stops where a key may name a field', () => {
    const unnamed = '"u1":"x","u2":[1,[2,"y"]],"u3":{"v":{"w":[true,null]}},"u4":-1.5e3';
    // A run then a named key, an escaped one (`\u0061` is `a`), a dotted one, a duplicate.
    expect(route(`{${unnamed},"a":{${unnamed},"b":"x"}}`)).toEqual(['ab', 'absent', 'all']);
    expect(route(`{${unnamed},"\\u0061":{"b":"x"},${unnamed}}`)).toEqual(['ab', 'absent', 'all']);
    expect(route(`{${unnamed},"a.b":"x",${unnamed}}`)).toEqual(['ab', 'absent', 'all']);
    expect(route(`{"z":1,${unnamed},"z":2}`)).toEqual(['all']);
    // Invalid text inside or right after a run matches no body policy (`all` has none).
    expect(route(`{${unnamed},"u5":01,"a":{"b":"x"}}`)).toEqual(['all']);
    expect(route(`{${unnamed},"u5":"\u0001","a":{"b":"x"}}`)).toEqual(['all']);
    expect(route(`{${unnamed},"u5":[1,],"a":{"b":"x"}}`)).toEqual(['all']);
    expect(route(`{${unnamed} "a":{"b":"x"}}`)).toEqual(['all']);
    // The same router over many bodies (a node's run credit spent on short runs, then member by member).
    const [lazy] = routers();
    for (let k = 0; k < 200; k++) expect(lazy!.route({ body: `{"u":${k},"a":{"b":"x"},"v":${k}}` })).toEqual(['ab', 'absent', 'all']);
    expect(lazy!.route({ body: `{${unnamed},"a":{"b":"x"}}` })).toEqual(['ab', 'absent', 'all']);
  });

  it('treats dotted keys and nesting alike', () => {
    expect(route('{"a":{"b":"x"}}')).toEqual(['ab', 'absent', 'all']);
    expect(route('{"a.b":"x"}')).toEqual(['ab', 'absent', 'all']);
    expect(route('{"a":[{"b":["y",["x"]]}]}')).toEqual(['ab', 'absent', 'all']);
  });

  it('keeps the last of duplicate keys, as JSON.parse does', () => {
    expect(route('{"a":{"b":"x"},"a":{"b":"y"}}')).toEqual(['absent', 'all']);
    expect(route('{"a":{"b":"y","b":"x"}}')).toEqual(['ab', 'absent', 'all']);
    expect(route('{"z":1,"z":2}')).toEqual(['all']);
  });

  it('decodes escapes in keys and values', () => {
    expect(route('{"\\u0061":{"\\u0062":"\\u0078"}}')).toEqual(['ab', 'absent', 'all']);
    expect(route('{"a\\u002eb":"x"}')).toEqual(['ab', 'absent', 'all']);
    expect(route('{"__proto__":"p"}')).toEqual(['proto', 'absent', 'all']);
    expect(route('{"\\u005f_proto__":["q","p"]}')).toEqual(['proto', 'absent', 'all']);
  });

  it('finds keys that JSON must escape (quotes, backslashes)', () => {
    expect(route('{"q\\"k\\\\":"v"}')).toEqual(['absent', 'all', 'quote']);
    expect(route('{"q\\u0022k\\u005c":"v"}')).toEqual(['absent', 'all', 'quote']);
    expect(route('{"q\\"k":"v"}')).toEqual(['absent', 'all']);
  });

  it('compares numbers by value in every JSON form', () => {
    for (const n of ['1.5', '15e-1', '0.15E1', '1.50', '1.5000001']) expect([n, route(`{"n":${n}}`)]).toEqual([n, ['num', 'absent', 'all']]);
    for (const n of ['1e3', '100.000001', '1E+3']) expect([n, route(`{"n":[0, ${n}]}`)]).toEqual([n, ['num', 'absent', 'all']]);
    for (const n of ['-0', '1.4', '100', '1e2', '-1e400']) expect([n, route(`{"n":${n}}`)]).toEqual([n, ['absent', 'all']]);
  });

  it('finds exact numbers inside number arrays (coordinates) by value, not by text', () => {
    for (const c of ['[[1, 37.807810]]', '[[[-122.4160104, 0]]]', '[37.8078100001]', '[[0],[3.780781e1]]', '[[-1.2241601E2]]']) {
      expect([c, route(`{"c":${c}}`)]).toEqual([c, ['absent', 'coord', 'all']]);
    }
    for (const c of ['[[137.80781, -37.80781]]', '[[-122.416014, 37.8078]]', '["37.80781"]', '[[1,2],[3,[4,[5,[37.807811]]]]]', '[[1,37.807815]]']) {
      expect([c, route(`{"c":${c}}`)]).toEqual([c, ['absent', 'all']]);
    }
  });

  it('matches no body policy for invalid JSON, non-objects and {} (deliver-all still delivers)', () => {
    for (const body of ['{"a":{"b":"x"}', '{"a":{"b":"x"}} x', '{"a":{"b":"x"},}', '{"a":{"b":"\\x"}}', '{"n":01}', '{"a":{"b":"x"}, "c": [1,]}', '[{"a":{"b":"x"}}]', '"x"', '{}', ' { } ', '']) {
      expect([body, route(body)]).toEqual([body, ['all']]);
    }
  });

  it('handles deep nesting and huge bodies without overflowing the stack', () => {
    const deepArrays = `{"a":{"b":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}}`;
    expect(route(deepArrays)).toEqual(['absent', 'all']);
    const deepSkipped = `{"q":${'{"q":'.repeat(100_000)}1${'}'.repeat(100_000)},"a":{"b":"x"}}`;
    expect(route(deepSkipped)).toEqual(['ab', 'absent', 'all']);
    const huge = `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":[${i},"v${i}",{"x":null}]`).join(',')},"n":101}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    expect(route(huge)).toEqual(['num', 'absent', 'all']);
    expect(route(`${huge.slice(0, -1)},}`)).toEqual(['all']);
  });

  it('gives a walk deeper than its bound to the parse path (a policy key of 1,500 segments)', () => {
    const key = Array.from({ length: 1_500 }, () => 'k').join('.');
    const deep = createRouter([{ id: 'deep', scope: 'MessageBody', policy: { [key]: ['x'] } }]);
    if (!deep.ok) throw new Error('valid policy');
    const nested = (leaf: string) => `${'{"k":'.repeat(1_500)}${leaf}${'}'.repeat(1_500)}`;
    expect(deep.value.route({ body: nested('"x"') })).toEqual(['deep']);
    expect(deep.value.route({ body: nested('"y"') })).toEqual([]);
    expect(deep.value.route({ body: `${nested('"x"')} x` })).toEqual([]);
  });
});
