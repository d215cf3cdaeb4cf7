/**
 * Issue 17's reproducers, kept: shared sub-objects (item 1), wrong argument types from JavaScript
 * callers (item 5). Each returns a diagnostic or an answer, never a throw or a hang.
 */
import { describe, expect, it } from 'vitest';
import { compileFilterPolicy, createRouter, formatAwsError, matchFilterPolicy, validateFilterPolicy } from '@arbiter/sns-filter';
import { createScanner, parseDataProtectionPolicy, publishMessage, scanText } from '@arbiter/data-protection';
import { authorize, formatExplanation, loadPolicySet, validateIamPolicy } from '@arbiter/iam';
import { ODD_VALUES, PUBLIC_CALLS, sharedTower } from './hostile-values.js';

const codes = (r: { ok: boolean; diagnostics?: Array<{ code: string }> }) => (r.ok ? [] : (r.diagnostics ?? []).map((d) => d.code));

describe('item 1: shared sub-objects are bounded by the input guard', () => {
  it('SNS validateFilterPolicy on a 2^40 tower of shared arrays', () => {
    expect(codes(validateFilterPolicy({ a: sharedTower(40) }, { scope: 'MessageBody' }))).toEqual(['sns.policy-too-large']);
  });
  it('SNS createRouter with a shared policy value', () => {
    expect(codes(createRouter([{ id: 's', scope: 'MessageBody', policy: { a: sharedTower(40) } }]))).toEqual(['sns.policy-too-large']);
  });
  it('data protection policy with a shared Description', () => {
    expect(codes(parseDataProtectionPolicy({ Name: 'p', Description: sharedTower(40), Version: '2021-06-01', Statement: [] }))).toEqual(['dp.policy-too-large']);
  });
  it('IAM validateIamPolicy and authorize with a shared Condition value', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:username': sharedTower(40) } } }] };
    expect(validateIamPolicy(policy).diagnostics.map((d) => d.code)).toEqual(['input.too-large']);
    expect(codes(authorize({ identity: [policy] }, { action: 's3:GetObject' }))).toEqual(['input.too-large']);
  });
  it('a cycle is a diagnostic in every package', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' };
    cyclic.Statement = [cyclic];
    expect(codes(validateFilterPolicy({ a: [cyclic] }))).toEqual(['sns.policy-too-deep']);
    expect(codes(parseDataProtectionPolicy(cyclic))).toEqual(['input.cycle']);
    expect(validateIamPolicy(cyclic).diagnostics.map((d) => d.code)).toEqual(['input.cycle']);
  });
});

describe('item 5: wrong argument types from JavaScript callers', () => {
  it('the issue list returns diagnostics', () => {
    expect(codes(scanText('x', null as never))).toEqual([]);
    expect(codes(createScanner({ identifiers: 'Ssn-US' } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ identifiers: [null] } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ custom: [null] } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ custom: [{ name: 'X' }] } as never))).toEqual(['input.wrong-type']);
    expect(codes(createScanner({ custom: {} } as never))).toEqual(['input.wrong-type']);
    const policy = { Name: 'p', Version: '2021-06-01', Statement: [{ DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/Ssn-US'], Operation: { Audit: { SampleRate: 50, FindingsDestination: {} } } }] };
    expect(codes(publishMessage(policy, { message: 'x', principal: 'p', subscriptions: { s: null } } as never))).toEqual(['input.wrong-type']);
    expect(codes(publishMessage(policy, { message: 'x', principal: 'p', random: () => 'x' } as never))).toEqual(['input.callback-failed']);
    expect(codes(publishMessage(policy, { message: 'x', principal: 'p', random: () => { throw new Error('no'); } }))).toEqual(['input.callback-failed']);
    expect(codes(publishMessage(policy, { message: 'x', principal: 'p', now: new Date(Number.NaN) }))).toEqual(['input.wrong-type']);
    expect(codes(publishMessage(policy, null as never))).toEqual(['input.wrong-type']);
    expect(codes(validateFilterPolicy({ a: ['x'] }, { scope: 7 } as never))).toEqual(['input.wrong-type']);
    expect(codes(compileFilterPolicy({ a: ['x'] }, { mode: 'fast' } as never))).toEqual(['input.wrong-type']);
    expect(codes(createRouter([null] as never))).toEqual(['sns.invalid-subscription']);
    expect(codes(createRouter([], { extraction: 'eager' } as never))).toEqual(['input.wrong-type']);
    expect(codes(authorize({ identity: [] }, { action: 's3:GetObject' }, { mode: 1 } as never))).toEqual(['input.wrong-type']);
    expect(formatExplanation(null as never)).toMatch(/`decision` must be a decision from `authorize`, not `null`/);
    expect(formatAwsError(undefined as never)).toMatch(/input.wrong-type/);
    expect(codes(matchFilterPolicy({ a: ['x'] }, null as never, null as never))).toEqual([]);
    expect(codes(loadPolicySet(null as never))).toEqual(['iam.policy-set-wrong-type']);
  });

  it('every public function, every argument position, every odd value: no throw', () => {
    let calls = 0;
    for (const [name, call] of Object.entries(PUBLIC_CALLS)) {
      for (let position = 0; position < call.args.length; position++) {
        for (const odd of ODD_VALUES) {
          const args = [...call.args];
          args[position] = odd;
          expect(() => call.fn(...args), `${name} argument ${position}`).not.toThrow();
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(300);
  });
});
