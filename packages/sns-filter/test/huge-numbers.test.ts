/**
 * Issue #17 item 3: the six-decimal key once scaled every number by 1e6, which overflowed to
 * Infinity for |n| ≥ ~1.8e302, so all such numbers were "equal" to the matcher while the
 * router's distance prefilter said otherwise. Each reproducer from the issue, through the
 * reference matcher, the compiled matcher and the router (alone and beside 40 unrelated
 * exact-number subscriptions, which switch the router to its general number path).
 */
import { describe, expect, it } from 'vitest';
import { numbersEqual, numericKey } from '@arbiter/ir';
import { compileFilterPolicy, createRouter, type FilterPolicyScope, type SnsMessage } from '@arbiter/sns-filter';

interface Repro {
  name: string;
  scope: FilterPolicyScope;
  policy: unknown;
  message: SnsMessage;
  /** From the meaning, not from a run: is the message's number what the policy asks for? */
  delivered: boolean;
}

const body = (text: string): SnsMessage => ({ body: text });
const repros: Repro[] = [
  // 1e400 overflows to Infinity, which equals no finite number.
  { name: 'max double vs 1e400', scope: 'MessageBody', policy: { a: [1.7976931348623157e308] }, message: body('{"a":1e400}'), delivered: false },
  { name: 'exact 1e303 vs 2e303', scope: 'MessageBody', policy: { a: [1e303] }, message: body('{"a":2e303}'), delivered: false },
  { name: 'exact 1e303 vs 1e303', scope: 'MessageBody', policy: { a: [1e303] }, message: body('{"a":1.000e303}'), delivered: true },
  { name: "numeric ['=',1e303] vs 5e305", scope: 'MessageBody', policy: { a: [{ numeric: ['=', 1e303] }] }, message: body('{"a":5e305}'), delivered: false },
  {
    name: 'attribute Number 2e303',
    scope: 'MessageAttributes',
    policy: { a: [1e303] },
    message: { attributes: { a: { Type: 'Number', Value: '2e303' } } },
    delivered: false,
  },
  { name: 'anything-but [1e303] vs 2e303', scope: 'MessageBody', policy: { a: [{ 'anything-but': [1e303] }] }, message: body('{"a":2e303}'), delivered: true },
  { name: "numeric ['>',1e303] vs 2e303", scope: 'MessageBody', policy: { a: [{ numeric: ['>', 1e303] }] }, message: body('{"a":2e303}'), delivered: true },
];

/** Unrelated exact-number subscriptions on the same key. */
const crowd = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, policy: { a: [i + 0.5] } }));

describe('huge numbers: matcher ≡ router (issue #17 item 3)', () => {
  it.each(repros)('$name', ({ scope, policy, message, delivered }) => {
    for (const mode of ['reference', 'compiled'] as const) {
      const m = compileFilterPolicy(policy, { scope, mode });
      expect(m.ok).toBe(true);
      if (m.ok) expect(m.value.match(message).delivered, mode).toBe(delivered);
    }
    for (const extraction of ['lazy', 'parse'] as const) {
      const alone = createRouter([{ id: 's', scope, policy }], { extraction });
      expect(alone.ok && alone.value.route(message)).toEqual(delivered ? ['s'] : []);
      const crowded = createRouter([{ id: 's', scope, policy }, ...crowd.map((c) => ({ ...c, scope }))], { extraction });
      expect(crowded.ok && crowded.value.route(message).filter((id) => id === 's')).toEqual(delivered ? ['s'] : []);
    }
  });

  it('keys never overflow: distinct huge numbers stay distinct, equal ones equal', () => {
    expect(numericKey(1.7976931348623157e308)).toBe(1.7976931348623157e308);
    expect(numbersEqual(1e303, 2e303)).toBe(false);
    expect(numbersEqual(-1e303, -2e303)).toBe(false);
    expect(numbersEqual(1e303, 1e303)).toBe(true);
    expect(numbersEqual(1.7976931348623157e308, Infinity)).toBe(false);
    // Six decimals still decide below 2^33, and the key is monotonic across it.
    expect(numbersEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(numbersEqual(100.0000001, 100)).toBe(true);
    expect(numbersEqual(100.000001, 100)).toBe(false);
    expect(numericKey(2 ** 33 - 1e-7)).toBeLessThanOrEqual(numericKey(2 ** 33));
    expect(numericKey(-(2 ** 33))).toBeLessThanOrEqual(numericKey(-(2 ** 33) + 1e-6));
  });
});
