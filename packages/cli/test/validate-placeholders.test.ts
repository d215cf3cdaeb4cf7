/**
 * "Never a false error": putting intrinsic calls into a policy may hide problems (the value is
 * unknowable) but must never add one. Each mutation keeps the original policy as one possible
 * deployment (`${X}` or a `!Join` part stands for any substring of the original text; `!Ref` for
 * any value), so every error reported with intrinsics must also be an error of the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicyValue, runValidator, type PolicyTarget } from '../src/templates/check-policy.js';
import { checkSubPolicy } from '../src/templates/check-sub-policy.js';

const pick = <T>(...xs: T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** Replaces some nodes with intrinsic calls, steered by `choices`. */
function injectIntrinsics(value: unknown, choices: number[]): unknown {
  let n = 0;
  const walk = (v: unknown): unknown => {
    const c = choices[n++ % choices.length] ?? 0;
    if (c === 1) return { Ref: 'Param' };
    const from = typeof v === 'string' ? (n * 7) % (v.length + 1) : 0;
    const to = typeof v === 'string' ? from + ((n * 3) % (v.length - from + 1)) : 0;
    if (typeof v === 'string' && c === 2) return { 'Fn::Sub': `${v.slice(0, from)}\${X}${v.slice(to)}` };
    if (typeof v === 'string' && c === 3) return { 'Fn::Join': ['', [v.slice(0, from), { 'Fn::GetAtt': ['R', 'Arn'] }, v.slice(to)]] };
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

const errorKeys = (target: PolicyTarget, diagnostics: ReturnType<typeof runValidator>): string[] =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`);

function assertNoFalseErrors(target: PolicyTarget, policies: fc.Arbitrary<unknown>): void {
  fc.assert(
    fc.property(policies, fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }), (policy, choices) => {
      const original = new Set(errorKeys(target, runValidator(target, policy)));
      const withIntrinsics = errorKeys(target, checkPolicyValue(target, injectIntrinsics(policy, choices)));
      for (const e of withIntrinsics) expect(original, `${e} appeared only with intrinsics`).toContain(e);
    }),
    { numRuns: 300 },
  );
}

const iamStatement = fc.record(
  {
    Sid: pick('a', 'b'),
    Effect: pick('Allow', 'Deny', 'Alow'),
    Action: fc.oneof(pick('s3:GetObject', 'sqs:*', 'lambda:Invoke,Function', 'bad'), fc.array(pick('s3:GetObject', 'sns:Publish', '*'), { minLength: 1, maxLength: 3 })),
    Resource: fc.oneof(pick('*', 'arn:aws:s3:::b/*', 'bad', 'arn:aws:s3'), fc.array(pick('arn:aws:sqs:us-east-1:123456789012:q', '*', 'x'), { minLength: 1, maxLength: 2 })),
    Principal: fc.oneof(pick('*'), fc.record({ AWS: pick('arn:aws:iam::123456789012:root', '123456789012', 'nope') }), fc.record({ Service: pick('sns.amazonaws.com') })),
    Condition: fc.record({
      StringEquals: fc.dictionary(pick('aws:PrincipalTag/x', 'aws:ResourceTag/project-name', 'badkey'), fc.oneof(pick('x', '${aws:PrincipalTag/x}', 'a*b', '$}x}'), fc.array(pick('x', 'y'), { maxLength: 2 }))),
      NumericLessThan: fc.dictionary(pick('s3:max-keys'), pick('10', 'ten')),
      IpAddress: fc.dictionary(pick('aws:SourceIp'), pick('10.0.0.0/8', '300.1.1.1')),
    }, { requiredKeys: [] }),
  },
  { requiredKeys: ['Effect'] },
);
const iamPolicy = fc.record({ Version: pick('2012-10-17', '2008-10-17'), Statement: fc.array(iamStatement, { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['Statement'] });

const filterLeaf = fc.oneof(
  pick('x', '', 'auto-'),
  fc.integer({ min: -5, max: 5 }),
  fc.record({ prefix: fc.oneof(pick('auto-'), fc.constant(1)) }),
  fc.record({ suffix: pick('.png') }),
  fc.record({ numeric: fc.oneof(fc.tuple(pick('>', '<=', '=', 'bad'), fc.oneof(fc.integer({ min: 0, max: 9 }), pick('x'))), fc.tuple(pick('>'), fc.constant(0), pick('<'), fc.integer({ min: -1, max: 9 }))) }),
  fc.record({ exists: fc.boolean() }),
  fc.record({ 'anything-but': fc.oneof(pick('x'), fc.array(pick('x', 'y'), { maxLength: 2 })) }),
  fc.record({ 'equals-ignore-case': pick('X') }),
  fc.record({ cidr: pick('10.0.0.0/24', '10.0.0.0/99') }),
);
const filterPolicy = fc.letrec((tie) => ({
  // No empty arrays: SNS's combination count multiplies by an array's length, so `[]` would zero it
  // and make "too complex" depend on an already-invalid value.
  policy: fc.dictionary(pick('a', 'b', 'c'), fc.oneof({ depthSize: 'small' }, fc.array(filterLeaf, { minLength: 1, maxLength: 3 }), tie('policy')), { minKeys: 1, maxKeys: 3 }),
})).policy;

const dpStatement = fc.record({
  Sid: pick('s1', 's2'),
  DataDirection: pick('Inbound', 'Outbound', 'Sideways'),
  Principal: fc.array(pick('*', 'arn:aws:iam::111122223333:role/Billing', 'someone'), { minLength: 1, maxLength: 2 }),
  DataIdentifier: fc.array(pick('arn:aws:dataprotection::aws:data-identifier/Ssn-US', 'arn:aws:dataprotection::aws:data-identifier/Nope', 'EmailAddress'), { minLength: 1, maxLength: 2 }),
  Operation: fc.oneof(fc.constant({ Deny: {} }), fc.record({ Audit: fc.record({ SampleRate: pick('99', '101'), FindingsDestination: fc.constant({ CloudWatchLogs: { LogGroup: '/aws/vendedlogs/x' } }) }) })),
});
const dpPolicy = fc.record({ Name: pick('p'), Version: pick('2021-06-01', '2020-01-01'), Statement: fc.array(dpStatement, { minLength: 1, maxLength: 3 }) });

/** Replaces a substring inside one JSON string literal of the policy text with `${X}`. */
function subText(policy: unknown, pick: number, from: number, length: number): string {
  const text = JSON.stringify(policy);
  const literals = [...text.matchAll(/"(?:[^"\\]|\\.)*"/g)];
  const m = literals[pick % literals.length] as RegExpMatchArray;
  const start = (m.index ?? 0) + 1 + (from % (m[0].length - 1));
  const end = Math.min(start + length, (m.index ?? 0) + m[0].length - 1);
  return text.slice(0, start) + '${X}' + text.slice(end);
}

describe('intrinsics in policies never add an error', () => {
  it('whole policies written as !Sub JSON text', () => {
    for (const [target, policies] of [
      [{ language: 'iam', iamKind: 'identity' }, iamPolicy],
      [{ language: 'sns-filter', scope: 'MessageBody' }, filterPolicy],
      [{ language: 'data-protection' }, dpPolicy],
    ] as Array<[PolicyTarget, fc.Arbitrary<unknown>]>) {
      fc.assert(
        fc.property(policies, fc.nat(), fc.nat(), fc.nat({ max: 12 }), (policy, pickAt, from, length) => {
          const original = new Set(errorKeys(target, runValidator(target, policy)));
          const found = checkSubPolicy(target, subText(policy, pickAt, from, length), {}).map((x) => x.d);
          for (const e of errorKeys(target, found)) expect(original, `${e} appeared only with !Sub`).toContain(e);
        }),
        { numRuns: 200 },
      );
    }
  });


  it('IAM identity and resource policies', () => {
    assertNoFalseErrors({ language: 'iam', iamKind: 'identity' }, iamPolicy);
    assertNoFalseErrors({ language: 'iam', iamKind: 'resource' }, iamPolicy);
  });

  it('SNS filter policies in both scopes', () => {
    assertNoFalseErrors({ language: 'sns-filter', scope: 'MessageAttributes' }, filterPolicy);
    assertNoFalseErrors({ language: 'sns-filter', scope: 'MessageBody' }, filterPolicy);
  });

  it('data protection policies', () => {
    assertNoFalseErrors({ language: 'data-protection' }, dpPolicy);
  });

  it('yet a mistake beside an intrinsic is still an error', () => {
    const target: PolicyTarget = { language: 'iam', iamKind: 'identity' };
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Alow', Action: 's3:GetObject', Resource: { 'Fn::Sub': 'arn:aws:s3:::${Bucket}' } }] };
    expect(errorKeys(target, checkPolicyValue(target, policy))).toEqual(['iam.invalid-effect /Statement/0/Effect']);
  });
});
