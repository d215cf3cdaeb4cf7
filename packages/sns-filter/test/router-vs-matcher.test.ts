import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, type FilterMatcher, type Subscription } from '@arbiter/sns-filter';
import { messageArb, policyArb, scopeArb } from './arbitraries.js';

const subscriptionsArb = fc
  .array(
    scopeArb.chain((scope) =>
      fc.record({ scope: fc.constant(scope), policy: fc.oneof({ weight: 9, arbitrary: policyArb(scope === 'MessageBody') }, fc.constantFrom('', {})) }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((subs) => subs.map((s, i): Subscription => ({ id: `s${i}`, ...s })));

/** The obvious implementation the router must equal: every subscription's matcher in turn. */
function loopMatchers(subs: Subscription[], mode: 'reference' | 'compiled' = 'reference'): { id: string; matcher: FilterMatcher }[] {
  return subs.flatMap((s) => {
    const m = compileFilterPolicy(s.policy, { scope: s.scope, mode });
    return m.ok ? [{ id: s.id, matcher: m.value }] : [];
  });
}

describe('router ≡ looping the single-policy matcher', () => {
  it('reference evaluator ≡ compiled evaluator ≡ router, on random subscription sets and messages', () => {
    fc.assert(
      fc.property(subscriptionsArb, fc.array(messageArb, { minLength: 1, maxLength: 5 }), (subs, messages) => {
        const valid = loopMatchers(subs);
        const compiled = loopMatchers(subs, 'compiled');
        const validIds = new Set(valid.map((v) => v.id));
        const router = createRouter(subs.filter((s) => validIds.has(s.id)));
        expect(router.ok).toBe(true);
        if (!router.ok) return;
        for (const message of messages) {
          const expected = valid.filter((v) => v.matcher.match(message).delivered).map((v) => v.id);
          expect(compiled.filter((v) => v.matcher.match(message).delivered).map((v) => v.id)).toEqual(expected);
          expect(router.value.route(message)).toEqual(expected);
        }
      }),
      { numRuns: 250 },
    );
    // Three implementations per run: on a loaded shared machine this takes about a minute.
  }, 180_000);

  it('stays equal to the loop through incremental add and remove', () => {
    fc.assert(
      fc.property(subscriptionsArb, fc.array(fc.nat(), { maxLength: 6 }), messageArb, (subs, removals, message) => {
        const valid = loopMatchers(subs);
        const router = createRouter([]);
        if (!router.ok) throw new Error('empty router');
        const r = router.value;
        for (const v of valid) expect(r.add(subs.find((s) => s.id === v.id)!).ok).toBe(true);
        const removed = new Set<string>();
        for (const n of removals) {
          const victim = valid[n % Math.max(valid.length, 1)];
          if (!victim) continue;
          expect(r.remove(victim.id)).toBe(!removed.has(victim.id));
          removed.add(victim.id);
        }
        // Re-adding a removed one puts it at the end of the order.
        const readd = valid.find((v) => removed.has(v.id));
        if (readd) {
          expect(r.add(subs.find((s) => s.id === readd.id)!).ok).toBe(true);
          removed.delete(readd.id);
        }
        const order = [...valid.filter((v) => !removed.has(v.id) && v !== readd), ...(readd ? [readd] : [])];
        expect(r.size).toBe(order.length);
        const expected = order.filter((v) => v.matcher.match(message).delivered).map((v) => v.id);
        expect(r.route(message)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
