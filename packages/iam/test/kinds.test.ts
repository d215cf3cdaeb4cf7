// The checks that depend on the policy kind (src/kinds/): for each, a policy that triggers it and
// one that does not. Service data is not needed, so the tests stub it out as unavailable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPolicyKind, validateIamPolicy, type PolicyKind, type ValidateOptions } from '../src/index.js';
import { setServiceData } from '../src/service-data/load.js';

beforeAll(() => setServiceData(new Error('not needed here')));
afterAll(() => setServiceData(undefined));

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const trust = (principal: object, action: string | string[], Condition?: object) => doc({ Effect: 'Allow', Principal: principal, Action: action, ...(Condition ? { Condition } : {}) });

function found(policy: unknown, options: ValidateOptions) {
  return validateIamPolicy(policy, options).diagnostics.filter((d) => d.code !== 'iam.service-data-unavailable');
}
const codes = (policy: unknown, options: ValidateOptions) => found(policy, options).map((d) => d.code);
const one = (policy: unknown, options: ValidateOptions, code: string) => {
  const hits = found(policy, options).filter((d) => d.code === code);
  expect(hits, `${code} in ${JSON.stringify(found(policy, options).map((d) => d.code))}`).toHaveLength(1);
  return hits[0]!;
};

describe('kind grammar', () => {
  it('requires a principal in resource, trust and RCP policies and forbids it elsewhere', () => {
    const noPrincipal = doc({ Effect: 'Allow', Action: 'sts:AssumeRole' });
    for (const kind of ['resource', 'trust', 'rcp'] as PolicyKind[]) expect(codes(noPrincipal, { kind }), kind).toContain('iam.missing-principal');
    const withPrincipal = doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 's3:GetObject', Resource: '*' });
    for (const kind of ['identity', 'boundary', 'session'] as PolicyKind[]) expect(codes(withPrincipal, { kind }), kind).toContain('iam.unsupported-principal');
    expect(codes(withPrincipal, { kind: 'resource' })).not.toContain('iam.unsupported-principal');
  });

  it('reports a Principal in an SCP as SCP_SYNTAX_ERROR_PRINCIPAL', () => {
    const d = one(doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }), { kind: 'scp' }, 'iam.scp-principal');
    expect(d.params).toMatchObject({ accessAnalyzerCode: 'SCP_SYNTAX_ERROR_PRINCIPAL', findingType: 'ERROR' });
    expect(d.path).toBe('/Statement/0/Principal');
    expect(codes(doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' }), { kind: 'scp' })).toEqual([]);
  });

  it('does not require Resource in a trust policy, and rejects one there', () => {
    expect(codes(trust({ Service: 'lambda.amazonaws.com' }, 'sts:AssumeRole'), { kind: 'trust' })).toEqual([]);
    const d = one(doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }), { kind: 'trust' }, 'iam.trust-policy-resource');
    expect(d.severity).toBe('error');
    expect(d.path).toBe('/Statement/0/Resource');
    expect(d.params).toMatchObject({ accessAnalyzerCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE', findingType: 'ERROR' });
  });

  it('rejects unknown options', () => {
    const r = validateIamPolicy(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), { kind: 'bucket' as PolicyKind });
    expect(r.valid).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('input.wrong-type');
  });
});

describe('principal checks', () => {
  const resource = (Principal: unknown) => doc({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  it('INVALID_PRINCIPAL_FORMAT: a bare ARN string and malformed values per key', () => {
    expect(one(resource('arn:aws:iam::123456789012:root'), { kind: 'resource' }, 'iam.invalid-principal-format').params).toMatchObject({ accessAnalyzerCode: 'INVALID_PRINCIPAL_FORMAT' });
    expect(one(resource({ AWS: ['123456789012', 'alice'] }), { kind: 'resource' }, 'iam.invalid-principal-format').path).toBe('/Statement/0/Principal/AWS/1');
    // A Federated key in a resource policy is FEDERATED_PRINCIPAL_NOT_SUPPORTED whatever its value (aa-rest.test.ts).
    one(resource({ Federated: 'example.com' }), { kind: 'resource' }, 'iam.federated-principal-not-supported');
    one(resource({ CanonicalUser: 'abc' }), { kind: 'resource' }, 'iam.invalid-principal-format');
    const fine = resource({ AWS: ['123456789012', 'arn:aws:iam::123456789012:role/r', 'arn:aws:sts::123456789012:assumed-role/r/s'], CanonicalUser: 'a'.repeat(64) });
    expect(codes(fine, { kind: 'resource' })).toEqual([]);
    expect(codes(resource('*'), { kind: 'resource' })).toEqual([]);
  });

  it('INVALID_PRINCIPAL_KEY', () => {
    const d = one(resource({ Users: 'x' }), { kind: 'resource' }, 'iam.invalid-principal-key');
    expect(d.params).toMatchObject({ accessAnalyzerCode: 'INVALID_PRINCIPAL_KEY', findingType: 'ERROR' });
    expect(d.path).toBe('/Statement/0/Principal/Users');
  });

  it('UNSUPPORTED_WILDCARD_IN_PRINCIPAL: partial wildcards, and * under any key but AWS', () => {
    one(resource({ AWS: 'arn:aws:iam::123456789012:user/*' }), { kind: 'resource' }, 'iam.unsupported-wildcard-in-principal');
    one(resource({ Service: '*' }), { kind: 'resource' }, 'iam.unsupported-wildcard-in-principal');
    expect(codes(resource({ AWS: '*' }), { kind: 'resource' })).toEqual([]);
  });

  it('INVALID_SERVICE_PRINCIPAL_FORMAT in Principal and in service-principal condition values', () => {
    expect(one(resource({ Service: 'Lambda' }), { kind: 'resource' }, 'iam.invalid-service-principal-format').params).toMatchObject({ accessAnalyzerCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT' });
    // well formed: only the warning that no aws:Source* condition names the source (RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL)
    expect(codes(resource({ Service: ['lambda.amazonaws.com', 'states.us-east-1.amazonaws.com', 'ec2.amazonaws.com.cn'] }), { kind: 'resource' })).toEqual(['iam.service-principal-without-source']);
    const passRole = (service: string) => doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/r', Condition: { StringEquals: { 'iam:PassedToService': service } } });
    expect(one(passRole('lambda'), {}, 'iam.invalid-service-principal-format').path).toBe('/Statement/0/Condition/StringEquals/iam:PassedToService');
    expect(codes(passRole('lambda.amazonaws.com'), {})).toEqual([]);
    const via = (v: string) => doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': v } } });
    one(via('s3.amazonaws.com'), {}, 'iam.invalid-service-principal-format');
    expect(codes(via('s3.us-east-1.amazonaws.com'), {})).toEqual([]);
  });
});

describe('SCPs', () => {
  const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
  const modern = doc(
    { Effect: 'Allow', Action: 'iam:*Role', Resource: 'arn:aws:iam::*:role/app-*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
    { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::logs/*' },
  );
  it('accepts the full IAM language by default (Organizations, September 2025)', () => {
    expect(codes(modern, { kind: 'scp' })).toEqual([]);
  });
  it('reports each SCP_SYNTAX_ERROR_* of the legacy grammar', () => {
    const got = found(modern, { kind: 'scp', scpLanguage: 'legacy' }).map((d) => [d.params?.accessAnalyzerCode, d.path]);
    expect(got).toEqual([
      ['SCP_SYNTAX_ERROR_ACTION_WILDCARD', '/Statement/0/Action'],
      ['SCP_SYNTAX_ERROR_ALLOW_CONDITION', '/Statement/0/Condition'],
      ['SCP_SYNTAX_ERROR_ALLOW_RESOURCE', '/Statement/0/Resource'],
      ['SCP_SYNTAX_ERROR_ALLOW_NOTACTION', '/Statement/1/NotAction'],
      ['SCP_SYNTAX_ERROR_NOTRESOURCE', '/Statement/2/NotResource'],
    ]);
    expect(codes(allowAll, { kind: 'scp', scpLanguage: 'legacy' })).toEqual([]);
    expect(codes(doc({ Effect: 'Deny', Action: ['iam:Get*', 'ec2:*'], Resource: 'arn:aws:ec2:*:*:instance/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }), { kind: 'scp', scpLanguage: 'legacy' })).toEqual([]);
  });
});

describe('RCPs', () => {
  const full = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
  const deny = doc({ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } } });
  it('accepts RCPFullAWSAccess and a Deny on supported services', () => {
    expect(codes(full, { kind: 'rcp' })).toEqual([]);
    expect(codes(deny, { kind: 'rcp' })).toEqual([]);
  });
  it('rejects Allow, a named principal, NotPrincipal and NotAction (services: kinds-data.test.ts)', () => {
    const aaCode = (d: { params?: Record<string, unknown> }) => d.params?.accessAnalyzerCode;
    expect(aaCode(one(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }), { kind: 'rcp' }, 'iam.rcp-allow'))).toBe('RCP_SYNTAX_ERROR_ALLOW');
    expect(aaCode(one(doc({ Effect: 'Deny', Principal: { AWS: '123456789012' }, Action: 's3:*', Resource: '*' }), { kind: 'rcp' }, 'iam.rcp-principal'))).toBe('RCP_SYNTAX_ERROR_PRINCIPAL');
    one(doc({ Effect: 'Deny', NotPrincipal: { AWS: '123456789012' }, Action: 's3:*', Resource: '*' }), { kind: 'rcp' }, 'iam.rcp-not-principal');
    expect(aaCode(one(doc({ Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' }), { kind: 'rcp' }, 'iam.rcp-not-action'))).toBe('RCP_SYNTAX_ERROR_NOTACTION');
  });
});

describe('role trust policies', () => {
  it('warns on actions a trust policy does not control, and on principal/action mismatches', () => {
    expect(one(trust({ Service: 'lambda.amazonaws.com' }, ['sts:AssumeRole', 's3:GetObject']), { kind: 'trust' }, 'iam.trust-policy-action').path).toBe('/Statement/0/Action/1');
    one(trust({ Federated: 'arn:aws:iam::123456789012:saml-provider/okta' }, 'sts:AssumeRole', { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }), { kind: 'trust' }, 'iam.trust-principal-action-mismatch');
    expect(codes(trust({ Federated: 'arn:aws:iam::123456789012:saml-provider/okta' }, 'sts:AssumeRoleWithSAML', { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }), { kind: 'trust' })).toEqual([]);
    expect(codes(trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['sts:AssumeRole', 'sts:TagSession']), { kind: 'trust' })).toEqual([]);
  });
  it('warns when anyone can assume the role without conditions', () => {
    expect(one(trust({ AWS: '*' }, 'sts:AssumeRole'), { kind: 'trust' }, 'iam.trust-policy-allows-anyone').params?.findingType).toBe('SECURITY_WARNING');
    expect(codes(trust({ AWS: '*' }, 'sts:AssumeRole', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }), { kind: 'trust' })).toEqual([]);
  });
  it('warns on SAML trust without SAML:aud', () => {
    one(trust({ Federated: 'arn:aws:iam::123456789012:saml-provider/okta' }, 'sts:AssumeRoleWithSAML'), { kind: 'trust' }, 'iam.saml-missing-aud');
  });
});

describe('OIDC trust policies', () => {
  const gh = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
  const web = 'sts:AssumeRoleWithWebIdentity';
  it('GitHub Actions: sub must be conditioned and pinned to an owner, aud conditioned', () => {
    const audOnly = trust({ Federated: gh }, web, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
    expect(one(audOnly, { kind: 'trust' }, 'iam.oidc-missing-sub').params?.findingType).toBe('SECURITY_WARNING');
    const broad = trust({ Federated: gh }, web, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } });
    expect(one(broad, { kind: 'trust' }, 'iam.oidc-sub-too-broad').path).toBe('/Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub');
    const subOnly = trust({ Federated: gh }, web, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } });
    one(subOnly, { kind: 'trust' }, 'iam.oidc-missing-aud');
    const good = trust({ Federated: gh }, web, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } });
    expect(codes(good, { kind: 'trust' })).toEqual([]);
  });
  it('a negated operator on sub does not count as pinning it', () => {
    const negated = trust({ Federated: gh }, web, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } });
    one(negated, { kind: 'trust' }, 'iam.oidc-missing-sub');
  });
  it('Cognito identity pools: aud and amr', () => {
    const cognito = (Condition?: object) => trust({ Federated: 'cognito-identity.amazonaws.com' }, web, Condition);
    const bare = codes(cognito(), { kind: 'trust' });
    expect(bare).toContain('iam.cognito-missing-aud');
    expect(bare).toContain('iam.cognito-missing-amr');
    one(cognito({ StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } }), { kind: 'trust' }, 'iam.cognito-unauthenticated');
    expect(codes(cognito({ StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }), { kind: 'trust' })).toEqual([]);
  });
  it('other OIDC providers (EKS): aud or sub', () => {
    const eks = 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC';
    one(trust({ Federated: eks }, web), { kind: 'trust' }, 'iam.oidc-missing-aud');
    expect(codes(trust({ Federated: eks }, web, { StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:ns:sa' } }), { kind: 'trust' })).toEqual([]);
  });
});

describe('resource policies per service', () => {
  it('a bucket policy names only s3 actions', () => {
    const p = doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: 'arn:aws:s3:::b/*' });
    expect(one(p, { kind: 'resource', resourceType: 'AWS::S3::BucketPolicy' }, 'iam.resource-policy-foreign-action').path).toBe('/Statement/0/Action/1');
    expect(codes(p, { kind: 'resource' })).toEqual([]);
  });
  it('an unknown resource type is a warning, not silence', () => {
    const p = doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sqs:SendMessage', Resource: '*' });
    const d = one(p, { kind: 'resource', resourceType: 'AWS::S3::Bucketpolicy' }, 'iam.unknown-resource-type');
    expect(d.severity).toBe('warning');
    expect(codes(p, { kind: 'resource', resourceType: 'AWS::SQS::QueuePolicy' })).toEqual([]);
  });
});

describe('detectPolicyKind', () => {
  const github = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
  it('a role trust policy (principals granted only STS trust actions, one an AssumeRole*) is trust', () => {
    expect(detectPolicyKind(trust({ Federated: github }, 'sts:AssumeRoleWithWebIdentity'))).toBe('trust');
    expect(detectPolicyKind(trust({ Service: 'lambda.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']))).toBe('trust');
    expect(detectPolicyKind(JSON.stringify(trust({ AWS: '123456789012' }, 'sts:AssumeRole*')))).toBe('trust');
    // A stray Resource does not make it a resource policy: the trust checks report it.
    const withResource = doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole', Resource: '*' });
    expect(detectPolicyKind(withResource)).toBe('trust');
    expect(codes(withResource, { kind: detectPolicyKind(withResource) })).toContain('iam.trust-policy-resource');
  });
  it('principals granted anything else, or only TagSession, make a resource policy; no principal an identity policy', () => {
    expect(detectPolicyKind(trust({ AWS: '123456789012' }, ['sts:AssumeRole', 's3:GetObject']))).toBe('resource');
    expect(detectPolicyKind(trust({ AWS: '123456789012' }, '*'))).toBe('resource');
    expect(detectPolicyKind(trust({ AWS: '123456789012' }, 'sts:TagSession'))).toBe('resource');
    expect(detectPolicyKind(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }))).toBe('resource');
    expect(detectPolicyKind(doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }))).toBe('identity');
  });
  it('unreadable input is identity (the validator reports it), never a throw', () => {
    for (const bad of ['{not json', null, 42, { Statement: 'x' }, { Statement: [null, { Principal: '*' }] }]) expect(() => detectPolicyKind(bad)).not.toThrow();
    expect(detectPolicyKind('{not json')).toBe('identity');
  });
});
