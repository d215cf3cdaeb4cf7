/** The router's API: order, both scopes, incremental changes, and how invalid subscriptions are reported. */
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, type Router, type SnsMessage, type Subscription } from '@arbiter/sns-filter';

const subs: Subscription[] = [
  { id: 'auto', scope: 'MessageBody', policy: { Records: { s3: { object: { key: [{ prefix: 'auto-' }] } }, eventName: [{ prefix: 'ObjectCreated:' }] } } },
  { id: 'home', scope: 'MessageBody', policy: '{"Records":{"s3":{"object":{"key":[{"prefix":"home-"}]}},"eventName":[{"prefix":"ObjectCreated:"}]}}' },
  { id: 'everything', policy: '' },
  { id: 'store', policy: { store: ['example_corp'] } },
  { id: 'not-store', policy: { store: [{ exists: false }] } },
];

function router(list: Subscription[] = subs): Router {
  const r = createRouter(list);
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  return r.value;
}

const s3 = (key: string, eventName = 'ObjectCreated:Put') => ({ body: JSON.stringify({ Records: [{ eventName, s3: { object: { key } } }] }) });

describe('createRouter', () => {
  it('routes the insurance example to the right subscriptions, in subscription order', () => {
    const r = router();
    expect(r.size).toBe(5);
    expect(r.route(s3('auto-insurance-2314.xml'))).toEqual(['auto', 'everything']);
    expect(r.route(s3('home-insurance-2314.xml'))).toEqual(['home', 'everything']);
    expect(r.route(s3('auto-insurance-2314.xml', 'ObjectRemoved:Delete'))).toEqual(['everything']);
  });

  it('routes attribute subscriptions, with SNS rules for empty and invalid attributes', () => {
    const r = router();
    expect(r.route({ attributes: { store: { Type: 'String', Value: 'example_corp' } } })).toEqual(['everything', 'store']);
    expect(r.route({ attributes: { other: { Type: 'String', Value: 'x' } } })).toEqual(['everything', 'not-store']);
    expect(r.route({ attributes: {} })).toEqual(['everything']);
    expect(r.route({ attributes: { store: { Type: 'Number', Value: 'abc' } } })).toEqual(['everything']);
  });

  it('adds and removes without a rebuild; a re-added subscription goes last', () => {
    const r = router();
    expect(r.remove('auto')).toBe(true);
    expect(r.remove('auto')).toBe(false);
    expect(r.route(s3('auto-x'))).toEqual(['everything']);
    expect(r.add(subs[0]!).ok).toBe(true);
    expect(r.route(s3('auto-x'))).toEqual(['everything', 'auto']);
    expect(r.size).toBe(5);
  });

  it('rejects a duplicate id', () => {
    const r = router();
    const added = r.add({ id: 'store', policy: {} });
    expect(added.ok ? [] : added.diagnostics.map((d) => d.code)).toEqual(['sns.duplicate-subscription-id']);
  });

  it('reports invalid policies with the subscription index in the path', () => {
    const r = createRouter([{ id: 'ok', policy: { a: ['x'] } }, { id: 'bad', policy: { a: [], b: [{ prefix: 1 }] } }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => [d.path, d.message, d.params?.subscription])).toEqual([
      ['/1/policy/a', 'Empty arrays are not allowed', 'bad'],
      ['/1/policy/b/0/prefix', 'prefix match pattern must be a string', 'bad'],
    ]);
  });

  it('parses a body it cannot use at most once and matches nothing from it', () => {
    expect(router().route({ body: 'not json' })).toEqual(['everything']);
  });

  it('keeps subscription order across many subscriptions and removals', () => {
    const many: Subscription[] = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, policy: { k: [{ numeric: ['>=', i] }] } }));
    const r = router(many);
    const at = (v: number) => r.route({ attributes: { k: { Type: 'Number', Value: String(v) } } });
    expect(at(70)).toEqual(Array.from({ length: 71 }, (_, i) => `n${i}`));
    for (let i = 0; i < 100; i += 3) r.remove(`n${i}`);
    expect(at(99)).toEqual(Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 3 !== 0).map((i) => `n${i}`));
    expect(r.add({ id: 'n0', policy: { k: [{ numeric: ['>=', 0] }] } }).ok).toBe(true);
    expect(at(1)).toEqual(['n1', 'n0']);
  });

  it('marks many subscriptions per value correctly (cached masks across words)', () => {
    const many: Subscription[] = Array.from({ length: 150 }, (_, i) => ({ id: `a${i}`, scope: 'MessageBody', policy: { k: [{ 'anything-but': [`v${i}`] }] } }));
    const r = router(many);
    const all = many.map((s) => s.id);
    for (let round = 0; round < 2; round++) {
      // The second round is served from the cache.
      expect(r.route({ body: '{"k": "v7"}' })).toEqual(all.filter((id) => id !== 'a7'));
      expect(r.route({ body: '{"k": ["v7", "v140"]}' })).toEqual(all);
    }
    r.remove('a0');
    expect(r.route({ body: '{"k": "v7"}' })).toEqual(all.filter((id) => id !== 'a7' && id !== 'a0'));
  });

  it('compares exact-only fields in place, and still decodes escapes and rejects control characters', () => {
    const r = router([
      { id: 'abc', scope: 'MessageBody', policy: { k: ['ABC', 'x'] } },
      { id: 'other', scope: 'MessageBody', policy: { j: ['y'] } },
    ]);
    expect(r.route({ body: '{"k":"ABC","j":"y"}' })).toEqual(['abc', 'other']);
    expect(r.route({ body: '{"k":"\\u0041BC"}' })).toEqual(['abc']);
    expect(r.route({ body: '{"k":"ABCD"}' })).toEqual([]);
    expect(r.route({ body: '{"k":"AB"}' })).toEqual([]);
    // A raw tab inside a string is not JSON: nothing matches, even the other field.
    expect(r.route({ body: '{"k":"A\tB","j":"y"}' })).toEqual([]);
    expect(r.route({ body: '{"k":"ABC' })).toEqual([]);
  });
});

describe('reading few matches among many subscriptions', () => {
  /** 20,000 subscriptions: value v<j> named by every 5,000th (four slots far apart), anything-but ones every `butEvery`, attribute ones every 7,001st. */
  function subscriptions(butEvery: number): Subscription[] {
    const list: Subscription[] = [];
    for (let i = 0; i < 20_000; i++) {
      if (i % butEvery === 3) list.push({ id: `but-${i}`, scope: 'MessageBody', policy: { k: [{ 'anything-but': ['v7'] }] } });
      else if (i % 7001 === 5) list.push({ id: `attr-${i}`, policy: { a: [{ exists: false }] } });
      else list.push({ id: `eq-${i}`, scope: 'MessageBody', policy: { k: [`v${i % 5000}`] } });
    }
    return list;
  }

  it('delivers in slot order whether the matched words are read alone or by range', () => {
    // Few anything-but ones: the few written words are read alone; many: their hits are OR'ed in as
    // a mask and the range is read. Invalid attributes poison the attribute ones. The oracle is
    // each policy's own matcher.
    for (const butEvery of [4999, 10]) {
      const list = subscriptions(butEvery);
      const r = router(list);
      const matchers = list.map((s) => ({ id: s.id, m: compileFilterPolicy(s.policy, { scope: s.scope }) }));
      for (const j of [0, 7, 42, 4999, 5000]) {
        const variants: SnsMessage['attributes'][] = [undefined, { a: { Type: 'Number', Value: 'x' } }, { b: { Type: 'String', Value: 'y' } }];
        for (const attributes of variants) {
          const message = { body: JSON.stringify({ k: `v${j}` }), attributes };
          const want = matchers.filter((x) => x.m.ok && x.m.value.match(message).delivered).map((x) => x.id);
          expect(want.length).toBeGreaterThan(0);
          expect(r.route(message)).toEqual(want);
        }
      }
    }
  });
});
