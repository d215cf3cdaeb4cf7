import { describe, expect, it } from 'vitest';
import { must } from './must.js';
import { compileFilterPolicy } from '@arbiter/sns-filter';
import { analyzeSubscriptions } from '@arbiter/analysis';

type Scope = 'MessageAttributes' | 'MessageBody';
const delivered = (policy: object, message: object, scope: Scope) =>
  must(compileFilterPolicy(policy, { scope })).match(message as never).delivered;

describe('analyzeSubscriptions', () => {
  // Two policies that need different exact values of one key still share messages: a String.Array
  // attribute (or a body array) holds both values, and SNS delivers when any value matches.
  for (const scope of ['MessageAttributes', 'MessageBody'] as const) {
    it(`different exact values of one key overlap through an array (${scope})`, () => {
      const x = { k: ['x'] };
      const y = { k: ['y'] };
      const out = must(analyzeSubscriptions([{ id: 'x', policy: x, scope }, { id: 'y', policy: y, scope }]));
      expect(out.pairsChecked).toBe(1);
      expect(out.overlaps).toHaveLength(1);
      const witness = out.overlaps[0]!.both!;
      expect(delivered(x, witness, scope)).toBe(true);
      expect(delivered(y, witness, scope)).toBe(true);
    });
  }

  it('reports a policy that never matches and a duplicate pair', () => {
    const dead = { kind: [{ exists: false }], $or: [{ kind: ['x'] }, { kind: ['y'] }] };
    const out = must(
      analyzeSubscriptions([
        { id: 'a', policy: { store: ['s1'] } },
        { id: 'b', policy: { store: ['s1'] } },
        { id: 'dead', policy: dead },
      ]),
    );
    const codes = out.diagnostics.map((d) => `${d.code} ${String(d.params?.subscription)}`);
    expect(codes).toContain('analysis.duplicate-subscriptions b');
    expect(codes).toContain('analysis.never-matches dead');
  });

  it('does not compare subscriptions of different scopes', () => {
    const out = must(
      analyzeSubscriptions([
        { id: 'attrs', policy: { k: ['x'] }, scope: 'MessageAttributes' },
        { id: 'body', policy: { k: ['x'] }, scope: 'MessageBody' },
      ]),
    );
    expect([out.pairsChecked, out.pairsSkipped]).toEqual([0, 1]);
  });
});
