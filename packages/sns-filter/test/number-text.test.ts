/**
 * The textual prefilter for exact numbers in number arrays (route/number-text.ts): every plain
 * decimal token equal to a policy number at six decimals (SNS's precision) starts with the
 * number's prefix, so searching the text for it misses none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericKey } from '@arbiter/ir';
import { numberTextPrefix } from '../src/route/number-text.js';

/** Plain decimal JSON tokens (no exponent) for values within a few 1e-7 of `n`. */
const tokensNear = (n: number) =>
  fc.tuple(fc.integer({ min: -20, max: 20 }), fc.nat(3)).map(([steps, extra]) => {
    const v = n + steps * 5e-8;
    // Written with 7 to 10 decimals, then trailing zeros dropped as a writer might.
    return v.toFixed(7 + extra).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  });

describe('number text prefixes', () => {
  it('every plain token equal to n at six decimals starts with the prefix', () => {
    const policyNumber = fc.oneof(
      fc.constantFrom(37.80781, -122.41601, 1.5, 100, 0.5, 38, 9.999999, 10, -0.25, 123456.789),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((x) => Math.round(x * 1e5) / 1e5),
    );
    fc.assert(
      fc.property(policyNumber.chain((n) => fc.tuple(fc.constant(n), tokensNear(n))), ([n, text]) => {
        const prefix = numberTextPrefix(n);
        if (prefix === undefined || numericKey(Number(text)) !== numericKey(n)) return;
        expect(text.startsWith(prefix)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives prefixes through the decimal point, or none', () => {
    expect(numberTextPrefix(37.80781)).toBe('37.8078');
    expect(numberTextPrefix(-122.41601)).toBe('-122.416');
    expect(numberTextPrefix(1.5)).toBe('1');
    expect(numberTextPrefix(10)).toBeUndefined();
    expect(numberTextPrefix(0)).toBeUndefined();
    expect(numberTextPrefix(1e9)).toBeUndefined();
  });
});
