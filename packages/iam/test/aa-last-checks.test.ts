// The Access Analyzer checks whose page text arrived last (issue #12): unsupported condition key for
// service principal, invalid KMS key value, wildcard and variable usage too permissive (sensitive keys
// and aws:userid), and the trust-policy checks that now carry AA's codes. Each triggered with AA's
// code and type, and not by the fixed policy.
import { describe, expect, it } from 'vitest';
import { validateIamPolicy, type ValidateOptions } from '../src/index.js';

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const hits = (p: unknown, code: string, options: ValidateOptions = {}) => validateIamPolicy(p, options).diagnostics.filter((d) => d.code === code);
const aa = (p: unknown, code: string, options: ValidateOptions = {}) => hits(p, code, options).map((d) => [d.path, d.params?.accessAnalyzerCode, d.params?.findingType, d.severity]);
const when = (Condition: unknown, Action = 's3:GetObject') => doc({ Effect: 'Allow', Action, Resource: '*', Condition });
const cond = (op: string, key: string, i?: number) => `/Statement/0/Condition/${op}/${key.replace(/\//g, '~1')}${i === undefined ? '' : `/${i}`}`;

describe('Unsupported condition key for service principal', () => {
  const code = 'iam.condition-key-unsupported-for-service-principal';
  const RESOURCE: ValidateOptions = { kind: 'resource' };
  const bucket = (Principal: unknown, Condition: unknown) => doc({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition });
  const cloudfront = { Service: 'cloudfront.amazonaws.com' };

  it('rejects aws:PrincipalOrgID with cloudfront.amazonaws.com (the page\'s example)', () => {
    const bad = bucket(cloudfront, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
    expect(aa(bad, code, RESOURCE)).toEqual([[cond('StringEquals', 'aws:PrincipalOrgID'), 'UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', 'ERROR', 'error']]);
    expect(hits(bad, code, RESOURCE)[0]!.message).toBe('Unsupported condition key for service principal: The following condition keys are not supported when used with the service principal: aws:PrincipalOrgID.');
    expect(validateIamPolicy(bad, RESOURCE).valid).toBe(false);
  });

  it('lists every such key of the statement once, in one finding', () => {
    const bad = bucket(cloudfront, { StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:username': 'u' }, ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/*' } });
    const found = hits(bad, code, RESOURCE);
    expect(found).toHaveLength(1);
    expect(found[0]!.params?.keys).toBe('aws:PrincipalTag/team, aws:username, aws:PrincipalArn');
  });

  it('accepts the keys a service principal carries, and the same key with other principals', () => {
    expect(hits(bucket(cloudfront, { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1' } }), code, RESOURCE)).toEqual([]);
    expect(hits(bucket('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), code, RESOURCE)).toEqual([]);
    expect(hits(bucket({ AWS: '123456789012' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), code, RESOURCE)).toEqual([]);
    // A service principal beside an account: the key applies to the account's principals.
    expect(hits(bucket({ Service: 'cloudfront.amazonaws.com', AWS: '123456789012' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), code, RESOURCE)).toEqual([]);
  });

  it('applies to role trust policies too', () => {
    const trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/' } } });
    expect(aa(trust, code, { kind: 'trust' }).map((f) => f[1])).toEqual(['UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL']);
  });
});

describe('Invalid kms key value', () => {
  const code = 'iam.invalid-kms-key-value';
  const SSE = 's3:x-amz-server-side-encryption-aws-kms-key-id';
  const put = (value: unknown, op = 'StringEquals') => when({ [op]: { [SSE]: value } }, 's3:PutObject');
  const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

  it('rejects a key id, an alias or an alias ARN where the key holds a KMS key ARN', () => {
    expect(aa(put('1234abcd-12ab-34cd-56ef-1234567890ab'), code)).toEqual([[cond('StringEquals', SSE), 'INVALID_KMS_KEY_VALUE', 'ERROR', 'error']]);
    expect(hits(put(['alias/app', KEY]), code).map((d) => d.path)).toEqual([cond('StringEquals', SSE, 0)]);
    expect(hits(put('arn:aws:kms:us-east-1:123456789012:alias/app', 'ArnEquals'), code)).toHaveLength(1);
    expect(hits(put('x', 'StringEquals'), code)[0]!.message).toBe(`Invalid kms key value: The ${SSE} condition key value must be a valid KMS key ARN.`);
  });

  it('accepts key ARNs, patterns, variables, and keys of other types', () => {
    expect(hits(put(KEY), code)).toEqual([]);
    expect(hits(put('arn:aws:kms:*:123456789012:key/*', 'ArnLike'), code)).toEqual([]);
    expect(hits(put('arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/k'), code)).toEqual([]);
    // ec2:KmsKeyId is a String key that takes key ids
    expect(hits(when({ StringEquals: { 'ec2:KmsKeyId': '1234abcd' } }, 'ec2:CreateVolume'), code)).toEqual([]);
  });
});

describe('Wildcard and variable usage too permissive: sensitive keys and aws:userid', () => {
  const wildcard = 'iam.wildcard-usage-too-permissive';
  const variable = 'iam.variable-usage-too-permissive';

  it('rejects a wildcard in a sensitive key under a Like operator', () => {
    const bad = when({ StringLike: { 'aws:SourceAccount': '1234*' } });
    expect(aa(bad, wildcard)).toEqual([[cond('StringLike', 'aws:SourceAccount'), 'WILDCARD_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
    expect(hits(bad, wildcard)[0]!.message).toMatch(/^Wildcard usage too permissive: The wildcard is not allowed in the condition key aws:SourceAccount\. We consider the key to be sensitive/);
    expect(hits(when({ StringLike: { 'aws:PrincipalOrgID': ['o-abc*', 'o-a1b2c3d4e5'] } }), wildcard).map((d) => d.path)).toEqual([cond('StringLike', 'aws:PrincipalOrgID', 0)]);
  });

  it('rejects a policy variable in a sensitive key', () => {
    const bad = when({ StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } });
    expect(aa(bad, variable)).toEqual([[cond('StringEquals', 'aws:ResourceAccount'), 'VARIABLE_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
  });

  it('accepts exact values, StringEquals (where * is a character) and escapes, and other keys', () => {
    expect(hits(when({ StringEquals: { 'aws:SourceAccount': '123456789012' } }), wildcard)).toEqual([]);
    expect(hits(when({ StringEquals: { 'aws:SourceVpc': 'vpc-*' } }), wildcard)).toEqual([]);
    expect(hits(when({ StringLike: { 'aws:SourceVpce': 'vpce-1a2b3c4d${*}' } }), wildcard)).toEqual([]);
    expect(hits(when({ StringLike: { 'aws:PrincipalTag/team': '*' } }), wildcard)).toEqual([]);
    expect(hits(when({ StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } }), variable)).toEqual([]);
  });

  it('aws:userid: a wildcard or variable right of the colon, or alone left of it', () => {
    const uid = (value: string, op = 'StringLike') => when({ [op]: { 'aws:userid': value } });
    expect(aa(uid('*'), wildcard)).toEqual([[cond('StringLike', 'aws:userid'), 'WILDCARD_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
    expect(hits(uid('AIDA*:x'), wildcard)).toHaveLength(1);
    expect(hits(uid('*'), wildcard)[0]!.message).toBe('Wildcard usage too permissive: Overly permissive use of wildcard with aws:userID. Use the wildcard on the right side of colon or as the only character on the left side of a colon.');
    expect(hits(uid('AIDACKCEVSQ6C2EXAMPLE:*'), wildcard)).toEqual([]);
    expect(hits(uid('*:*'), wildcard)).toEqual([]);
    expect(aa(uid('${aws:userid}', 'StringEquals'), variable)).toEqual([[cond('StringEquals', 'aws:userid'), 'VARIABLE_USAGE_TOO_PERMISSIVE', 'ERROR', 'error']]);
    expect(hits(uid('AIDACKCEVSQ6C2EXAMPLE:${aws:username}', 'StringEquals'), variable)).toEqual([]);
    expect(hits(uid('${aws:userid}:*'), variable)).toEqual([]);
  });
});

describe('trust-policy checks that now carry AA codes', () => {
  const web = (Federated: string, Condition?: unknown) => doc({ Effect: 'Allow', Principal: { Federated }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) });
  const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
  const EKS = 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC';

  it('MISSING_GITHUB_REPO_CONDITION_KEY: GitHub Actions without a sub condition', () => {
    const aud = { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } };
    expect(aa(web(GH, aud), 'iam.oidc-missing-sub', { kind: 'trust' }).map((f) => f.slice(1))).toEqual([['MISSING_GITHUB_REPO_CONDITION_KEY', 'SECURITY_WARNING', 'warning']]);
    expect(hits(web(GH, { ...aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } }), 'iam.oidc-missing-sub', { kind: 'trust' })).toEqual([]);
  });

  it('MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: another OIDC provider without a condition on its keys', () => {
    expect(aa(web(EKS), 'iam.oidc-missing-aud', { kind: 'trust' }).map((f) => f.slice(1))).toEqual([['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL', 'SECURITY_WARNING', 'warning']]);
    expect(hits(web(EKS, { StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/ABC:aud': 'sts.amazonaws.com' } }), 'iam.oidc-missing-aud', { kind: 'trust' })).toEqual([]);
  });
});
