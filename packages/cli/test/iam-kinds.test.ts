// `arbiter iam validate --kind …` and `arbiter validate` applying the right kind to each policy a
// template holds (trust policies, SCPs/RCPs, inline quotas, resource policies per service).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const abac = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'lambda-abac');

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

  it('without --kind, reads each file\'s kind from its shape: a role trust policy gets the trust checks', async () => {
    const f = files({
      'trust.json': ghTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      'bucket.json': policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
      'dev.json': policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    });
    const r = await cli(['--format', 'json', 'iam', 'validate', f['trust.json']!, f['bucket.json']!, f['dev.json']!]);
    expect(r.json().kind).toBe('detected');
    const [trust, bucket, dev] = r.json().files;
    expect([trust.kind, bucket.kind, dev.kind]).toEqual(['trust', 'resource', 'identity']);
    expect(trust.diagnostics.map((d: any) => d.code)).toEqual(['iam.oidc-missing-sub']);
    expect(bucket.diagnostics).toEqual([]);
    const text = await cli(['iam', 'validate', f['trust.json']!]);
    expect(text.stdout).toContain(`${f['trust.json']!}: valid trust policy (0 errors, 1 warning)`);
    // --kind still decides: the same file as a resource policy gets no trust checks.
    const forced = await cli(['--format', 'json', 'iam', 'validate', '--kind', 'resource', f['trust.json']!]);
    expect(forced.json().files[0].diagnostics.map((d: any) => d.code)).not.toContain('iam.oidc-missing-sub');
  });

  it('arbiter validate on a standalone trust policy file applies the trust checks', async () => {
    const f = files({ 'trust.json': ghTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }), 'bucket.json': policy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) });
    const trust = await cli(['--format', 'json', 'validate', f['trust.json']!]);
    expect(trust.json().map((x: any) => x.code)).toEqual(['iam.oidc-missing-sub']);
    const bucket = await cli(['--format', 'json', 'validate', f['bucket.json']!]);
    expect(bucket.json().map((x: any) => x.code)).not.toContain('iam.oidc-missing-sub');
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

describe('done when: the Lambda ABAC example and the typo\'d manager policy', () => {
  // Steps 1 and 2 of "Secure your functions by tag" (Lambda Developer Guide), as AWS prints them.
  const requireTags = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:TagResource'], Resource: 'arn:aws:lambda:*:*:function:*', Condition: { StringEquals: { 'aws:RequestTag/project': '${aws:PrincipalTag/project}', 'aws:ResourceTag/project': '${aws:PrincipalTag/project}' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': 'project' } } } };
  const matchTags = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction', 'lambda:GetFunction'], Resource: 'arn:aws:lambda:*:*:function:*', Condition: { StringEquals: { 'aws:ResourceTag/project': '${aws:PrincipalTag/project}' } } }] };

  it('the ABAC policies (AWS docs and the seed) have no findings, with the service data', async () => {
    const f = files({ 'require-tags.json': requireTags, 'match-tags.json': matchTags });
    const paths = [f['require-tags.json']!, f['match-tags.json']!, ...['developer', 'manager', 'lead-with-deny-guard'].map((n) => join(abac, 'policies', `${n}.json`))];
    const r = await cli(['--format', 'json', 'iam', 'validate', ...paths]);
    expect(r.code).toBe(0);
    for (const file of r.json().files) expect(file.diagnostics, file.file).toEqual([]);
  });

  it('the manager policy as printed: the errors of its expect file, JSON_SYNTAX_ERROR among them', async () => {
    const expected = JSON.parse(readFileSync(join(abac, 'manager-as-printed.expect.json'), 'utf8')) as { errors: Array<{ code: string; path: string }> };
    const r = await cli(['--format', 'json', 'iam', 'validate', join(abac, 'policies', 'manager-as-printed.json')]);
    expect(r.code).toBe(1);
    const [file] = r.json().files;
    expect(file.diagnostics.map((d: any) => ({ code: d.code, path: d.path }))).toEqual(expected.errors);
    expect(file.diagnostics[0].params).toMatchObject({ accessAnalyzerCode: 'JSON_SYNTAX_ERROR', findingType: 'ERROR' });
  });
});
