// The last Access Analyzer checks of issue #12 (trust principals, federated principals, resource
// policies of one service, missing ARN account): each triggered with AA's code and type, and not by
// the fixed policy. Uses the installed service data (the ARN-account check needs it).
import { describe, expect, it } from 'vitest';
import { validateIamPolicy, type ValidateOptions } from '../src/index.js';

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const trust = (Principal: unknown, Action: unknown, extra: Stmt = {}) => doc({ Effect: 'Allow', Principal, Action, ...extra });
const hits = (p: unknown, options: ValidateOptions, code: string) => validateIamPolicy(p, options).diagnostics.filter((d) => d.code === code);
const aa = (p: unknown, options: ValidateOptions, code: string) => hits(p, options, code).map((d) => [d.path, d.params?.accessAnalyzerCode, d.params?.findingType, d.severity]);
const TRUST: ValidateOptions = { kind: 'trust' };
const SAML = 'arn:aws:iam::123456789012:saml-provider/okta';
const SAML_AUD = { Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } };

describe('role trust policy principals', () => {
  it('rejects NotPrincipal (ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL)', () => {
    const bad = doc({ Effect: 'Deny', NotPrincipal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' });
    expect(aa(bad, TRUST, 'iam.trust-not-principal')).toEqual([['/Statement/0/NotPrincipal', 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL', 'ERROR', 'error']]);
    expect(hits(doc({ Effect: 'Deny', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' }), TRUST, 'iam.trust-not-principal')).toEqual([]);
    expect(hits(bad, { kind: 'resource' }, 'iam.trust-not-principal')).toEqual([]);
  });

  it('rejects the bare "Principal": "*" but not {"AWS": "*"} (ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL)', () => {
    expect(aa(trust('*', 'sts:AssumeRole'), TRUST, 'iam.trust-wildcard-principal')).toEqual([['/Statement/0/Principal', 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'ERROR', 'error']]);
    expect(hits(trust({ AWS: '*' }, 'sts:AssumeRole'), TRUST, 'iam.trust-wildcard-principal')).toEqual([]);
    expect(hits(trust('*', 's3:GetObject', { Resource: '*' }), { kind: 'resource' }, 'iam.trust-wildcard-principal')).toEqual([]);
  });

  it('needs AssumeRole, SetSourceIdentity and TagSession for Roles Anywhere (MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY)', () => {
    const ra = { Service: 'rolesanywhere.amazonaws.com' };
    const d = hits(trust(ra, ['sts:AssumeRole', 'sts:TagSession']), TRUST, 'iam.roles-anywhere-missing-action');
    expect(d.map((x) => [x.path, x.params?.accessAnalyzerCode, x.params?.findingType, x.params?.missing])).toEqual([['/Statement/0/Action', 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY', 'ERROR', 'sts:SetSourceIdentity']]);
    expect(hits(trust(ra, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']), TRUST, 'iam.roles-anywhere-missing-action')).toEqual([]);
    expect(hits(trust(ra, 'sts:*'), TRUST, 'iam.roles-anywhere-missing-action')).toEqual([]);
    expect(hits(trust({ Service: 'lambda.amazonaws.com' }, 'sts:AssumeRole'), TRUST, 'iam.roles-anywhere-missing-action')).toEqual([]);
  });

  it('reports an assume action of the wrong principal type as MISMATCHED_ACTION_FOR_PRINCIPAL', () => {
    const bad = hits(trust({ Federated: SAML }, 'sts:AssumeRoleWithWebIdentity', SAML_AUD), TRUST, 'iam.trust-principal-action-mismatch');
    expect(bad.map((d) => [d.path, d.params?.accessAnalyzerCode, d.params?.findingType, d.params?.action])).toEqual([['/Statement/0/Principal/Federated', 'MISMATCHED_ACTION_FOR_PRINCIPAL', 'ERROR', 'sts:AssumeRoleWithWebIdentity']]);
    expect(bad[0]!.message).toContain(`The sts:AssumeRoleWithWebIdentity action is invalid with the following principal(s): ${SAML}.`);
    expect(hits(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML', SAML_AUD), TRUST, 'iam.trust-principal-action-mismatch')).toEqual([]);
    // No assume action at all is Arbiter's own warning, without AA's code.
    const none = hits(trust({ Service: 'lambda.amazonaws.com' }, 'sts:TagSession'), TRUST, 'iam.trust-principal-action-mismatch');
    expect(none.map((d) => [d.params?.accessAnalyzerCode, d.params?.findingType])).toEqual([[undefined, 'WARNING']]);
  });

  it('names a malformed Federated value in a trust policy INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY', () => {
    const bad = trust({ Federated: 'okta-saml' }, 'sts:AssumeRoleWithSAML', SAML_AUD);
    expect(aa(bad, TRUST, 'iam.trust-federated-principal-syntax')).toEqual([['/Statement/0/Principal/Federated', 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY', 'ERROR', 'error']]);
    expect(hits(bad, TRUST, 'iam.invalid-principal-format')).toEqual([]);
    expect(hits(trust({ Federated: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity'), TRUST, 'iam.trust-federated-principal-syntax')).toEqual([]);
  });
});

describe('federated principals outside trust policies', () => {
  it('rejects a Federated principal in a resource policy (FEDERATED_PRINCIPAL_NOT_SUPPORTED)', () => {
    const bucket = (Principal: unknown) => doc({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
    const s3: ValidateOptions = { kind: 'resource', resourceType: 'AWS::S3::Bucket' };
    expect(aa(bucket({ Federated: SAML }), s3, 'iam.federated-principal-not-supported')).toEqual([['/Statement/0/Principal/Federated', 'FEDERATED_PRINCIPAL_NOT_SUPPORTED', 'ERROR', 'error']]);
    expect(hits(bucket({ AWS: '123456789012' }), s3, 'iam.federated-principal-not-supported')).toEqual([]);
    // Every resource-based policy, whatever its service ("you can't use a SAML principal in an Amazon S3 bucket policy").
    expect(hits(bucket({ Federated: SAML }), { kind: 'resource' }, 'iam.federated-principal-not-supported')).toHaveLength(1);
    expect(hits(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML', SAML_AUD), TRUST, 'iam.federated-principal-not-supported')).toEqual([]);
  });
});

describe('resource policies of one service', () => {
  const bucket: ValidateOptions = { kind: 'resource', resourceType: 'AWS::S3::Bucket' };
  const stmt = (Action: string, Resource: string) => doc({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action, Resource });
  it('reports another service\'s action as UNSUPPORTED_ACTION_IN_POLICY', () => {
    expect(aa(stmt('kms:Decrypt', 'arn:aws:s3:::b/*'), bucket, 'iam.resource-policy-foreign-action')).toEqual([['/Statement/0/Action', 'UNSUPPORTED_ACTION_IN_POLICY', 'ERROR', 'error']]);
    expect(hits(stmt('s3:GetObject', 'arn:aws:s3:::b/*'), bucket, 'iam.resource-policy-foreign-action')).toEqual([]);
  });
  it('reports another service\'s resource ARN as UNSUPPORTED_RESOURCE_ARN_IN_POLICY', () => {
    const kmsKey = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(aa(stmt('s3:GetObject', kmsKey), bucket, 'iam.resource-policy-foreign-resource')).toEqual([['/Statement/0/Resource', 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY', 'ERROR', 'error']]);
    expect(hits(stmt('s3:GetObject', 'arn:aws:s3:::b/*'), bucket, 'iam.resource-policy-foreign-resource')).toEqual([]);
    expect(hits(stmt('s3:GetObject', 'arn:aws:*:::b/*'), bucket, 'iam.resource-policy-foreign-resource')).toEqual([]);
    expect(hits(stmt('s3:GetObject', kmsKey), { kind: 'resource' }, 'iam.resource-policy-foreign-resource')).toEqual([]);
  });
});

describe('ARN account', () => {
  const allow = (Action: string, Resource: string) => doc({ Effect: 'Allow', Action, Resource });
  it('reports an empty account where every ARN format of the service has one (MISSING_ARN_ACCOUNT)', () => {
    expect(aa(allow('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1::table/t'), {}, 'iam.arn-missing-account')).toEqual([['/Statement/0/Resource', 'MISSING_ARN_ACCOUNT', 'ERROR', 'error']]);
    expect(hits(allow('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:123456789012:table/t'), {}, 'iam.arn-missing-account')).toEqual([]);
    expect(hits(allow('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:*:table/t'), {}, 'iam.arn-missing-account')).toEqual([]);
    expect(hits(allow('s3:GetObject', 'arn:aws:s3:::b/k'), {}, 'iam.arn-missing-account')).toEqual([]);
  });
});

describe('OIDC subject wildcards', () => {
  const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
  const KEY = 'token.actions.githubusercontent.com:sub';
  const withSub = (sub: string, op = 'StringLike') => trust({ Federated: GH }, 'sts:AssumeRoleWithWebIdentity', { Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, [op]: { [KEY]: sub } } });
  const code = 'iam.oidc-wildcard-too-permissive';
  it('rejects a wildcard with fewer than six literal characters before it (WILDCARD_USAGE_TOO_PERMISSIVE, an ERROR on the page)', () => {
    expect(aa(withSub('repo:acme/app:*'), TRUST, code)).toEqual([]);
    // `repo:a` has six characters before the `*`; `/x@` only three before the second one.
    expect(aa(withSub('repo:a*'), TRUST, code)).toEqual([]);
    expect(aa(withSub('repo:acme/*/x@*'), TRUST, code)).toEqual([[`/Statement/0/Condition/StringLike/${KEY}`, 'WILDCARD_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
    expect(aa(withSub('repo:*'), TRUST, code)).toHaveLength(1);
    expect(aa(withSub('repo:?cme/app:ref:refs/heads/main'), TRUST, code)).toHaveLength(1);
  });
  it('leaves exact matches alone: StringEquals has no wildcards', () => {
    expect(aa(withSub('repo:*', 'StringEquals'), TRUST, code)).toEqual([]);
  });
  it('rejects a policy variable with fewer than six literal characters before it (VARIABLE_USAGE_TOO_PERMISSIVE)', () => {
    const variable = 'iam.oidc-variable-too-permissive';
    expect(aa(withSub('repo:acme/${aws:PrincipalTag/repo}', 'StringEquals'), TRUST, variable)).toEqual([]);
    expect(aa(withSub('repo:${aws:PrincipalTag/repo}', 'StringEquals'), TRUST, variable)).toHaveLength(1); // `repo:` is five
    expect(aa(withSub('${aws:PrincipalTag/repo}', 'StringEquals'), TRUST, variable)).toEqual([[`/Statement/0/Condition/StringEquals/${KEY}`, 'VARIABLE_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
    // a run counts from the last wildcard or variable: `/x` is too short before the second variable
    expect(aa(withSub('repo:acme/${aws:PrincipalTag/a}/x${aws:PrincipalTag/b}', 'StringEquals'), TRUST, variable)).toHaveLength(1);
  });
});

describe('actions a condition key does not apply to', () => {
  const code = 'iam.action-not-supported-by-condition-key';
  const acl = (Action: string[]) => doc({ Effect: 'Allow', Action, Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 's3:x-amz-acl': 'private' } } });
  it('lists the literal actions the key does not apply to (UNSUPPORTED_ACTION_FOR_CONDITION_KEY)', () => {
    const d = hits(acl(['s3:PutObject', 's3:GetObject']), {}, code);
    expect(d.map((x) => [x.path, x.params?.accessAnalyzerCode, x.params?.findingType, x.params?.actions])).toEqual([['/Statement/0/Condition/StringEquals/s3:x-amz-acl', 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY', 'ERROR', 's3:GetObject']]);
  });
  it('is silent when every action supports the key, for wildcard actions, and when no action does (another check)', () => {
    expect(hits(acl(['s3:PutObject', 's3:PutObjectAcl']), {}, code)).toEqual([]);
    expect(hits(acl(['s3:PutObject', 's3:Get*']), {}, code)).toEqual([]);
    expect(hits(acl(['s3:GetObject', 's3:DeleteObject']), {}, code)).toEqual([]);
  });
});

describe('trust condition keys and the actions that set them', () => {
  const code = 'iam.trust-condition-key-missing-action';
  const aws = { AWS: 'arn:aws:iam::123456789012:root' };
  const tagged = (Action: string[]) => trust(aws, Action, { Condition: { StringEquals: { 'aws:RequestTag/team': 'blue' } } });
  it('needs sts:TagSession for session tag keys (MISSING_ACTION_FOR_CONDITION_KEY)', () => {
    const d = hits(tagged(['sts:AssumeRole']), TRUST, code);
    expect(d.map((x) => [x.path, x.params?.accessAnalyzerCode, x.params?.findingType, x.params?.action])).toEqual([['/Statement/0/Condition/StringEquals/aws:RequestTag~1team', 'MISSING_ACTION_FOR_CONDITION_KEY', 'ERROR', 'sts:TagSession']]);
    expect(hits(tagged(['sts:AssumeRole', 'sts:TagSession']), TRUST, code)).toEqual([]);
  });
  it('needs sts:SetSourceIdentity for sts:SourceIdentity, and only in trust policies', () => {
    const src = (Action: string[]) => trust(aws, Action, { Condition: { StringLike: { 'sts:SourceIdentity': 'alice-*' } } });
    expect(hits(src(['sts:AssumeRole']), TRUST, code).map((x) => x.params?.action)).toEqual(['sts:SetSourceIdentity']);
    expect(hits(src(['sts:AssumeRole', 'sts:SetSourceIdentity']), TRUST, code)).toEqual([]);
    expect(hits(tagged(['sts:AssumeRole']), { kind: 'resource' }, code)).toEqual([]);
  });
});
