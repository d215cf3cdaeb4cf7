/**
 * Completeness of the six-decimal number candidates (src/engine/key-candidates.ts): for any finite
 * number x, some candidate compares with every constant as x does (below, equal or above, at six
 * decimals) — so the regions the constants cut are all met — whenever the set says it is complete.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericKey } from '@arbiter/ir';
import { keyCandidates } from '../src/engine/key-candidates.js';

const around = fc.constantFrom(0, 1, -1, 1e-6, 2e-6, 1.5e-6, 0.1, 1e9, 5e9, 2 ** 33, 2 ** 33 - 1e-6, 2 ** 33 + 2, 1e15, 1.7976931348623157e308, -1.7976931348623157e308, 123456.7890125);
const numberArb = fc.oneof(
  around,
  fc.tuple(around, fc.integer({ min: -3, max: 3 })).map(([n, k]) => n + k * 1e-6),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1e6),
);

const signature = (v: number, keys: readonly number[]) => keys.map((k) => Math.sign(numericKey(v) - k)).join(',');

describe('keyCandidates', () => {
  it('meets the region of every number: some candidate compares with each constant as it does', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(numberArb, { minLength: 1, maxLength: 5 }), fc.array(numberArb, { minLength: 1, maxLength: 10 }), (constants, probes) => {
        const { values, complete } = keyCandidates(constants);
        expect(values.every(Number.isFinite)).toBe(true);
        if (!complete) return;
        checked++;
        const keys = [...new Set(constants.map(numericKey))];
        const seen = new Set(values.map((v) => signature(v, keys)));
        for (const x of probes) if (Number.isFinite(x)) expect(seen.has(signature(x, keys)), `${x} among ${JSON.stringify(constants)}`).toBe(true);
      }),
      { numRuns: 2000, seed: 43 },
    );
    // Incomplete sets are rare (keys either side of 2³³ with no number found between): most runs check.
    expect(checked).toBeGreaterThan(1900);
  });

  it('adds nothing between neighbouring keys, and nothing beyond the largest double', () => {
    expect(keyCandidates([0.000001, 0.000002])).toEqual({ values: [0.000001, 0.000002, 0.000001 - 1, 1.000002], complete: true });
    expect(keyCandidates([1.7976931348623157e308]).values).toHaveLength(2);
  });
});
