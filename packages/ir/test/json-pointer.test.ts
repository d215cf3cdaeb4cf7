import { describe, expect, it } from 'vitest';
import { getAtPointer, joinPointer, parsePointer, toPointer } from '../src/index.js';

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ and / in tokens', () => {
    expect(toPointer(['a/b', 'm~n', 0])).toBe('/a~1b/m~0n/0');
    expect(joinPointer('/x', '')).toBe('/x/');
  });

  it('round-trips through parsePointer', () => {
    expect(parsePointer('/a~1b/m~0n/0')).toEqual(['a/b', 'm~n', '0']);
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('a')).toBeUndefined();
    expect(parsePointer('/a~2')).toBeUndefined();
  });

  it('resolves the RFC 6901 examples', () => {
    const doc = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    const cases: Array<[string, unknown]> = [
      ['', doc], ['/foo', ['bar', 'baz']], ['/foo/0', 'bar'], ['/', 0], ['/a~1b', 1], ['/c%d', 2],
      ['/e^f', 3], ['/g|h', 4], ['/i\\j', 5], ['/k"l', 6], ['/ ', 7], ['/m~0n', 8],
    ];
    for (const [p, v] of cases) expect(getAtPointer(doc, p)).toEqual({ found: true, value: v });
  });

  it('does not walk into prototypes or bad indexes', () => {
    expect(getAtPointer({}, '/__proto__').found).toBe(false);
    expect(getAtPointer({}, '/constructor').found).toBe(false);
    expect(getAtPointer(['a'], '/01').found).toBe(false);
    expect(getAtPointer(['a'], '/1').found).toBe(false);
    expect(getAtPointer('s', '/0').found).toBe(false);
  });
});
