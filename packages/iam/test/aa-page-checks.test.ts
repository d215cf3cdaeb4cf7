// Access Analyzer checks found on the page's current text without a row before (issue #12): principal
// references, service principals without a source, risky condition patterns, GitHub subject
// wildcards, and the RCP/trust/ARN texts now taken from the page. Each triggered, and not by the fix.
import { describe, expect, it } from 'vitest';
import { validateIamPolicy, type ValidateOptions } from '../src/index.js';

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const hits = (p: unknown, code: string, options: ValidateOptions = {}) => validateIamPolicy(p, options).diagnostics.filter((d) => d.code === code);
const aa = (p: unknown, code: string, options: ValidateOptions = {}) => hits(p, code, options).map((d) => [d.path, d.params?.accessAnalyzerCode, d.params?.findingType]);
const RESOURCE: ValidateOptions = { kind: 'resource' };
const TRUST: ValidateOptions = { kind: 'trust' };
const when = (Condition: unknown, Action: unknown = 's3:GetObject', Effect = 'Allow') => doc({ Effect, Action, Resource: '*', Condition });

describe('principal references', () => {
  const code = 'iam.principal-unique-id';
  const get = (AWS: unknown) => doc({ Effect: 'Allow', Principal: { AWS }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  it('warns about role and user unique ids (INVALID_ROLE_REFERENCE, INVALID_USER_REFERENCE)', () => {
    expect(aa(get('AROADBQP57FF2AEXAMPLE'), code, RESOURCE)).toEqual([['/Statement/0/Principal', 'INVALID_ROLE_REFERENCE', 'WARNING']]);
    expect(aa(get(['AIDACKCEVSQ6C2EXAMPLE']), code, RESOURCE)).toEqual([['/Statement/0/Principal', 'INVALID_USER_REFERENCE', 'WARNING']]);
    expect(hits(get('AROADBQP57FF2AEXAMPLE'), code, RESOURCE)[0]!.message).toBe('Invalid role reference: The Principal element includes the IAM role ID AROADBQP57FF2AEXAMPLE. We recommend that you use a role ARN instead.');
  });
  it('accepts ARNs and account ids', () => {
    expect(hits(get(['arn:aws:iam::123456789012:role/app', '123456789012']), code, RESOURCE)).toEqual([]);
  });

  it('suggests removing an assumed-role session next to its role (REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY)', () => {
    const code2 = 'iam.redundant-assumed-role-principal';
    const trust = (AWS: string[]) => doc({ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' });
    const role = 'arn:aws:iam::123456789012:role/team/app';
    expect(aa(trust([role, 'arn:aws:sts::123456789012:assumed-role/app/s1']), code2, TRUST)).toEqual([['/Statement/0/Principal', 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY', 'SUGGESTION']]);
    expect(hits(trust([role, 'arn:aws:sts::123456789012:assumed-role/other/s1']), code2, TRUST)).toEqual([]);
    expect(hits(trust([role, 'arn:aws:sts::210987654321:assumed-role/app/s1']), code2, TRUST)).toEqual([]);
  });
});

describe('service principals without a source (RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL)', () => {
  const code = 'iam.service-principal-without-source';
  const bucket = (Condition?: unknown) => doc({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::logs/*', ...(Condition ? { Condition } : {}) });
  it('warns in a resource policy without aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths', () => {
    expect(aa(bucket(), code, RESOURCE)).toEqual([['/Statement/0/Principal', 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'SECURITY_WARNING']]);
    expect(hits(bucket({ StringEquals: { 'aws:SourceAccount': '123456789012' } }), code, RESOURCE)).toEqual([]);
  });
  it('leaves role trust policies alone (a service assuming a role names no source)', () => {
    expect(hits(doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), code, TRUST)).toEqual([]);
  });
});

describe('condition patterns that restrict less than they seem', () => {
  it('StringLike on an ARN key (STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS)', () => {
    const code = 'iam.string-like-with-arn-key';
    const bad = when({ StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app-*' } });
    expect(aa(bad, code)).toEqual([['/Statement/0/Condition/StringLike/aws:PrincipalArn', 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS', 'SECURITY_WARNING']]);
    expect(hits(bad, code)[0]!.message).toBe('String like operator with ARN condition keys: Use the operator type ArnLike instead of operator StringLike for the condition key aws:PrincipalArn.');
    expect(hits(when({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app-*' } }), code)).toEqual([]);
    expect(hits(when({ StringLike: { 'aws:PrincipalTag/team': 'a*' } }), code)).toEqual([]);
  });

  it('dynamodb:Attributes without dynamodb:Select (DYNAMODB_ATTRIBUTES_WITHOUT_SELECT)', () => {
    const code = 'iam.dynamodb-attributes-without-select';
    const attrs = { 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['id', 'name'] } };
    expect(aa(when(attrs, 'dynamodb:GetItem'), code).map((f) => f.slice(1))).toEqual([['DYNAMODB_ATTRIBUTES_WITHOUT_SELECT', 'SECURITY_WARNING']]);
    expect(hits(when({ ...attrs, StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } }, 'dynamodb:GetItem'), code)).toEqual([]);
    expect(hits(when(attrs, 'dynamodb:GetItem', 'Deny'), code)).toEqual([]);
  });

  it('s3:prefix in a Deny or under a negated operator (S3_PREFIX_IN_NEGATIVE_CONTEXT)', () => {
    const code = 's3:ListBucket';
    const found = (op: string, effect: string) => hits(when({ [op]: { 's3:prefix': 'private/' } }, code, effect), 'iam.s3-prefix-in-negative-context').map((d) => d.params?.accessAnalyzerCode);
    expect(found('StringLike', 'Deny')).toEqual(['S3_PREFIX_IN_NEGATIVE_CONTEXT']);
    expect(found('StringNotLike', 'Allow')).toEqual(['S3_PREFIX_IN_NEGATIVE_CONTEXT']);
    expect(found('StringLike', 'Allow')).toEqual([]);
    expect(found('StringNotLike', 'Deny')).toEqual([]);
  });
});

describe('GitHub subject wildcards (SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED)', () => {
  const code = 'iam.github-sub-wildcard';
  const gh = (sub: string) => doc({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': sub } } });
  it('warns about a wildcard in the subject, and not about a repository and branch', () => {
    expect(aa(gh('repo:acme/app:*'), code, TRUST)).toEqual([['/Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', 'WARNING']]);
    expect(hits(gh('repo:acme/app:ref:refs/heads/main'), code, TRUST)).toEqual([]);
  });
});

describe('texts from the page', () => {
  it('RCP principal and NotPrincipal: RCP_SYNTAX_ERROR_PRINCIPAL with AA\'s text', () => {
    const rcp = doc({ Effect: 'Deny', NotPrincipal: { AWS: '123456789012' }, Action: 's3:*', Resource: '*' });
    const found = hits(rcp, 'iam.rcp-not-principal', { kind: 'rcp' });
    expect(found.map((d) => [d.params?.accessAnalyzerCode, d.message])).toEqual([['RCP_SYNTAX_ERROR_PRINCIPAL', 'RCP syntax error principal: The Principal element contents are not valid. RCPs only support specifying all principals ("*") in the Principal element. The NotPrincipal element is not supported for RCPs.']]);
  });
  it('MISSING_ARN_ACCOUNT names the resource', () => {
    const found = hits(doc({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1::table/t' }), 'iam.arn-missing-account');
    expect(found.map((d) => d.message)).toEqual(['Missing ARN account: The resource arn:aws:dynamodb:us-east-1::table/t in the arn is missing an account id. Please provide a 12 digit account id.']);
  });
});

describe('RCP conditions and service principals', () => {
  const RCP: ValidateOptions = { kind: 'rcp' };
  const deny = (Condition: unknown) => doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition });
  const found = (p: unknown) => validateIamPolicy(p, RCP).diagnostics.map((d) => d.params?.accessAnalyzerCode).filter((c) => String(c).startsWith('RCP_MISSING'));
  it('a principal key without excluding service principals (RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY)', () => {
    const org = { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } };
    expect(found(deny(org))).toEqual(['RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY']);
    expect(found(deny({ ...org, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } }))).toEqual([]);
  });
  it('a source key without service-only scope or a null check (RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY, …_NULL_CHECK)', () => {
    const src = { StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' } };
    expect(found(deny(src)).sort()).toEqual(['RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY', 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK']);
    expect(found(deny({ ...src, Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:PrincipalIsAWSService': 'true' } }))).toEqual([]);
  });
});

describe('VPC endpoint owner keys outside their services (USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES)', () => {
  const code = 'iam.vpce-key-unsupported-service';
  const deny = (Action: unknown, key = 'aws:VpceOrgID') => doc({ Effect: 'Deny', Action, Resource: '*', Condition: { StringNotEqualsIfExists: { [key]: 'o-a1b2c3d4e5' } } });
  it('warns when the statement reaches services the key does not support', () => {
    expect(aa(deny(['s3:GetObject', 'ec2:RunInstances']), code)).toEqual([['/Statement/0/Condition/StringNotEqualsIfExists/aws:VpceOrgID', 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', 'WARNING']]);
    expect(hits(deny(['s3:GetObject', 'ec2:RunInstances']), code)[0]!.params?.unsupported).toBe('ec2');
    expect(hits(deny('*'), code)).toHaveLength(1);
    expect(hits(deny('iam:PassRole'), code)[0]!.params?.unsupported).toBe('iam:PassRole');
    // sqs supports aws:VpceOrgID but not aws:VpceAccount
    expect(hits(deny('sqs:SendMessage', 'aws:VpceAccount'), code)).toHaveLength(1);
  });
  it('is silent when every action belongs to a supporting service', () => {
    expect(hits(deny(['s3:GetObject', 'kms:Decrypt', 'sqs:SendMessage']), code)).toEqual([]);
    expect(hits(deny('iam:GetRole', 'aws:VpceAccount'), code)).toEqual([]);
  });
});
