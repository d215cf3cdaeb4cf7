/**
 * The lazy body extraction (straight from the text) against the reference (`JSON.parse`): the
 * validating skipper accepts exactly what `JSON.parse` accepts, the decoders return what it
 * returns, and the router decides alike with either extraction and like looping the
 * single-policy matcher, on random policies and hostile body text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, type FilterMatcher, type Subscription } from '@arbiter/sns-filter';
import { exactNumber, readString, scanNumber, type NumberToken } from '../src/message/json-read.js';
import { isJsonText, skipValue, skipWhitespace } from '../src/message/json-skip.js';
import { policyArb } from './arbitraries.js';
import { bodyTextArb, jsonTextArb, numberTokenArb, stringTokenArb } from './json-text-arbitraries.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('validating skipper ≡ JSON.parse acceptance', () => {
  it('accepts exactly the texts JSON.parse accepts (bodies, mutated bodies, any JSON)', () => {
    fc.assert(
      fc.property(fc.oneof(bodyTextArb, jsonTextArb), (text) => {
        expect(isJsonText(text)).toBe(parses(text));
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

describe('token decoders ≡ JSON.parse', () => {
  it('decodes strings with escapes, surrogate pairs and lone surrogates exactly', () => {
    const end = { at: 0 };
    fc.assert(
      fc.property(stringTokenArb, fc.constantFrom('', ' ', ',1'), (token, rest) => {
        expect(readString(token + rest, 0, end)).toBe(JSON.parse(token));
        expect(end.at).toBe(token.length);
      }),
      { numRuns: 2000 },
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

const bodySubscriptionsArb = fc
  .array(fc.oneof({ weight: 9, arbitrary: policyArb(true) }, fc.constant('')), { minLength: 1, maxLength: 8 })
  .map((policies) => policies.map((policy, i): Subscription => ({ id: `s${i}`, scope: 'MessageBody', policy })));

function matchers(subs: Subscription[]): { id: string; matcher: FilterMatcher }[] {
  return subs.flatMap((s) => {
    const m = compileFilterPolicy(s.policy, { scope: s.scope, mode: 'reference' });
    return m.ok ? [{ id: s.id, matcher: m.value }] : [];
  });
}

describe('lazy extraction ≡ parse extraction ≡ single-policy matcher', () => {
  it('routes hostile body text like the reference', () => {
    fc.assert(
      fc.property(bodySubscriptionsArb, fc.array(bodyTextArb, { minLength: 1, maxLength: 6 }), (subs, bodies) => {
        const valid = matchers(subs);
        const ids = new Set(valid.map((v) => v.id));
        const routed = subs.filter((s) => ids.has(s.id));
        const lazy = createRouter(routed);
        const parse = createRouter(routed, { extraction: 'parse' });
        if (!lazy.ok || !parse.ok) throw new Error('valid subscriptions must route');
        for (const body of bodies) {
          const expected = valid.filter((v) => v.matcher.match({ body }).delivered).map((v) => v.id);
          expect(parse.value.route({ body })).toEqual(expected);
          expect(lazy.value.route({ body })).toEqual(expected);
        }
      }),
      { numRuns: 600 },
    );
  });
});
