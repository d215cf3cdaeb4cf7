/**
 * Explanations are tested output. Expected structures are written by hand from the spec (§1.2,
 * §1.8, §3) for the Lambda ABAC developer policy, not copied from the program.
 */
import { describe, expect, it } from 'vitest';
import { authorize, compilePolicySet, formatExplanation } from '../src/index.js';

const developer = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllActionsLambdaSameProject',
      Effect: 'Allow',
      Action: ['lambda:InvokeFunction', 'lambda:GetFunction'],
      Resource: 'arn:aws:lambda:*:*:function:*',
      Condition: { StringEquals: { 'aws:ResourceTag/project-name': '${aws:PrincipalTag/project-name}' } },
    },
  ],
};
const guard = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyOtherProjects', Effect: 'Deny', Action: 'lambda:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/project-name': '${aws:PrincipalTag/project-name}' } } }],
};
const request = (ctx: Record<string, string>) => ({
  action: 'lambda:InvokeFunction',
  resource: 'arn:aws:lambda:us-east-1:123456789012:function:falcon-orders',
  principal: 'arn:aws:iam::123456789012:role/lambda-dev-falcon',
  context: ctx,
});
const devRef = { policyKind: 'identity', policyIndex: 0, statementIndex: 0, sid: 'AllActionsLambdaSameProject', effect: 'Allow', pointer: '/Statement/0' };
const condPointer = '/Statement/0/Condition/StringEquals/aws:ResourceTag~1project-name';

describe('explanations', () => {
  it('Allow names the granting statement and the substituted variable', () => {
    const r = authorize({ identity: [developer] }, request({ 'aws:PrincipalTag/project-name': 'falcon', 'aws:ResourceTag/project-name': 'falcon' }));
    expect(r.ok && r.value).toEqual({
      decision: 'Allow',
      deciding: [devRef],
      explanation: {
        summary: 'Allow by identity[0] /Statement/0 (AllActionsLambdaSameProject)',
        blockedBy: 'none',
        statements: [
          {
            ref: devRef,
            actionMatched: true,
            resourceMatched: true,
            resources: ['arn:aws:lambda:*:*:function:*'],
            conditions: [{ operator: 'StringEquals', key: 'aws:ResourceTag/project-name', pointer: condPointer, requestValues: ['falcon'], policyValues: ['falcon'], result: true }],
            applies: true,
          },
        ],
      },
    });
  });

  it('ImplicitDeny shows the failing condition with both sides', () => {
    const r = authorize({ identity: [developer] }, request({ 'aws:PrincipalTag/project-name': 'eagle', 'aws:ResourceTag/project-name': 'falcon' }));
    expect(r.ok && r.value.decision).toBe('ImplicitDeny');
    expect(r.ok && r.value.deciding).toEqual([]);
    expect(r.ok && r.value.explanation.blockedBy).toBe('identity');
    expect(r.ok && r.value.explanation.statements[0]?.conditions).toEqual([
      { operator: 'StringEquals', key: 'aws:ResourceTag/project-name', pointer: condPointer, requestValues: ['falcon'], policyValues: ['eagle'], result: false },
    ]);
  });

  it('an unresolved variable shows as null; a missing key as null request values', () => {
    const r = authorize({ identity: [developer, guard] }, request({ 'aws:ResourceTag/project-name': 'falcon' }));
    // Spec §1.8: unresolved variable -> the negated operator matches -> the guard denies.
    expect(r.ok && r.value.decision).toBe('ExplicitDeny');
    expect(r.ok && r.value.deciding).toEqual([{ policyKind: 'identity', policyIndex: 1, statementIndex: 0, sid: 'DenyOtherProjects', effect: 'Deny', pointer: '/Statement/0' }]);
    const conditions = r.ok ? r.value.explanation.statements.flatMap((s) => s.conditions) : [];
    expect(conditions).toEqual([
      { operator: 'StringEquals', key: 'aws:ResourceTag/project-name', pointer: condPointer, requestValues: ['falcon'], policyValues: [null], result: false },
      { operator: 'StringNotEqualsIfExists', key: 'aws:ResourceTag/project-name', pointer: '/Statement/0/Condition/StringNotEqualsIfExists/aws:ResourceTag~1project-name', requestValues: ['falcon'], policyValues: [null], result: true },
    ]);
  });

  it('names the SCP level that has no Allow', () => {
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const r = authorize({ identity: [allowAll], scpLevels: [[allowAll], []] }, request({}));
    expect(r.ok && r.value.explanation).toMatchObject({ blockedBy: 'scp', scpLevel: 1, summary: 'ImplicitDeny: no SCP at level 1 allows the request' });
  });

  it('compiled decisions carry the same explanation, and formatExplanation renders it', () => {
    const ctx = { 'aws:PrincipalTag/project-name': 'eagle', 'aws:ResourceTag/project-name': 'falcon' };
    const compiled = compilePolicySet({ identity: [developer] });
    const reference = authorize({ identity: [developer] }, request(ctx));
    expect(compiled.ok && reference.ok).toBe(true);
    if (!compiled.ok || !reference.ok) return;
    const d = compiled.value.authorize(request(ctx));
    expect(JSON.parse(JSON.stringify(d))).toEqual(reference.value);
    expect(formatExplanation(d)).toBe(
      [
        'ImplicitDeny: no identity-based or resource-based policy allows the request',
        '  skipped  Allow identity[0] /Statement/0 (AllActionsLambdaSameProject): action matched, resource matched',
        `    false StringEquals aws:ResourceTag/project-name: request "falcon" vs ["eagle"]  ${condPointer}`,
      ].join('\n'),
    );
  });
});
