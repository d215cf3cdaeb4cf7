/**
 * The JSON reading kit against `JSON.parse` on generated text: the validating skipper accepts
 * exactly what `JSON.parse` accepts, the string and number readers return what it returns, and
 * the safe parser — the kit's readers driven over a whole document — builds the same value and
 * accepts the same texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStringContent, exactNumber, isJsonText, matchMemberRun, memberRunPattern, parseJsonSafe, readString, scanNumber, skipString, skipValue, skipWhitespace, type NumberToken } from '../src/index.js';
import { jsonTextArbitraries, numberTokenArb, stringTokenArb } from './json-text-arbitraries.js';

/** Keys that stress the readers: dots, prototype names, empty, long, a lone surrogate. */
const keys = fc.constantFrom('a', 'b', 'a.b', 'c', '__proto__', 'constructor', 'toString', 'ü', '', 'x'.repeat(300), '\uD800');
const { bodyTextArb, jsonTextArb } = jsonTextArbitraries(keys);
const textArb = fc.oneof(bodyTextArb, jsonTextArb);

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** Structural identity of JSON values: key order, `-0`, own `__proto__`/`constructor` members. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const va = a as Record<string, unknown>;
  const vb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson(Object.getOwnPropertyDescriptor(va, k)?.value, Object.getOwnPropertyDescriptor(vb, k)?.value));
}

describe('validating skipper ≡ JSON.parse acceptance', () => {
  it('accepts exactly the texts JSON.parse accepts (bodies, mutated bodies, any JSON)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(isJsonText(text)).toBe(parse(text).ok);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips arbitrarily deep nesting without recursion', () => {
    const deep = `${'['.repeat(200_000)}1${']'.repeat(200_000)}`;
    expect(isJsonText(deep)).toBe(true);
    expect(isJsonText(deep.slice(0, -1))).toBe(false);
    expect(isJsonText(`${'{"a":['.repeat(50_000)}null${']}'.repeat(50_000)}`)).toBe(true);
  });

  it('rejects what ECMA-404 rejects', () => {
    for (const bad of ['01', '1.', '.5', '-', '1e', '+1', '[1,]', '[,1]', '{"a":1,}', '{"a" 1}', '{a:1}', "'x'", '"\\x"', '"\\u12"', '"a\u0001"', 'tru', 'nul', 'NaN', 'Infinity', '\uFEFF1', '[1 2]', '{"a":1 "b":2}', '[]]']) {
      expect([bad, isJsonText(bad)]).toEqual([bad, false]);
    }
    for (const good of ['-0', '0.10', '1E-7', '1e+5', '"\\ud800"', '"\\uD83D\\uDE00"', ' \t\n\r[] ', '{"__proto__":{}}', '"\uD800"']) {
      expect([good, isJsonText(good)]).toEqual([good, true]);
    }
  });
});

describe('string and number readers ≡ JSON.parse', () => {
  it('decodes strings with escapes, surrogate pairs and lone surrogates exactly', () => {
    const end = { at: 0 };
    fc.assert(
      fc.property(stringTokenArb, fc.constantFrom('', ' ', ',1'), (token, rest) => {
        expect(readString(token + rest, 0, end)).toBe(JSON.parse(token));
        expect(end.at).toBe(token.length);
        expect(skipString(token + rest, 0)).toBe(token.length);
        expect(decodeStringContent(token + rest, 1, token.length - 1)).toBe(JSON.parse(token));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects string tokens JSON.parse rejects, and says where they end when it accepts them', () => {
    const end = { at: 0 };
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom('a', '"', '\\', 'u', '0', 'F', 'n', '\u0001', '\uD800', ' ') }), (body) => {
        const text = `"${body}`;
        readString(text, 0, end);
        const close = end.at;
        expect(skipString(text, 0)).toBe(close);
        // Where the reader stops, JSON.parse accepts the token and nothing shorter.
        if (close >= 0) expect(JSON.parse(text.slice(0, close))).toBe(readString(text, 0, end));
        else expect(parse(text).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads numbers exactly (and approximates within 1e-14)', () => {
    const token: NumberToken = { end: 0, approx: 0, exact: false };
    fc.assert(
      fc.property(numberTokenArb, fc.constantFrom('', ']', ' ,'), (text, rest) => {
        scanNumber(text + rest, 0, token);
        const want = JSON.parse(text) as number;
        expect(token.end).toBe(text.length);
        expect(Object.is(exactNumber(text + rest, 0, token), want)).toBe(true);
        if (Number.isFinite(want)) expect(Math.abs(token.approx - want)).toBeLessThanOrEqual(Math.abs(want) * 1e-14);
        expect(skipValue(text + rest, 0)).toBe(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('flags malformed number tokens', () => {
    const token: NumberToken = { end: 0, approx: 0, exact: false };
    for (const bad of ['-', '01', '1.', '-.5', '1e', '1e+']) {
      scanNumber(bad, 0, token);
      // A prefix may be a number (`0` of `01`); the whole token never is.
      expect([bad, token.end === bad.length]).toEqual([bad, false]);
    }
    expect(skipWhitespace(' \t\n\r x', 0)).toBe(5);
  });
});

describe('member runs (one native match over unnamed members)', () => {
  const named = ['a', 'ü', '', 'a+b'];
  const run = memberRunPattern(named);

  it('pass only over whole members JSON.parse accepts, with keys raw, undotted and unnamed', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        // From the first key positions the text holds (a quote after `{` or `,` and whitespace).
        for (const m of [...text.matchAll(/[{,][ \t\n\r]*"/g)].slice(0, 16)) {
          const at = m.index + m[0].length - 1;
          const end = matchMemberRun(run, text, at);
          if (end < 0) continue;
          const members = parse(`{${text.slice(at, end)}}`);
          expect(members.ok).toBe(true);
          // Its own keys (nested ones may be anything): none named or dotted, each written raw.
          for (const key of Object.keys((members as { value: object }).value).slice(0, 8)) {
            expect(named.includes(key) || key.includes('.')).toBe(false);
            expect(text.slice(at, end).includes(`"${key}"`)).toBe(true);
          }
          // In JSON text the run ends at a member boundary, as the reader then expects.
          if (parse(text).ok) expect([',', '}', ' ', '\t', '\n', '\r', undefined]).toContain(text[end]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at named keys, escaped keys and dotted keys', () => {
    const text = '{"x":1,"y":{"a":[2,[3]]},"a":3}';
    expect(matchMemberRun(run, text, 1)).toBe(text.indexOf(',"a":3'));
    expect(matchMemberRun(run, '{"x":1,"\\u0061":2}', 1)).toBe(6);
    expect(matchMemberRun(run, '{"x.y":1}', 1)).toBe(-1);
    // Beyond the shallow shapes (an object in an array) the run ends too.
    expect(matchMemberRun(run, '{"x":1,"y":[{"b":2}]}', 1)).toBe(6);
    expect(matchMemberRun(run, '{"a+b":1}', 1)).toBe(-1);
    expect(matchMemberRun(run, '{"a+":1}', 1)).toBe(7);
    expect(matchMemberRun(run, '{"":1}', 1)).toBe(-1);
    expect(matchMemberRun(memberRunPattern([]), '{"":1}', 1)).toBe(5);
  });
});

describe('safe parser (the kit driven over a document) ≡ JSON.parse', () => {
  it('accepts the same texts and builds the same values', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const want = parse(text);
        const got = parseJsonSafe(text);
        // Nesting beyond the limit (512) is the safe parser's own refusal, valid JSON or not.
        if (!got.ok && got.diagnostics[0]?.code === 'json.too-deep') return;
        expect(got.ok).toBe(want.ok);
        if (got.ok && want.ok) expect(sameJson(got.value.value, want.value)).toBe(true);
        if (!got.ok && !want.ok) expect(got.diagnostics.map((d) => d.code)).toEqual(['json.syntax']);
      }),
      { numRuns: 2000 },
    );
  });
});
