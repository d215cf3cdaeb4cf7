// `arbiter iam validate --kind …` and `arbiter validate` applying the right kind to each policy a
// template holds (trust policies, SCPs/RCPs, inline quotas, resource policies per service).
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const github = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const ghTrust = (condition: object) => policy({ Effect: 'Allow', Principal: { Federated: github }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition });

describe('arbiter iam validate --kind', () => {
  it('trust: warns on a GitHub trust policy without sub, passes a pinned one', async () => {
    const f = files({
      'open.json': ghTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      'pinned.json': ghTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } }),
    });
    const r = await cli(['--format', 'json', 'iam', 'validate', '--kind', 'trust', f['open.json']!, f['pinned.json']!]);
    expect(r.code).toBe(0);
    const [open, pinned] = r.json().files;
    expect(open.diagnostics.map((d: any) => [d.code, d.params.findingType])).toEqual([['iam.oidc-missing-sub', 'SECURITY_WARNING']]);
    expect(pinned.diagnostics).toEqual([]);
  });

  it('scp: a Principal is an error (exit 1); --scp-language legacy adds the older grammar', async () => {
    const f = files({
      'principal.json': policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }),
      'modern.json': policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    });
    const bad = await cli(['iam', 'validate', '--kind', 'scp', f['principal.json']!]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('error iam.scp-principal /Statement/0/Principal: SCP syntax error principal');
    expect((await cli(['iam', 'validate', '--kind', 'scp', f['modern.json']!])).code).toBe(0);
    const legacy = await cli(['iam', 'validate', '--kind', 'scp', '--scp-language', 'legacy', f['modern.json']!]);
    expect(legacy.code).toBe(1);
    expect(legacy.stdout).toContain('iam.scp-allow-not-action');
  });

  it('identity --attached-to user: the 2,048-character inline quota', async () => {
    const big = policy({ Sid: 'S'.repeat(2_100), Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const f = files({ 'big.json': big });
    const asUser = await cli(['iam', 'validate', '--attached-to', 'user', f['big.json']!]);
    expect(asUser.stdout).toContain('warning iam.policy-size-exceeds-identity-quota (root)');
    expect((await cli(['iam', 'validate', f['big.json']!])).stdout).not.toContain('policy-size');
  });

  it('rejects an unknown kind as unusable input', async () => {
    const f = files({ 'p.json': policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) });
    expect((await cli(['iam', 'validate', '--kind', 'bucket', f['p.json']!])).code).toBe(2);
  });
});

describe('arbiter validate: the kind of each policy in a template', () => {
  it('checks trust policies as trust, SCPs and RCPs by their type, resource policies by their service', async () => {
    const template = {
      Resources: {
        Deploy: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: ghTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }) } },
        Guard: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'g', Type: 'SERVICE_CONTROL_POLICY', Content: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }) } },
        Perimeter: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'p', Type: 'RESOURCE_CONTROL_POLICY', Content: policy({ Effect: 'Deny', Principal: '*', Action: 'ec2:*', Resource: '*' }) } },
        Tags: { Type: 'AWS::Organizations::Policy', Properties: { Name: 't', Type: 'TAG_POLICY', Content: { tags: {} } } },
        Bucket: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: policy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sqs:SendMessage', Resource: '*' }) } },
      },
    };
    const f = files({ 't.json': JSON.stringify(template, null, 2) });
    const r = await cli(['--format', 'json', 'validate', f['t.json']!]);
    expect(r.code).toBe(1);
    const found = r.json().map((x: any) => [x.resource, x.code]).sort();
    expect(found).toEqual([
      ['Bucket', 'iam.resource-policy-foreign-action'],
      ['Deploy', 'iam.oidc-missing-sub'],
      ['Guard', 'iam.scp-principal'],
      ['Perimeter', 'iam.rcp-unsupported-service'],
    ]);
  });
});

describe('arbiter iam authorize with the service data', () => {
  const readS3 = policy({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' });
  it('--explain says when the action does not exist; --service-data decides with it', async () => {
    const f = files({ 'p.json': readS3, 'typo.json': { action: 's3:GetObjekt', resource: 'arn:aws:s3:::b/k' }, 'ok.json': { action: 's3:GetObject', resource: 'arn:aws:sqs:us-east-1:123456789012:q' } });
    const explained = await cli(['iam', 'authorize', '--policy', f['p.json']!, '--request', f['typo.json']!, '--explain']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('  data: the action `s3:GetObjekt` does not exist in `s3`');
    const decided = await cli(['iam', 'authorize', '--policy', f['p.json']!, '--request', f['typo.json']!, '--service-data']);
    expect(decided.code).toBe(1);
    expect(decided.stdout).toContain('ImplicitDeny: `s3:GetObjekt` is not an action IAM knows');
    const wrongType = await cli(['iam', 'authorize', '--policy', f['p.json']!, '--request', f['ok.json']!, '--explain']);
    expect(wrongType.stdout).toMatch(/data: the resource `arn:aws:sqs:us-east-1:123456789012:q` is of no resource type of `s3:GetObject`/);
    const plain = await cli(['iam', 'authorize', '--policy', f['p.json']!, '--request', f['typo.json']!]);
    expect(plain.stdout).not.toContain('data:');
  });
});
