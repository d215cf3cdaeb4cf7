/** Statement selection is compiled once per policy and agrees with the reference evaluator. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, parseDataProtectionPolicy, publishMessage, type DataProtectionPolicy } from '../src/index.js';

const arn = (n: string): string => `arn:aws:dataprotection::aws:data-identifier/${n}`;
const principals = ['*', '111122223333', 'arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::444455556666:user/Ana'];
const callers = [
  'arn:aws:iam::111122223333:role/Admin', 'arn:aws:sts::111122223333:assumed-role/Admin/s1', 'arn:aws:iam::111122223333:user/Bo',
  'arn:aws:iam::444455556666:user/Ana', 'arn:aws:iam::444455556666:role/Admin',
];

function policyOf(statements: Array<{ direction: 'Inbound' | 'Outbound'; principals: string[] }>): DataProtectionPolicy {
  const r = parseDataProtectionPolicy({
    Name: 'p', Version: '2021-06-01',
    Statement: statements.map((s, i) => ({ Sid: `s${i}`, DataDirection: s.direction, Principal: s.principals, DataIdentifier: [arn('Ssn-US')], Operation: { Deny: {} } })),
  });
  if (!r.ok) throw new Error(r.diagnostics[0]!.message);
  return r.value;
}

describe('compilePolicy', () => {
  it('returns the same compiled policy for the same parsed policy, so publishes do not recompile', () => {
    const p = policyOf([{ direction: 'Inbound', principals: ['*'] }]);
    const first = compilePolicy(p);
    publishMessage(p, { message: 'hello', principal: callers[0]! });
    expect(compilePolicy(p)).toBe(first);
    expect(first.ir.rules.map((r) => r.id)).toEqual(['s0']);
  });

  it('selects the same statements compiled and by reference (generated policies and callers)', () => {
    const statement = fc.record({
      direction: fc.constantFrom('Inbound' as const, 'Outbound' as const),
      principals: fc.uniqueArray(fc.constantFrom(...principals), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), fc.constantFrom(...callers), fc.constantFrom('Inbound' as const, 'Outbound' as const), (statements, caller, direction) => {
        const c = compilePolicy(policyOf(statements));
        expect(c.select(direction, caller, 'compiled').map((s) => s.id)).toEqual(c.select(direction, caller, 'reference').map((s) => s.id));
      }),
      { numRuns: 200 },
    );
  });

  it('selects by direction and principal', () => {
    const c = compilePolicy(policyOf([
      { direction: 'Inbound', principals: ['arn:aws:iam::111122223333:role/Admin'] },
      { direction: 'Outbound', principals: ['*'] },
      { direction: 'Inbound', principals: ['444455556666'] },
    ]));
    expect(c.select('Inbound', 'arn:aws:sts::111122223333:assumed-role/Admin/s1').map((s) => s.id)).toEqual(['s0']);
    expect(c.select('Inbound', 'arn:aws:iam::444455556666:user/Ana').map((s) => s.id)).toEqual(['s2']);
    expect(c.select('Outbound', 'arn:aws:iam::444455556666:user/Ana').map((s) => s.id)).toEqual(['s1']);
  });
});
