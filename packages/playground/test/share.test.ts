import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from '../src/page/share.js';
import { seedState } from '../src/page/examples.js';
import type { PlaygroundState } from '../src/page/state.js';

const stateArb: fc.Arbitrary<PlaygroundState> = fc.record({
  pane: fc.constantFrom('sns' as const, 'events' as const, 'dp' as const, 'iam' as const, 'analysis' as const),
  sns: fc.record({ scope: fc.constantFrom('MessageBody' as const, 'MessageAttributes' as const), policy: fc.string({ unit: 'grapheme' }), message: fc.string({ unit: 'binary' }) }),
  events: fc.record({ target: fc.constantFrom('EventBridge', 'sqs', 'kinesis'), pattern: fc.string(), event: fc.string({ unit: 'grapheme' }) }),
  dp: fc.record({ policy: fc.string(), message: fc.string({ unit: 'grapheme' }), principals: fc.string() }),
  iam: fc.record({ policies: fc.string(), request: fc.string() }),
  analysis: fc.record({ language: fc.constantFrom('SNS MessageAttributes', 'SNS MessageBody', 'EventBridge'), old: fc.string(), new: fc.string({ unit: 'grapheme' }) }),
});

describe('share links', () => {
  it('round-trip any state, and stay URL-safe', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const hash = encodeState(state);
        expect(hash).toMatch(/^#s=[A-Za-z0-9+\-$]*$/);
        expect(decodeState(hash, seedState())).toEqual(state);
      }),
    );
  });

  it('compress the seed examples well below a typical URL limit', () => {
    expect(encodeState(seedState()).length).toBeLessThan(8000);
  });

  it('ignore hashes that are not share links or do not decode', () => {
    expect(decodeState('', seedState())).toBeUndefined();
    expect(decodeState('#top', seedState())).toBeUndefined();
    expect(decodeState('#s=%%%not-lz', seedState())).toBeUndefined();
  });

  it('fill missing or mistyped fields from the fallback', () => {
    const fallback = seedState();
    const hash = encodeState({ pane: 'iam', sns: { scope: 'Nope', policy: 7 }, dp: null } as unknown as PlaygroundState);
    const decoded = decodeState(hash, fallback)!;
    expect(decoded.pane).toBe('iam');
    expect(decoded.sns).toEqual(fallback.sns);
    expect(decoded.dp).toEqual(fallback.dp);
  });
});
