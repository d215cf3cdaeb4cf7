/** Access Analyzer checks of ARN fields and condition keys, operators and values: each triggered, and not by the fixed policy. */
import { describe, expect, it } from 'vitest';
import { validateIamPolicy } from '../src/index.js';

type Stmt = Record<string, unknown>;
const policy = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*', extra: Stmt = {}): Stmt => ({ Effect: 'Allow', Action, Resource, ...extra });
const when = (Condition: unknown, Action: unknown = 's3:GetObject') => allow(Action, '*', { Condition });
const found = (p: unknown) => validateIamPolicy(p).diagnostics.map((d) => [d.code, d.path, d.params?.accessAnalyzerCode, d.params?.findingType]);
const codes = (p: unknown) => validateIamPolicy(p).diagnostics.map((d) => d.code);
const cond = (op: string, key: string) => `/Statement/0/Condition/${op}/${key.replace(/\//g, '~1')}`;

describe('ARN fields', () => {
  it.each([
    ['iam.arn-account-not-allowed', allow('s3:GetObject', 'arn:aws:s3::123456789012:b/k'), allow('s3:GetObject', 'arn:aws:s3:::b/k'), 'ARN_ACCOUNT_NOT_ALLOWED', 'ERROR', '/Statement/0/Resource'],
    ['iam.arn-region-not-allowed', allow('iam:GetRole', 'arn:aws:iam:us-east-1:123456789012:role/r'), allow('iam:GetRole', 'arn:aws:iam::123456789012:role/r'), 'ARN_REGION_NOT_ALLOWED', 'ERROR', '/Statement/0/Resource'],
    ['iam.arn-missing-region', allow('sqs:SendMessage', 'arn:aws:sqs::123456789012:q'), allow('sqs:SendMessage', 'arn:aws:sqs:*:123456789012:q'), 'MISSING_ARN_REGION', 'ERROR', '/Statement/0/Resource'],
    ['iam.arn-invalid-region', allow('sqs:SendMessage', 'arn:aws:sqs:useast1:123456789012:q'), allow('sqs:SendMessage', 'arn:aws:sqs:eu-west-3:123456789012:q'), 'INVALID_ARN_REGION', 'ERROR', '/Statement/0/Resource'],
    ['iam.invalid-resource', allow('s3:GetObject', 's3:::b/k'), allow('s3:GetObject', 'arn:aws:s3:::b/k'), 'INVALID_ARN_PREFIX', 'ERROR', '/Statement/0/Resource'],
    ['iam.invalid-resource', allow('s3:GetObject', 'arn:aws:s3:b'), allow('s3:GetObject', 'arn:aws:s3:::b/k'), 'MISSING_ARN_FIELD', 'ERROR', '/Statement/0/Resource'],
  ])('%s (%s)', (code, bad, good, aa, type, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, type]);
    expect(codes(policy(good))).not.toContain(code);
  });

  it('Invalid ARN Region: checked against the Region table of the ARN\'s partition', () => {
    const region = (arn: string) => codes(policy(allow('sqs:SendMessage', arn))).includes('iam.arn-invalid-region');
    // Well formed but no Region of any partition, or a Region of another partition.
    expect(region('arn:aws:sqs:us-east-9:123456789012:q')).toBe(true);
    expect(region('arn:aws:sqs:cn-north-1:123456789012:q')).toBe(true);
    expect(region('arn:aws-us-gov:sqs:us-east-1:123456789012:q')).toBe(true);
    // Each partition's own Regions, and any Region under a partition pattern.
    expect(region('arn:aws-cn:sqs:cn-north-1:123456789012:q')).toBe(false);
    expect(region('arn:aws-us-gov:sqs:us-gov-west-1:123456789012:q')).toBe(false);
    expect(region('arn:aws-eusc:sqs:eusc-de-east-1:123456789012:q')).toBe(false);
    expect(region('arn:aws:sqs:ap-southeast-7:123456789012:q')).toBe(false);
    expect(region('arn:*:sqs:cn-north-1:123456789012:q')).toBe(false);
    expect(region('arn:*:sqs:us-east-9:123456789012:q')).toBe(true);
    // Wildcards and variables in the Region field are allowed.
    for (const r of ['*', 'us-*', 'us-east-?', '${aws:RequestedRegion}']) expect(region(`arn:aws:sqs:${r}:123456789012:q`), r).toBe(false);
    const d = validateIamPolicy(policy(allow('sqs:SendMessage', 'arn:aws:sqs:cn-north-1:123456789012:q'))).diagnostics.find((x) => x.code === 'iam.arn-invalid-region')!;
    expect(d.message).toContain('`cn-north-1` is a Region of the `aws-cn` partition, not of `aws`');
  });

  it('services whose ARNs have no Region (IAM, S3 buckets, Route 53, CloudFront) need an empty Region field', () => {
    const notAllowed = (action: string, arn: string) => codes(policy(allow(action, arn))).includes('iam.arn-region-not-allowed');
    expect(notAllowed('s3:ListBucket', 'arn:aws:s3:us-east-1::b')).toBe(true);
    expect(notAllowed('s3:ListBucket', 'arn:aws:s3:::b')).toBe(false);
    expect(notAllowed('route53:GetHostedZone', 'arn:aws:route53:us-east-1::hostedzone/Z1')).toBe(true);
    expect(notAllowed('route53:GetHostedZone', 'arn:aws:route53:::hostedzone/Z1')).toBe(false);
    expect(notAllowed('cloudfront:GetDistribution', 'arn:aws:cloudfront:us-east-1:123456789012:distribution/E1')).toBe(true);
    expect(notAllowed('cloudfront:GetDistribution', 'arn:aws:cloudfront::123456789012:distribution/E1')).toBe(false);
    // A wildcard Region is not a Region: AA leaves it alone, and so does Arbiter.
    expect(notAllowed('iam:GetRole', 'arn:aws:iam:*:123456789012:role/r')).toBe(false);
  });

  it('a format that allows the field (S3 access points carry Region and account) is not flagged', () => {
    expect(codes(policy(allow('s3:GetObject', 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap/object/k')))).toEqual([]);
  });

  it('a wrong Region or account is not also reported as a resource of no type', () => {
    expect(codes(policy(allow('s3:GetObject', 'arn:aws:s3:us-east-1::b/k')))).toEqual(['iam.arn-region-not-allowed']);
  });
});

describe('condition keys and operators', () => {
  it.each([
    ['iam.invalid-region-value', when({ StringEquals: { 'aws:RequestedRegion': 'us-east-9' } }), when({ StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'ap-southeast-2'] } }), 'INVALID_REGION', 'ERROR', cond('StringEquals', 'aws:RequestedRegion')],
    ['iam.duplicate-condition-key-case', when({ StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:principaltag/team': 'b' } }), when({ StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } }), 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE', 'ERROR', cond('StringEquals', 'aws:principaltag/team')],
    ['iam.condition-mixed-value-types', when({ StringEquals: { 'aws:PrincipalTag/n': [1, 'a'] } }), when({ StringEquals: { 'aws:PrincipalTag/n': ['1', 'a'] } }), 'INVALID_CONDITION_DATA_TYPE', 'ERROR', cond('StringEquals', 'aws:PrincipalTag/n')],
    ['iam.condition-multiple-booleans', when({ Bool: { 'aws:SecureTransport': ['true', 'false'] } }), when({ Bool: { 'aws:SecureTransport': 'true' } }), 'INVALID_CONDITION_MULTIPLE_BOOLEAN', 'ERROR', cond('Bool', 'aws:SecureTransport')],
    ['iam.missing-qualifier', when({ StringEquals: { 'aws:TagKeys': ['team'] } }, 'iam:TagRole'), when({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }, 'iam:TagRole'), 'MISSING_QUALIFIER', 'ERROR', cond('StringEquals', 'aws:TagKeys')],
    ['iam.operator-type-mismatch', when({ StringEquals: { 'aws:SecureTransport': 'true' } }), when({ Bool: { 'aws:SecureTransport': 'true' } }), 'TYPE_MISMATCH', 'WARNING', cond('StringEquals', 'aws:SecureTransport')],
    ['iam.operator-type-mismatch', when({ DateGreaterThan: { 's3:max-keys': '2025-01-01' } }, 's3:ListBucket'), when({ NumericLessThan: { 's3:max-keys': '10' } }, 's3:ListBucket'), 'TYPE_MISMATCH', 'WARNING', cond('DateGreaterThan', 's3:max-keys')],
    ['iam.invalid-date-value', when({ DateGreaterThan: { 'aws:CurrentTime': 'tomorrow' } }), when({ DateGreaterThan: { 'aws:CurrentTime': '2025-01-01' } }), 'TYPE_MISMATCH_DATE', 'WARNING', cond('DateGreaterThan', 'aws:CurrentTime')],
    ['iam.epoch-date-value', when({ DateGreaterThan: { 'aws:CurrentTime': '1735689600' } }), when({ DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } }), 'INVALID_DATE_VALUE', 'WARNING', cond('DateGreaterThan', 'aws:CurrentTime')],
    ['iam.invalid-binary-value', when({ BinaryEquals: { 'aws:PrincipalTag/b': '!!!' } }), when({ BinaryEquals: { 'aws:PrincipalTag/b': 'QQ==' } }), 'TYPE_MISMATCH_STRING', 'WARNING', cond('BinaryEquals', 'aws:PrincipalTag/b')],
    ['iam.improve-ip-range', when({ IpAddress: { 'aws:SourceIp': '203.0.113.5/24' } }), when({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), 'IMPROVE_IP_RANGE', 'SUGGESTION', cond('IpAddress', 'aws:SourceIp')],
    ['iam.redundant-numeric-value', when({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } }), when({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }), 'REDUNDANT_CONDITION_VALUE_NUM', 'SUGGESTION', cond('NumericLessThan', 'aws:MultiFactorAuthAge')],
    ['iam.invalid-vpc-value', when({ StringEquals: { 'aws:SourceVpc': 'vpc-123' } }), when({ StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }), 'INVALID_VPC_FORMAT', 'ERROR', cond('StringEquals', 'aws:SourceVpc')],
    ['iam.invalid-vpce-value', when({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b' } }), when({ StringEquals: { 'aws:SourceVpce': 'vpce-11223344556677889' } }), 'INVALID_VPCE_FORMAT', 'ERROR', cond('StringEquals', 'aws:SourceVpce')],
    ['iam.missing-paired-condition-key', when({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }), when({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }), 'MISSING_PAIRED_CONDITION_KEYS', 'SECURITY_WARNING', cond('IpAddress', 'aws:VpcSourceIp')],
  ])('%s (%s)', (code, bad, good, aa, type, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, type]);
    expect(codes(policy(good))).not.toContain(code);
  });

  it('IMPROVE_IP_RANGE and REDUNDANT_CONDITION_VALUE_NUM name the replacement', () => {
    const [ip] = validateIamPolicy(policy(when({ IpAddress: { 'aws:SourceIp': ['2001:db8::1/32'] } }))).diagnostics;
    expect(ip?.params?.suggestion).toBe('2001:db8::/32');
    const [num] = validateIamPolicy(policy(when({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': ['60', '30'] } }))).diagnostics;
    expect([num?.params?.value, num?.message]).toEqual(['30', expect.stringContaining('Replace with the least single value')]);
  });

  it('Like patterns of Region codes are not checked', () => {
    expect(codes(policy(when({ StringLike: { 'aws:RequestedRegion': 'eu-*' } })))).toEqual([]);
  });
});

describe('empty condition arrays and objects', () => {
  it.each([
    ['StringEquals', 'EMPTY_ARRAY_CONDITION'],
    ['ForAllValues:StringEquals', 'EMPTY_ARRAY_CONDITION_FORALLVALUES'],
    ['ForAnyValue:StringEquals', 'EMPTY_ARRAY_CONDITION_FORANYVALUE'],
    ['StringEqualsIfExists', 'EMPTY_ARRAY_CONDITION_IFEXISTS'],
  ])('%s with [] is %s', (op, aa) => {
    const d = validateIamPolicy(policy(when({ [op]: { 'aws:PrincipalTag/team': [] } }))).diagnostics.find((x) => x.code === 'iam.empty-condition-values');
    expect([d?.path, d?.params?.accessAnalyzerCode, d?.params?.findingType]).toEqual([cond(op, 'aws:PrincipalTag/team'), aa, 'SUGGESTION']);
    expect(d?.message).toContain('aws:PrincipalTag/team');
  });

  it.each([
    [{}, '/Statement/0/Condition'],
    [{ StringEquals: {} }, '/Statement/0/Condition/StringEquals'],
  ])('EMPTY_OBJECT_CONDITION: %j', (condition, path) => {
    expect(found(policy(when(condition)))).toContainEqual(['iam.empty-object-condition', path, 'EMPTY_OBJECT_CONDITION', 'SUGGESTION']);
    expect(codes(policy(when({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } })))).not.toContain('iam.empty-object-condition');
  });

  it('reads the JSON text as written too', () => {
    const text = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{}}}';
    expect(found(text)).toContainEqual(['iam.empty-object-condition', '/Statement/Condition', 'EMPTY_OBJECT_CONDITION', 'SUGGESTION']);
  });
});
