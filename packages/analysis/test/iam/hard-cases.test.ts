/**
 * The hard cases of IAM policies, each with its relation worked out by hand from IAM's rules; every
 * witness is replayed through `authorize`.
 */
import { describe, expect, it } from 'vitest';
import { authorize, type IamRequest } from '@arbiter/iam';
import { iamDiff, type Relation } from '@arbiter/analysis';
import { must } from '../must.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allow = (extra: object) => ({ Effect: 'Allow', Action: '*', Resource: '*', ...extra });
const allows = (p: object, r: IamRequest, kind: 'identity' | 'resource' = 'identity') => must(authorize({ [kind]: [p] }, r)).decision === 'Allow';

function expectRelation(oldP: object, newP: object, relation: Relation, kind: 'identity' | 'resource' = 'identity') {
  const d = must(iamDiff(oldP, newP, { kind }));
  expect(d.relation, JSON.stringify(d)).toBe(relation);
  const want = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] } as const;
  for (const c of ['onlyOld', 'onlyNew', 'both'] as const) {
    const w = d.witnesses[c];
    if (w) expect([allows(oldP, w, kind), allows(newP, w, kind)]).toEqual(want[c]);
  }
  return d;
}

describe('IAM diff: hard cases', () => {
  it('wildcards: s3:Get* → s3:* is broader, the new access is an s3 action outside Get*', () => {
    const d = expectRelation(policy(allow({ Action: 's3:Get*' })), policy(allow({ Action: 's3:*' })), 'broader');
    expect(d.witnesses.onlyNew!.action.toLowerCase()).toMatch(/^s3:(?!get)/);
  });

  it('action case: Action is case-insensitive, so S3:GETOBJECT ≡ s3:GetObject', () => {
    expectRelation(policy(allow({ Action: 's3:GetObject' })), policy(allow({ Action: 'S3:GETOBJECT' })), 'equivalent');
  });

  it('NotAction: Allow NotAction iam:* ∧ ¬(Allow *) — narrower, and the lost access is an iam action', () => {
    const d = expectRelation(policy(allow({})), policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), 'narrower');
    expect(d.witnesses.onlyOld!.action.toLowerCase().startsWith('iam:')).toBe(true);
  });

  it('NotResource: Allow on everything but one bucket vs that bucket alone are disjoint', () => {
    expectRelation(
      policy({ Effect: 'Allow', Action: 's3:*', NotResource: ['arn:aws:s3:::secret', 'arn:aws:s3:::secret/*'] }),
      policy({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::secret/*' }),
      'disjoint',
    );
  });

  it('a Deny with a wildcard resource carves out exactly its ARNs (ARN parts do not cross colons)', () => {
    const d = expectRelation(policy(allow({ Action: 'lambda:*' })), policy(allow({ Action: 'lambda:*' }), { Effect: 'Deny', Action: 'lambda:*', Resource: 'arn:aws:lambda:*:*:function:prod-*' }), 'narrower');
    expect(d.witnesses.onlyOld!.resource).toMatch(/^arn:[^:]*:lambda:[^:]*:[^:]*:function:prod-/);
  });

  it('IfExists: StringEqualsIfExists also allows requests without the key', () => {
    const d = expectRelation(
      policy(allow({ Condition: { StringEquals: { 'aws:username': 'alice' } } })),
      policy(allow({ Condition: { StringEqualsIfExists: { 'aws:username': 'alice' } } })),
      'broader',
    );
    expect(d.witnesses.onlyNew!.context?.['aws:username']).toBeUndefined();
  });

  it('ForAllValues on an empty or missing set is true: ForAllValues ⊋ ForAnyValue', () => {
    const d = expectRelation(
      policy(allow({ Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a', 'b'] } } })),
      policy(allow({ Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } } })),
      'overlapping',
    );
    // ForAllValues holds on a request without tag keys (or with []), ForAnyValue does not.
    const keys = d.witnesses.onlyNew!.context?.['aws:TagKeys'];
    expect(keys === undefined || (Array.isArray(keys) && keys.length === 0)).toBe(true);
    // ForAnyValue holds on a list with one listed and one other value; ForAllValues does not.
    expect(d.witnesses.onlyOld!.context?.['aws:TagKeys']).toEqual(expect.arrayContaining([expect.any(String), expect.any(String)]));
  });

  it('Null: "true" (absent) and "false" (present) are disjoint; together they cover every request', () => {
    expectRelation(policy(allow({ Condition: { Null: { 'aws:username': 'true' } } })), policy(allow({ Condition: { Null: { 'aws:username': 'false' } } })), 'disjoint');
    expectRelation(policy(allow({})), policy(allow({ Condition: { Null: { 'aws:username': 'true' } } }), allow({ Condition: { Null: { 'aws:username': 'false' } } })), 'equivalent');
  });

  it('numeric bounds: < 5 → <= 5 is broader by exactly 5; a number written 5.0 is the same number', () => {
    const d = expectRelation(policy(allow({ Condition: { NumericLessThan: { 'ec2:count': '5' } } })), policy(allow({ Condition: { NumericLessThanEquals: { 'ec2:count': '5.0' } } })), 'broader');
    expect(Number(d.witnesses.onlyNew!.context?.['ec2:count'])).toBe(5);
  });

  it('date bounds: before vs after the same instant are disjoint; the witness dates read back', () => {
    const d = expectRelation(
      policy(allow({ Condition: { DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } } })),
      policy(allow({ Condition: { DateGreaterThanEquals: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } } })),
      'disjoint',
    );
    expect(Date.parse(String(d.witnesses.onlyOld!.context?.['aws:CurrentTime']))).toBeLessThan(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('IP blocks: a /16 inside a /8 is narrower', () => {
    expectRelation(policy(allow({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })), policy(allow({ Condition: { IpAddress: { 'aws:SourceIp': '10.1.0.0/16' } } })), 'narrower');
  });

  it('variables: a tag equal to the principal tag vs to one fixed value overlap', () => {
    const d = expectRelation(
      policy(allow({ Condition: { StringEquals: { 'aws:ResourceTag/project': '${aws:PrincipalTag/project}' } } })),
      policy(allow({ Condition: { StringEquals: { 'aws:ResourceTag/project': 'falcon' } } })),
      'overlapping',
    );
    const w = d.witnesses.onlyOld!.context!;
    expect(w['aws:ResourceTag/project']).toBe(w['aws:PrincipalTag/project']);
    expect(w['aws:ResourceTag/project']).not.toBe('falcon');
  });

  it('resource policies: naming the account only delegates; naming the role grants', () => {
    const bucket = (principal: object) => policy({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const d = expectRelation(bucket({ AWS: '111122223333' }), bucket({ AWS: 'arn:aws:iam::111122223333:role/reader' }), 'old-empty', 'resource');
    expect(d.witnesses.onlyNew!.principal).toMatch(/role\/reader|assumed-role\/reader/);
  });

  it('invalid policies are reported with their pointers and side; bad options are diagnostics', () => {
    const r = iamDiff(policy({ Effect: 'Allow', Action: 's3:GetObject' }), policy(allow({})));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics[0]?.params?.policy).toBe('old');
    expect(iamDiff(policy(allow({})), policy(allow({})), { kind: 'rcp' as never }).ok).toBe(false);
  });
});
