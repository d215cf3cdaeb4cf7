import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';
import { messageArb, policyArb } from './arbitraries.js';

function decideBoth(policy: unknown, scope: FilterPolicyScope, message: SnsMessage) {
  const reference = compileFilterPolicy(policy, { scope, mode: 'reference' });
  const compiled = compileFilterPolicy(policy, { scope, mode: 'compiled' });
  expect(compiled.ok).toBe(reference.ok);
  if (!reference.ok || !compiled.ok) return undefined;
  return [reference.value.match(message), compiled.value.match(message)] as const;
}

describe('compiled evaluator ≡ reference evaluator', () => {
  for (const scope of ['MessageAttributes', 'MessageBody'] as const) {
    it(`agrees on random policies and messages (${scope})`, () => {
      let valid = 0;
      let delivered = 0;
      fc.assert(
        fc.property(policyArb(scope === 'MessageBody'), messageArb, (policy, message) => {
          const both = decideBoth(policy, scope, message);
          if (!both) return;
          valid++;
          const [ref, comp] = both;
          if (ref.delivered) delivered++;
          expect(comp.delivered).toBe(ref.delivered);
          expect(comp.metric).toBe(ref.metric);
        }),
        { numRuns: 1000 },
      );
      // The generator must mostly produce valid policies, or this test would prove little.
      expect(valid).toBeGreaterThan(500);
      expect(delivered).toBeGreaterThan(15);
    });
  }
});
