import { describe, expect, it } from 'vitest';
import { Arg, callBack, checkArgument, copyJsonInput, readOptions, resolveLimits, DEFAULT_LIMITS } from '@arbiter/ir';

/** `levels` doublings of one array: `levels + 1` objects in memory that read as 2^levels leaves. */
export function sharedTower(levels: number): unknown {
  let a: unknown = ['x'];
  for (let i = 0; i < levels; i++) a = [a, a];
  return a;
}

describe('copyJsonInput: the input-shape guard', () => {
  it('copies a plain value into an equal, unshared tree', () => {
    const shared = { k: 1 };
    const r = copyJsonInput({ a: [shared, shared], s: 'x', n: null, b: true });
    expect(r.ok && r.value).toEqual({ a: [{ k: 1 }, { k: 1 }], s: 'x', n: null, b: true });
    if (r.ok) expect((r.value as { a: unknown[] }).a[0]).not.toBe((r.value as { a: unknown[] }).a[1]);
  });

  it('stops a 2^40 tower of shared arrays at the node budget instead of walking it', () => {
    const r = copyJsonInput(sharedTower(40), { maxNodes: 100_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toEqual(['input.too-large']);
  });

  it('copies a small tower of shared arrays (sharing within budget is fine)', () => {
    const r = copyJsonInput(sharedTower(4));
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(sharedTower(4)));
  });

  it('reports a cycle with its pointer, not a stack overflow', () => {
    const a: Record<string, unknown> = { b: [1] };
    (a.b as unknown[]).push(a);
    const r = copyJsonInput(a);
    expect(!r.ok && r.diagnostics.map((d) => [d.code, d.path])).toEqual([['input.cycle', '/b/1']]);
  });

  it('reports non-JSON values at their pointers', () => {
    const r = copyJsonInput({ u: undefined, f: () => 1, n: Number.NaN, i: Infinity, d: new Date(0), s: Symbol('s'), b: 1n });
    expect(!r.ok && r.diagnostics.map((d) => d.path)).toEqual(['/u', '/f', '/n', '/i', '/d', '/s', '/b']);
  });

  it('turns a throwing getter or proxy into a diagnostic', () => {
    const getter = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    for (const v of [getter, proxy]) {
      const r = copyJsonInput(v);
      expect(!r.ok && r.diagnostics[0]?.code).toBe('input.not-json');
    }
  });

  it('enforces depth and the character budget, with package codes when asked', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(copyJsonInput(deep, { maxDepth: 10, codes: { tooDeep: 'x.deep' } })).toMatchObject({ ok: false, diagnostics: [{ code: 'x.deep', path: '/0/0/0/0/0/0/0/0/0/0' }] });
    expect(copyJsonInput(['y'.repeat(100)], { maxChars: 50 })).toMatchObject({ ok: false, diagnostics: [{ code: 'input.too-large' }] });
    expect(copyJsonInput(['y'.repeat(40)], { maxChars: 50 }).ok).toBe(true);
  });

  it('keeps __proto__ as a data key', () => {
    const r = copyJsonInput(JSON.parse('{"__proto__":{"x":1}}'));
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });
});

describe('argument checks', () => {
  it('checkArgument names the argument and what it got', () => {
    expect(checkArgument('x', Arg.string, 'text')).toEqual([]);
    expect(checkArgument(null, Arg.string, 'text')).toMatchObject([{ code: 'input.wrong-type', path: '/text', message: '`text` must be a string, not `null`' }]);
    expect(checkArgument([1, 'a'], Arg.arrayOf(Arg.string), 'ids')[0]?.message).toBe('`ids` must be an array of strings, not an array');
  });

  it('readOptions: null and undefined are no options; wrong types and throwing getters are diagnostics', () => {
    const spec = { mode: Arg.oneOf('a', 'b'), n: Arg.positive };
    expect(readOptions(null, spec)).toMatchObject({ ok: true, value: {} });
    expect(readOptions(undefined, spec)).toMatchObject({ ok: true, value: {} });
    expect(readOptions({ mode: 'a', other: 1 }, spec)).toMatchObject({ ok: true, value: { mode: 'a' } });
    expect(readOptions(7, spec)).toMatchObject({ ok: false, diagnostics: [{ code: 'input.wrong-type', path: '/options' }] });
    expect(readOptions({ mode: 'c', n: -1 }, spec)).toMatchObject({ ok: false, diagnostics: [{ path: '/options/mode' }, { path: '/options/n' }] });
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(readOptions(throwing, spec)).toMatchObject({ ok: false, diagnostics: [{ code: 'input.unreadable' }, { code: 'input.unreadable' }] });
  });

  it('callBack: a callback that throws or returns the wrong type is a diagnostic', () => {
    expect(callBack(() => 0.5, Arg.number, 'random')).toMatchObject({ ok: true, value: 0.5 });
    expect(callBack(() => { throw new Error('no'); }, Arg.number, 'random')).toMatchObject({ ok: false, diagnostics: [{ code: 'input.callback-failed', message: '`random` threw: no' }] });
    expect(callBack(() => 'x', Arg.number, 'random')).toMatchObject({ ok: false, diagnostics: [{ message: '`random` must return a finite number, not a string' }] });
  });

  it('resolveLimits keeps defaults for missing or nonsensical entries', () => {
    expect(resolveLimits({ maxDepth: 10, maxNodes: -1 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 10 });
    expect(resolveLimits(null as never)).toEqual(DEFAULT_LIMITS);
  });
});
