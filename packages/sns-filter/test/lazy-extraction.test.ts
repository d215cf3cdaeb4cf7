/**
 * The lazy body extraction (straight from the text) against the reference (`JSON.parse`): the
 * router decides alike with either extraction and like looping the single-policy matcher, on
 * random policies and hostile body text. (The JSON kit's own readers are checked against
 * `JSON.parse` in packages/ir/test/json-kit.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, type FilterMatcher, type Subscription } from '@arbiter/sns-filter';
import { jsonTextArbitraries } from '../../ir/test/json-text-arbitraries.js';
import { keys, policyArb } from './arbitraries.js';

/** Body text whose keys are the ones the generated policies name. */
const { bodyTextArb } = jsonTextArbitraries(keys);

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
  }, 240_000); // 600 generated cases: seconds on a quiet machine, more when CI shares its cores
});
