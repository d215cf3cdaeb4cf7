import { describe, expect, it } from 'vitest';
import { parseJsonSafe, positionOf } from '../src/index.js';
import { locationWork } from '../src/json/safe-parser.js';

describe('parseJsonSafe', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{"a":[1,2.5,-3e2,true,false,null,"x\\n\\u00e9"],"b":{"c":{}}}';
    const r = parseJsonSafe(text);
    expect(r.ok && r.value.value).toEqual(JSON.parse(text));
  });

  it('keeps __proto__ and constructor as own data properties', () => {
    const r = parseJsonSafe('{"__proto__":{"polluted":1},"constructor":"x"}');
    if (!r.ok) throw new Error('expected ok');
    const v = r.value.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate keys as warnings with the pointer of the repeated key; the last wins', () => {
    const r = parseJsonSafe('{"a":{"b":1,"b":2}}', { document: 'policy' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.value).toEqual({ a: { b: 2 } });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'json.duplicate-key', path: '/a/b', document: 'policy', severity: 'warning' })]);
  });

  it('can make duplicate keys an error', () => {
    const r = parseJsonSafe('{"a":1,"a":2}', { duplicateKeys: 'error' });
    expect(r.ok).toBe(false);
  });

  it('refuses nesting beyond the depth limit with json.too-deep instead of overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const r = parseJsonSafe(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]?.code).toBe('json.too-deep');
    const deepObj = '{"a":'.repeat(600) + '1' + '}'.repeat(600);
    const r2 = parseJsonSafe(deepObj, { maxDepth: 1000 });
    expect(r2.ok).toBe(true);
  });

  it('refuses documents over the size limit before parsing', () => {
    const r = parseJsonSafe('"' + 'x'.repeat(2000) + '"', { maxBytes: 1000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'json.too-large', params: { limit: 1000 } });
  });

  it('counts size in UTF-8 bytes, not UTF-16 units', () => {
    const text = '"' + 'é'.repeat(400) + '"'; // 402 units, 802 bytes
    expect(parseJsonSafe(text, { maxBytes: 700 }).ok).toBe(false);
    expect(parseJsonSafe(text, { maxBytes: 900 }).ok).toBe(true);
  });

  it.each([
    ['{invalidjson}', "Unexpected character ('i' (code 105)): was expecting double-quote to start field name", 1, 2],
    ['invalid-json', "Unrecognized token 'invalid-json': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", 1, 1],
    ['{"a":1,}', "Unexpected character ('}' (code 125)): was expecting double-quote to start field name", 1, 8],
    ['{"a" 1}', "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value", 1, 6],
    ['[1,2', 'Unexpected end-of-input: expected close marker for Array (start marker at offset 0)', 1, 5],
    ['', 'No content to map due to end-of-input', 1, 1],
    ['{"a":\n  tru}', "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", 2, 3],
    ['{"a":01}', "Unexpected character ('1' (code 49)) in numeric value", 1, 7],
    ['"a\tb"', 'Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value', 1, 3],
  ])('reports %j as a syntax error with position', (text, message, line, column) => {
    const r = parseJsonSafe(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]?.message).toBe(message);
      expect(r.diagnostics[0]?.params).toMatchObject({ line, column });
    }
  });

  it('points syntax errors at the value being parsed', () => {
    const r = parseJsonSafe('{"a":{"b":[1, x]}}');
    expect(!r.ok && r.diagnostics[0]?.path).toBe('/a/b/1');
  });

  it('warns about lone surrogates from escapes and keeps the string', () => {
    const r = parseJsonSafe('{"k":"\\ud800x","ok":"\\ud83d\\ude00"}');
    if (!r.ok) throw new Error('expected ok');
    expect((r.value.value as { k: string }).k).toBe('\ud800x');
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['json.lone-surrogate', '/k']]);
    expect(parseJsonSafe('"\\udc00"', { loneSurrogates: 'error' }).ok).toBe(false);
  });

  it('records value positions by pointer when asked', () => {
    const r = parseJsonSafe('{\n  "a": [\n    1,\n    {"b/c": true}\n  ]\n}', { locations: true });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.locations?.get('/a/1/b~1c')).toEqual({ offset: 30, line: 4, column: 13 });
    expect(r.value.locations?.get('')).toMatchObject({ line: 1, column: 1 });
  });

  it('places every value where positionOf does, reading the text once (issue 17: a !Sub policy of 16,000 nodes took 53 s)', () => {
    const policyText = (n: number) => `{"Statement": [\n${Array.from({ length: n }, (_, i) => `  {"Sid": "s${i}",\n   "Resource": ["a", ${i}]}`).join(',\n')}\n]}`;
    const workOf = (text: string) => {
      const before = locationWork.chars;
      const r = parseJsonSafe(text, { locations: true });
      if (!r.ok) throw new Error('expected ok');
      return { work: locationWork.chars - before, locations: r.value.locations! };
    };
    const small = policyText(50);
    for (const [, p] of workOf(small).locations) expect(p).toEqual(positionOf(small, p.offset));
    // Each character is read once, however many values there are: the work is the text's length at most.
    for (const n of [1_000, 4_000, 16_000]) {
      const text = policyText(n);
      const { work, locations } = workOf(text);
      expect(locations.size).toBe(1 + 1 + 5 * n);
      expect(work).toBeLessThanOrEqual(text.length);
    }
  });

  it('never throws on non-string input', () => {
    expect(parseJsonSafe(42 as unknown as string).ok).toBe(false);
  });
});
