/**
 * Access Analyzer's custom checks offline, the unreachable-statement findings and the ABAC
 * requirements of the Lambda ABAC example (AWS's "Attribute-based access control for Lambda").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorize, type IamRequest } from '@arbiter/iam';
import { analyzeIamStatements, checkAccessNotGranted, checkNoPublicAccess, IamAnalysisCodes, requiredKeys } from '@arbiter/analysis';
import { must } from '../must.js';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/lambda-abac/policies/${name}.json`, import.meta.url), 'utf8'));
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const decision = (kind: 'identity' | 'resource', p: object, r: IamRequest) => must(authorize({ [kind]: [p] }, r)).decision;
const bucket = (principal: unknown, condition?: object) =>
  policy({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...(condition ? { Condition: condition } : {}) });

describe('checkAccessNotGranted', () => {
  it('PASS when no listed action can be allowed; FAIL with an allowed witness otherwise', () => {
    expect(must(checkAccessNotGranted(example('developer'), { actions: ['lambda:DeleteFunction'] })).result).toBe('PASS');
    const fail = must(checkAccessNotGranted(example('developer'), { actions: ['lambda:DeleteFunction', 'lambda:Invoke*'] }));
    expect(fail.result).toBe('FAIL');
    expect(fail.witness!.action).toBe('lambda:InvokeFunction');
    expect(decision('identity', example('developer'), fail.witness!)).toBe('Allow');
  });

  it('resources narrow the check: the developer may invoke any function, but nothing in S3', () => {
    expect(must(checkAccessNotGranted(example('developer'), { resources: ['arn:aws:s3:::*'] })).result).toBe('PASS');
    const r = must(checkAccessNotGranted(example('developer'), { actions: ['lambda:InvokeFunction'], resources: ['arn:aws:lambda:us-east-1:123456789012:function:eagle'] }));
    expect(r.witness?.resource).toBe('arn:aws:lambda:us-east-1:123456789012:function:eagle');
  });

  it('a Deny guard counts: the lead cannot touch another project (the deny needs the tags to differ or be missing)', () => {
    const r = must(checkAccessNotGranted(example('lead-with-deny-guard'), { actions: ['lambda:DeleteFunction'] }));
    expect(r.result).toBe('FAIL');
    const ctx = r.witness!.context!;
    expect(ctx['aws:ResourceTag/project-name']).toBe(ctx['aws:PrincipalTag/project-name']);
  });

  it('asks for actions or resources, and non-empty ones', () => {
    expect(checkAccessNotGranted(example('developer'), {}).ok).toBe(false);
    expect(checkAccessNotGranted(example('developer'), { actions: [''] }).ok).toBe(false);
    expect(checkAccessNotGranted(example('developer'), { actions: 's3:GetObject' as never }).ok).toBe(false);
  });
});

describe('checkNoPublicAccess', () => {
  it('Principal * without conditions is public; the witness is an outsider the policy allows', () => {
    const r = must(checkNoPublicAccess(bucket('*')));
    expect(r.result).toBe('FAIL');
    expect(r.witness!.principal ?? 'anonymous').not.toMatch(/111122223333/);
    expect(decision('resource', bucket('*'), r.witness!)).toBe('Allow');
  });

  it('conditions that pin the organization, the source VPC or an IP range make it non-public', () => {
    expect(must(checkNoPublicAccess(bucket('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }))).result).toBe('PASS');
    expect(must(checkNoPublicAccess(bucket({ AWS: '*' }, { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }))).result).toBe('PASS');
    expect(must(checkNoPublicAccess(bucket('*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }))).result).toBe('PASS');
  });

  it('conditions an outsider controls, or a wildcard source, do not', () => {
    expect(must(checkNoPublicAccess(bucket('*', { StringEquals: { 'aws:PrincipalTag/team': 'blue' } }))).result).toBe('FAIL');
    expect(must(checkNoPublicAccess(bucket('*', { StringLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }))).result).toBe('FAIL');
    expect(must(checkNoPublicAccess(bucket('*', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc' } }))).result).toBe('FAIL');
  });

  it('naming an account or a role is not public', () => {
    expect(must(checkNoPublicAccess(bucket({ AWS: 'arn:aws:iam::111122223333:root' }))).result).toBe('PASS');
    expect(must(checkNoPublicAccess(bucket({ AWS: 'arn:aws:iam::111122223333:role/reader' }))).result).toBe('PASS');
  });
});

describe('analyzeIamStatements', () => {
  it('finds contradicting conditions and Allows every request of which a Deny denies', () => {
    const p = policy(
      { Sid: 'Never', Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { NumericLessThan: { 'ec2:count': '3' }, NumericGreaterThan: { 'ec2:count': '5' } } },
      { Sid: 'Shadowed', Effect: 'Allow', Action: 'ec2:Run*', Resource: '*' },
      { Sid: 'Live', Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
      { Sid: 'NoEc2', Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
    );
    const r = must(analyzeIamStatements(p));
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      [IamAnalysisCodes.neverApplies, '/Statement/0'],
      [IamAnalysisCodes.shadowed, '/Statement/1'],
    ]);
    expect(r.diagnostics[0]!.message).toContain('ec2:count');
    expect(r.undecided).toEqual([]);
  });

  it('the Lambda ABAC example policies have no unreachable statement', () => {
    expect(must(analyzeIamStatements([example('developer'), example('manager'), example('lead-with-deny-guard')])).diagnostics).toEqual([]);
  });
});

describe('requiredKeys (ABAC)', () => {
  it('the developer can invoke only with both project tags present (and equal)', () => {
    const r = must(requiredKeys(example('developer'), { action: 'lambda:InvokeFunction' }));
    expect(r.required.map((k) => k.key).sort()).toEqual(['aws:PrincipalTag/project-name', 'aws:ResourceTag/project-name']);
    expect(r.required.find((k) => k.key === 'aws:ResourceTag/project-name')!.conditions).toEqual(['StringEquals ${aws:PrincipalTag/project-name}']);
    expect(decision('identity', example('developer'), r.allowed!)).toBe('Allow');
  });

  it('creating a function needs the request tag, not a resource tag; aws:TagKeys may be left out', () => {
    const r = must(requiredKeys(example('developer'), { action: 'lambda:CreateFunction' }));
    expect(r.required.map((k) => k.key).sort()).toEqual(['aws:PrincipalTag/project-name', 'aws:RequestTag/project-name']);
  });

  it('the manager needs organization and cost-center tags; an action never allowed has no example', () => {
    const r = must(requiredKeys(example('manager'), { action: 'lambda:DeleteFunction' }));
    expect(r.required.map((k) => k.key).sort()).toEqual(['aws:PrincipalTag/cost-center', 'aws:PrincipalTag/organization', 'aws:ResourceTag/cost-center', 'aws:ResourceTag/organization']);
    const never = must(requiredKeys(example('developer'), { action: 's3:GetObject' }));
    expect([never.allowed, never.required]).toEqual([null, []]);
  });
});
