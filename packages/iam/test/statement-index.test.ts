/**
 * fast-check: the compiled evaluator's statement index decides exactly as the reference on LARGE
 * policy sets (hundreds of statements, so every list is long enough to be indexed) and on many
 * requests decided one after another by ONE compiled set (so the per-request memo, the memoised
 * action plans and the shared context layouts are carried from request to request). Policies
 * draw from small pools, so statements share Resource, Principal and Condition elements (the
 * interned tests), and cover exact actions in any case, service globs, `?`, `*`, NotAction, NotResource, variables, non-ARN resources, boundaries, SCP levels and
 * resource-based policies naming principals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, compilePolicySet, type IamRequest, type PolicySet } from '../src/index.js';

const actionPatterns = [
  's3:GetObject', 'S3:getobject', 's3:PutObject', 's3:Get*', 's3:g?tobject', 's3:*', 's3:Get*Object?', '*', 'lambda:InvokeFunction',
  'lambda:Invoke*', 'lambda:*', 'LAMBDA:Invoke?unction', 'kms:Decrypt', 'kms:*crypt', 'sqs:SendMessage', 'sqs:Send?essage',
];
const resourcePatterns = [
  '*', 'arn:aws:s3:::alpha-bucket/*', 'arn:aws:s3:::alpha-bucket/reports/*', 'arn:aws:s3:::alpha-*', 'arn:aws:s3:::beta-bucket/*', 'arn:aws:s3:::a?pha-bucket/*',
  'arn:aws:s3:::alpha-bucket/reports/1.csv', 'arn:aws:s3:::alpha-bucket', 'arn:aws:lambda:*:123456789012:function:alpha-*', 'arn:aws:lambda:us-east-1:*:function:beta-?',
  'arn:aws:lambda:*:*:function:*', 'arn:aws:kms:us-east-1:123456789012:key/*', 'arn:aws:sqs:*:123456789012:alpha-*', 'arn:aws:*:*:*:alpha-*',
  'arn:aws:s3:::${aws:PrincipalTag/team}-bucket/*', 'arn:aws:lambda:*:*:function:${aws:PrincipalTag/team}-*', 'arn:aws:s3:::alpha-bucket/${*}',
];
const conditionPool = [
  { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'alpha' } },
  { StringLike: { 'aws:PrincipalTag/team': 'al*' } },
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } },
  { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': 't*' } },
  { StringNotEqualsIfExists: { 'aws:RequestTag/team': '${aws:PrincipalTag/team}' } },
  { Null: { 'aws:ResourceTag/team': 'false' } },
];
const principalPool = ['*', 'arn:aws:iam::123456789012:role/dev', 'arn:aws:iam::123456789012:user/alice', '123456789012', 'arn:aws:iam::210987654321:root'];

const statement = fc
  .record({
    Effect: fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
    act: fc.tuple(fc.constantFrom('Action', 'Action', 'Action', 'NotAction'), fc.array(fc.constantFrom(...actionPatterns), { minLength: 1, maxLength: 3 })),
    res: fc.tuple(fc.constantFrom('Resource', 'Resource', 'Resource', 'NotResource'), fc.array(fc.constantFrom(...resourcePatterns), { minLength: 1, maxLength: 3 })),
    cond: fc.option(fc.array(fc.constantFrom(...conditionPool), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ Effect, act, res, cond }) => ({
    Effect,
    [act[0]]: act[1],
    [res[0]]: res[1],
    ...(cond ? { Condition: Object.assign({}, ...cond.map((c) => JSON.parse(JSON.stringify(c)))) } : {}),
  }));
const policy = fc.array(statement, { minLength: 1, maxLength: 4 }).map((Statement) => ({ Version: '2012-10-17', Statement }));
const resourcePolicy = fc
  .tuple(statement, fc.constantFrom('Principal', 'Principal', 'NotPrincipal'), fc.array(fc.constantFrom(...principalPool), { minLength: 1, maxLength: 2 }))
  .map(([st, element, entries]) => ({
    Version: '2012-10-17',
    Statement: [{ ...st, [element]: entries.includes('*') && element === 'Principal' ? '*' : { AWS: entries.filter((e) => e !== '*').concat(['arn:aws:iam::123456789012:root']) } }],
  }));
const policySet: fc.Arbitrary<PolicySet> = fc.record(
  {
    identity: fc.array(policy, { minLength: 16, maxLength: 60, size: 'max' }),
    resource: fc.array(resourcePolicy, { maxLength: 20 }),
    boundary: fc.array(policy, { minLength: 5, maxLength: 10 }),
    scpLevels: fc.array(fc.array(policy, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['identity'] },
);

const contextKeys = ['aws:ResourceTag/team', 'aws:PrincipalTag/team', 'aws:principaltag/TEAM', 'aws:MultiFactorAuthPresent', 'aws:SourceIp', 'aws:CurrentTime', 'aws:RequestTag/team'];
const contextValue = fc.constantFrom('alpha', 'beta', 'Alpha', 'true', 'false', '10.1.2.3', '192.0.2.9', '203.0.113.9', '2026-03-01T12:00:00Z', '2031-01-01T00:00:00Z', '');
const context = fc.oneof(
  fc.dictionary(fc.constantFrom(...contextKeys), contextValue, { maxKeys: 6 }),
  fc.record({ 'aws:TagKeys': fc.array(fc.constantFrom('team', 'project', 'cost'), { maxLength: 3 }), 'aws:PrincipalTag/team': contextValue }),
);
const request: fc.Arbitrary<IamRequest> = fc.record(
  {
    action: fc.constantFrom('s3:GetObject', 'S3:GETOBJECT', 's3:PutObject', 's3:ListBucket', 'lambda:InvokeFunction', 'lambda:GetFunction', 'kms:Decrypt', 'kms:Encrypt', 'sqs:SendMessage', 'sns:Publish', 'noservice'),
    resource: fc.constantFrom(
      'arn:aws:s3:::alpha-bucket/reports/1.csv', 'arn:aws:s3:::alpha-bucket/x', 'arn:aws:s3:::alpha-bucket', 'arn:aws:s3:::aXpha-bucket/r', 'arn:aws:s3:::beta-bucket/k',
      'arn:aws:lambda:us-east-1:123456789012:function:alpha-1', 'arn:aws:lambda:us-east-1:123456789012:function:beta-1', 'arn:aws:lambda:us-east-1:123456789012:function:beta-12',
      'arn:aws:kms:us-east-1:123456789012:key/k1', 'arn:aws:sqs:eu-west-1:123456789012:alpha-q', 'arn:aws:s3:::alpha-bucket/a:b', 'alpha-bucket/x', 'arn:aws:s3', '*',
    ),
    principal: fc.constantFrom('arn:aws:iam::123456789012:role/dev', 'arn:aws:sts::123456789012:assumed-role/dev/s', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::210987654321:user/bob'),
    resourceAccount: fc.constantFrom('123456789012', '210987654321'),
    context,
  },
  { requiredKeys: ['action', 'resource', 'context'] },
);

const summary = (d: { decision: string; deciding: unknown[] }) => ({ decision: d.decision, deciding: d.deciding });

describe('statement index on large policy sets', () => {
  it('one compiled set decides a sequence of requests exactly as the reference', () => {
    let valid = 0;
    fc.assert(
      fc.property(policySet, fc.array(request, { minLength: 1, maxLength: 12 }), (set, requests) => {
        const compiled = compilePolicySet(set);
        if (!compiled.ok) return;
        valid++;
        for (const req of requests) {
          const ref = authorize(set, req, { mode: 'reference' });
          expect(ref.ok).toBe(true);
          if (ref.ok) expect(summary(compiled.value.authorize(req))).toEqual(summary(ref.value));
        }
      }),
      { numRuns: 100 },
    );
    expect(valid).toBeGreaterThan(90);
  });

  it('the sets are large and the decisions varied (the generator is not degenerate)', () => {
    const seen = new Set<string>();
    let statements = 0;
    let deciding = 0;
    fc.assert(
      fc.property(policySet, request, (set, req) => {
        statements = Math.max(statements, (set.identity as Array<{ Statement: unknown[] }>).reduce((n, p) => n + p.Statement.length, 0));
        const d = authorize(set, req, { mode: 'compiled' });
        if (!d.ok) return;
        seen.add(d.value.decision);
        deciding = Math.max(deciding, d.value.deciding.length);
      }),
      { numRuns: 200 },
    );
    expect([...seen].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
    expect(statements).toBeGreaterThan(100);
    expect(deciding).toBeGreaterThan(3);
  });
});
