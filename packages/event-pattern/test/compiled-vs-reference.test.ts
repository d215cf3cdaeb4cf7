/** The compiled evaluator decides every generated event exactly as the reference evaluator does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEventPattern } from '../src/index.js';
import { eventArb, patternArb } from './arbitraries.js';

describe('compiled ≡ reference', () => {
  it('agrees on generated patterns and events', () => {
    let matched = 0;
    fc.assert(
      fc.property(patternArb, fc.array(eventArb, { minLength: 1, maxLength: 5 }), (pattern, events) => {
        const reference = compileEventPattern(pattern, { mode: 'reference' });
        const compiled = compileEventPattern(pattern, { mode: 'compiled' });
        expect(compiled.ok).toBe(reference.ok);
        if (!reference.ok || !compiled.ok) return;
        for (const event of events) {
          const r = reference.value.match(event).matched;
          expect(compiled.value.match(event).matched).toBe(r);
          if (r) matched++;
        }
      }),
      { numRuns: 300 },
    );
    // The generators must produce matches too, or the property says little.
    expect(matched).toBeGreaterThan(5);
  });

  it('accepts every generated pattern (the generator builds valid ones)', () => {
    fc.assert(fc.property(patternArb, (pattern) => compileEventPattern(pattern).ok), { numRuns: 200 });
  });
});
