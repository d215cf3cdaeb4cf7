/**
 * fast-check: the compiled evaluator decides exactly as the reference evaluator (decision and
 * deciding statements) on random policies and requests drawn from a vocabulary that makes matches
 * likely: every operator family, qualifiers, IfExists, variables with defaults, escapes, wildcards,
 * NotAction/NotResource, Principal/NotPrincipal, boundaries, SCP levels, session and resource
 * policies. Both evaluators run the same IR (policy/to-ir.ts): this checks each predicate's
 * compiled form against its reference test, and the compiled statement shortcuts (action plans,
 * resource index, principal grants) against the plain reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, type IamRequest, type PolicySet } from '../src/index.js';

const keys = ['aws:PrincipalTag/team', 'aws:ResourceTag/team', 'aws:TagKeys', 'aws:SourceIp', 'aws:CurrentTime', 'aws:MultiFactorAuthAge', 'aws:SecureTransport', 'aws:SourceArn'];
const words = ['blue', 'Blue', 'red', '', 'b*', 'bl?e', '*', '${aws:PrincipalTag/team}', "${aws:PrincipalTag/x, 'blue'}", 'a${*}', 'a${?}', 'arn:aws:sns:*:*:t${$}', '10', '10.0', '2020-01-01', '1577836800', '203.0.113.0/24', '203.0.113.7', 'true', 'FALSE', 'arn:aws:sns:*:*:t*', 'QQ=='];
const operators = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericGreaterThanEquals', 'DateEquals', 'DateLessThan', 'DateGreaterThan',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnLike', 'ArnNotEquals', 'Null',
];
const operatorText = fc
  .tuple(fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'), fc.constantFrom(...operators), fc.boolean())
  .filter(([q, op, ifx]) => !(op === 'Null' && ifx) && !(op === 'Null' && q !== ''))
  .map(([q, op, ifx]) => q + op + (ifx ? 'IfExists' : ''));
const variableOk = (op: string) => /String|Arn/.test(op);
const condition = fc
  .tuple(operatorText, fc.constantFrom(...keys), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }))
  .map(([op, key, values]) => ({ [op]: { [key]: values.filter((v) => variableOk(op) || !v.includes('${')).concat(['blue']) } }));
const actions = fc.constantFrom('lambda:InvokeFunction', 'lambda:*', 'lambda:Get*', 's3:*', '*', 'LAMBDA:invoke?unction');
const resources = fc.constantFrom('*', 'arn:aws:lambda:*:*:function:*', 'arn:aws:lambda:us-east-1:123456789012:function:${aws:PrincipalTag/team}-*', 'arn:aws:s3:::b/*');
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  act: fc.tuple(fc.constantFrom('Action', 'NotAction'), fc.array(actions, { minLength: 1, maxLength: 2 })),
  res: fc.tuple(fc.constantFrom('Resource', 'NotResource'), fc.array(resources, { minLength: 1, maxLength: 2 })),
  Condition: fc.option(condition, { nil: undefined }),
});
const policy = fc.array(statement, { minLength: 1, maxLength: 3 }).map((sts) => ({
  Version: '2012-10-17',
  Statement: sts.map(({ Effect, act, res, Condition }) => ({ Effect, [act[0]]: act[1], [res[0]]: res[1], ...(Condition ? { Condition } : {}) })),
}));
const principals = ['arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:role/dev', 'arn:aws:sts::123456789012:assumed-role/dev/s', '123456789012', '*'];
// Principal and NotPrincipal, naming users, roles (for the role and its sessions), sessions, accounts, services.
const principalEntries = [...principals, 'arn:aws:iam::123456789012:root', 'arn:aws:iam::123456789012:role/path/dev', 'arn:aws:iam::210987654321:role/dev'];
const resourcePolicy = fc
  .tuple(fc.constantFrom('Allow', 'Deny'), fc.constantFrom('Principal', 'Principal', 'NotPrincipal'), fc.array(fc.constantFrom(...principalEntries), { minLength: 1, maxLength: 2 }), fc.boolean(), fc.option(condition, { nil: undefined }))
  .map(([Effect, element, entries, service, Condition]) => ({
    Version: '2012-10-17',
    Statement: [{
      Effect,
      [element]: entries.includes('*') && element === 'Principal' ? '*' : { AWS: entries.filter((e) => e !== '*'), ...(service ? { Service: 'lambda.amazonaws.com' } : {}) },
      Action: 'lambda:*',
      Resource: '*',
      ...(Condition ? { Condition } : {}),
    }],
  }));
const policySet: fc.Arbitrary<PolicySet> = fc.record(
  {
    identity: fc.array(policy, { maxLength: 2 }),
    resource: fc.array(resourcePolicy, { maxLength: 2 }),
    boundary: fc.array(policy, { minLength: 1, maxLength: 1 }),
    scpLevels: fc.array(fc.array(policy, { maxLength: 1 }), { minLength: 1, maxLength: 2 }),
    session: fc.array(policy, { minLength: 1, maxLength: 1 }),
  },
  { requiredKeys: ['identity'] },
);
const contextValue = fc.oneof(fc.constantFrom('blue', 'Blue', 'red', '', 'a*', 'a?', 'ab', 'arn:aws:sns:us-east-1:1:t$', '10', '2021-06-01T00:00:00Z', '203.0.113.9', 'true', 'QQ==', 'arn:aws:sns:us-east-1:1:topic'), fc.array(fc.constantFrom('blue', 'red', 'team', 'a*'), { maxLength: 2 }));
const request: fc.Arbitrary<IamRequest> = fc.record({
  action: fc.constantFrom('lambda:InvokeFunction', 'lambda:GetFunction', 's3:GetObject'),
  resource: fc.constantFrom('arn:aws:lambda:us-east-1:123456789012:function:blue-fn', 'arn:aws:s3:::b/k', '*'),
  principal: fc.option(fc.constantFrom(...principals.slice(0, 3), 'arn:aws:iam::123456789012:root', 'arn:aws:sts::123456789012:assumed-role/other/s', 'arn:aws:iam::123456789012:role/path/dev', 'lambda.amazonaws.com'), { nil: undefined }),
  context: fc.dictionary(fc.constantFrom(...keys, 'aws:principaltag/TEAM', 'aws:PrincipalTag/x'), contextValue, { maxKeys: 5 }),
});

describe('compiled ≡ reference', () => {
  it('agrees on decision and deciding statements', () => {
    fc.assert(
      fc.property(policySet, request, (set, req) => {
        const ref = authorize(set, req, { mode: 'reference' });
        const cmp = authorize(set, req, { mode: 'compiled' });
        expect(cmp.ok).toBe(ref.ok);
        if (ref.ok && cmp.ok) {
          expect({ decision: cmp.value.decision, deciding: cmp.value.deciding }).toEqual({ decision: ref.value.decision, deciding: ref.value.deciding });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('draws every decision kind (the generator is not degenerate)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(policySet, request, (set, req) => {
        const r = authorize(set, req);
        if (r.ok) seen.add(r.value.decision);
      }),
      { numRuns: 1500 },
    );
    expect([...seen].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
  });
});
