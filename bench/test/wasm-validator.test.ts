/**
 * The WebAssembly validator prototype (bench/wasm-json/validator.wat, an experiment for issue #16 that did not pay) against `JSON.parse`: on
 * generated texts (valid and mutated), on raw bytes including malformed UTF-8 (the verdict of
 * their decoding), on deep nesting, and its table of value ends against the kit's `skipValue`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipString, skipValue, skipWhitespace, textOfBytes } from '@arbiter/ir';
import { jsonTextArbitraries } from '../../packages/ir/test/json-text-arbitraries.js';
import { loadWasmValidator, type WasmValidator } from '../wasm-json/validator.mjs';

const accepts = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
const { bodyTextArb, jsonTextArb } = jsonTextArbitraries(fc.constantFrom('a', 'b', 'a.b', 'é', '\\u0061'));
const textArb = fc.oneof(bodyTextArb, jsonTextArb);
let wasm: WasmValidator;
beforeAll(async () => {
  wasm = await loadWasmValidator();
});

describe('wasm JSON validator', () => {
  it.each([
    ['{}', true], ['[]', true], [' [1, -0.5e+3 ,{"x":[true,false,null]}] ', true], ['"\\u00e9\\/"', true], ['"\ud800"', true],
    ['01', false], ['-', false], ['1.', false], ['1e', false], ['.5', false], ['{"a" 1}', false], ['[1,]', false], ['{,}', false],
    ['tru', false], ['nul', false], ['"\t"', false], ['"\\x"', false], ['"\\u12"', false], ['[[]', false], ['', false], ['1 2', false], ['\ufeff1', false],
    ['1\u0000', false], ['[1}', false], ['{"a":1]', false],
  ])('%j: JSON.parse accepts it: %s', (text, expected) => {
    expect(accepts(text)).toBe(expected);
    expect(wasm.validateText(text).ok).toBe(expected);
  });

  it('agrees with JSON.parse on generated texts', () => {
    fc.assert(fc.property(textArb, (text) => wasm.validateText(text).ok === accepts(text)), { numRuns: 3000, seed: 31 });
  });

  it('gives raw UTF-8 bytes, malformed or not, the verdict of their decoding', () => {
    const junk = fc.constantFrom(0x80, 0xbf, 0xc3, 0xe2, 0xed, 0xf0, 0xff, 0xef);
    const bytesArb = fc.tuple(textArb, fc.nat(), fc.array(junk, { minLength: 1, maxLength: 3 })).map(([text, at, extra]) => {
      const utf8 = Buffer.from(text, 'utf8');
      const i = utf8.length === 0 ? 0 : at % utf8.length;
      return Buffer.concat([utf8.subarray(0, i), Buffer.from(extra), utf8.subarray(i)]);
    });
    fc.assert(fc.property(bytesArb, (bytes) => wasm.validateBytes(bytes) === accepts(textOfBytes(bytes))), { numRuns: 2000, seed: 37 });
  });

  it('validates nesting far deeper than a recursive parser could', () => {
    const depth = 200_000;
    expect(wasm.validateText('['.repeat(depth) + ']'.repeat(depth)).ok).toBe(true);
    expect(wasm.validateText('{"a":'.repeat(depth) + '1' + '}'.repeat(depth - 1)).ok).toBe(false);
  });

  it("records every value's end where the kit's skipper ends it (ASCII texts: bytes are code units)", () => {
    const ascii = textArb.filter((t) => t.length < 4000 && /^[\x00-\x7f]*$/.test(t) && accepts(t));
    fc.assert(
      fc.property(ascii, (text) => {
        const { ok, end } = wasm.validateText(text, true);
        if (!ok) return false;
        for (const start of valueStarts(text, skipWhitespace(text, 0))) if (end(start) !== skipValue(text, start)) return false;
        return true;
      }),
      { numRuns: 1000, seed: 41 },
    );
  });
});

/** The start of every value in the (valid) text `s` from `i`, containers before what they hold. */
function valueStarts(s: string, i: number, out: number[] = []): number[] {
  out.push(i);
  const isObject = s[i] === '{';
  if (!isObject && s[i] !== '[') return out;
  i = skipWhitespace(s, i + 1);
  if (s[i] === '}' || s[i] === ']') return out;
  for (;;) {
    if (isObject) i = skipWhitespace(s, skipWhitespace(s, skipString(s, i)) + 1);
    valueStarts(s, i, out);
    i = skipWhitespace(s, skipValue(s, i));
    if (s[i] !== ',') return out;
    i = skipWhitespace(s, i + 1);
  }
}
