import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy } from '../src/index.js';

const policy = { a: [{ prefix: 'x' }, 5], b: { c: [{ exists: false }] } };

describe('matchParsedBody', () => {
  const m = compileFilterPolicy(policy, { scope: 'MessageBody' });
  if (!m.ok) throw new Error('policy should be valid');
  const matcher = m.value;

  it('decides like match() on the same body text', () => {
    const value = fc.oneof(fc.constantFrom('x1', 'y', 5, 5.0000001, null, true), fc.string({ maxLength: 3 }));
    const body = fc.dictionary(fc.constantFrom('a', 'b', 'z'), fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.dictionary(fc.constantFrom('c', 'd'), value)));
    fc.assert(
      fc.property(body, (b) => {
        expect(matcher.matchParsedBody(b)).toEqual(matcher.match({ body: JSON.stringify(b) }));
      }),
      { numRuns: 500 },
    );
  });

  it('treats a parsed non-object as an invalid body', () => {
    for (const v of [null, [1], 'x', 3]) {
      expect(matcher.matchParsedBody(v)).toMatchObject({ delivered: false, metric: 'NumberOfNotificationsFilteredOut-InvalidMessageBody' });
    }
  });

  it('delivers a matching parsed body', () => {
    expect(matcher.matchParsedBody({ a: 'xyz' })).toEqual({ delivered: true });
  });
});
