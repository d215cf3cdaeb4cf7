/** Access Analyzer checks of whole statements: Create-SLR, tag keys per service, redundancy, principals, Sids, variables. */
import { describe, expect, it } from 'vitest';
import { validateIamPolicy } from '../src/index.js';
import type { PolicyKind } from '../src/types.js';

type Stmt = Record<string, unknown>;
const policy = (...Statement: Stmt[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*', extra: Stmt = {}): Stmt => ({ Effect: 'Allow', Action, Resource, ...extra });
const found = (p: unknown, kind: PolicyKind = 'identity') => validateIamPolicy(p, { kind }).diagnostics.map((d) => [d.code, d.path, d.params?.accessAnalyzerCode, d.params?.findingType]);
const codes = (p: unknown, kind: PolicyKind = 'identity') => validateIamPolicy(p, { kind }).diagnostics.map((d) => d.code);
const role = 'arn:aws:iam::123456789012:role/app';

describe('iam:CreateServiceLinkedRole warnings', () => {
  it.each([
    ['iam.create-slr-with-not-resource', { Effect: 'Allow', Action: 'iam:CreateServiceLinkedRole', NotResource: role }, { Effect: 'Deny', Action: 'iam:CreateServiceLinkedRole', NotResource: role }, 'CREATE_SLR_WITH_NOT_RESOURCE', '/Statement/0/NotResource'],
    ['iam.create-slr-with-not-resource', { Effect: 'Allow', Action: 'iam:Create*', NotResource: role }, { Effect: 'Allow', Action: 'iam:CreateRole', NotResource: role }, 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', '/Statement/0/NotResource'],
    ['iam.create-slr-with-not-resource', { Effect: 'Allow', NotAction: 's3:*', NotResource: role }, { Effect: 'Allow', NotAction: 'iam:*', NotResource: role }, 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE', '/Statement/0/NotResource'],
    ['iam.create-slr-with-star-in-resource', allow('iam:CreateServiceLinkedRole'), allow('iam:CreateServiceLinkedRole', 'arn:aws:iam::*:role/aws-service-role/ecs.amazonaws.com/*'), 'CREATE_SLR_WITH_STAR_IN_RESOURCE', '/Statement/0/Resource'],
    ['iam.create-slr-with-star-in-resource', allow('iam:CreateServiceLinkedRole', 'arn:aws:iam::*:role/aws-service-role/*'), allow('iam:CreateServiceLinkedRole', '*', { Condition: { StringEquals: { 'iam:AWSServiceName': 'ecs.amazonaws.com' } } }), 'CREATE_SLR_WITH_STAR_IN_RESOURCE', '/Statement/0/Resource'],
    ['iam.create-slr-with-star-in-resource', allow('*'), allow('s3:*'), 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', '/Statement/0/Resource'],
    ['iam.create-slr-with-star-in-resource', { Effect: 'Allow', NotAction: 's3:*', Resource: '*' }, { Effect: 'Allow', NotAction: 'iam:Create*', Resource: '*' }, 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', '/Statement/0/Resource'],
  ])('%s (%s)', (code, bad, good, aa, path) => {
    expect(found(policy(bad))).toContainEqual([code, path, aa, 'WARNING']);
    expect(codes(policy(good))).not.toContain(code);
  });
});

describe('tag condition keys with services that do not support them', () => {
  const tag = { StringEquals: { 'aws:ResourceTag/team': 'blue' } };
  const at = '/Statement/0/Condition/StringEquals/aws:ResourceTag~1team';
  it.each([
    [allow(['sts:GetCallerIdentity', 'ec2:StopInstances'], '*', { Condition: tag }), allow('ec2:StopInstances', '*', { Condition: tag }), 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'SUGGESTION'],
    [{ Effect: 'Deny', Action: ['s3:ListAllMyBuckets', 'ec2:StopInstances'], Resource: '*', Condition: tag }, { Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*', Condition: tag }, 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'SECURITY_WARNING'],
    [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: tag }, { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'SUGGESTION'],
    [{ Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: tag }, { Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*', Condition: tag }, 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'SECURITY_WARNING'],
  ])('%#: %s', (bad, good, aa, type) => {
    expect(found(policy(bad))).toContainEqual(['iam.tag-key-unsupported-by-service', at, aa, type]);
    expect(codes(policy(good))).not.toContain('iam.tag-key-unsupported-by-service');
  });

  it('names the services whose actions ignore the key', () => {
    const d = validateIamPolicy(policy(allow(['sts:GetCallerIdentity', 's3:ListAllMyBuckets', 'ec2:StopInstances'], '*', { Condition: tag }))).diagnostics[0];
    expect(d?.params?.services).toBe('s3, sts');
  });

  it('a wildcard action is flagged only when none of its actions supports the key', () => {
    expect(codes(policy(allow('ec2:*', '*', { Condition: tag })))).not.toContain('iam.tag-key-unsupported-by-service');
    expect(codes(policy(allow('sts:GetCaller*', '*', { Condition: tag })))).toContain('iam.tag-key-unsupported-by-service');
  });
});

describe('redundancy', () => {
  it.each([
    ['iam.redundant-action', allow(['iam:Get*', 'iam:List*', 'iam:GetCredentialReport']), allow(['iam:Get*', 'iam:*CredentialReport']), 'REDUNDANT_ACTION', '/Statement/0/Action/2'],
    ['iam.redundant-action', allow(['s3:GetObject', 's3:getobject']), allow(['s3:GetObject', 's3:PutObject']), 'REDUNDANT_ACTION', '/Statement/0/Action/1'],
    ['iam.redundant-action', allow(['s3:GetObject', '*']), allow(['*']), 'REDUNDANT_ACTION', '/Statement/0/Action/0'],
    ['iam.redundant-resource', allow('iam:GetRole', ['arn:aws:iam::111122223333:role/jane-admin', 'arn:aws:iam::111122223333:role/jane*']), allow('iam:GetRole', ['arn:aws:iam::111122223333:role/jane-admin', 'arn:aws:iam::111122223333:role/bob*']), 'REDUNDANT_RESOURCE', '/Statement/0/Resource/0'],
    ['iam.redundant-resource', allow('s3:GetObject', ['arn:aws:s3:::b/x*', 'arn:aws:s3:::b/*']), allow('s3:GetObject', ['arn:aws:s3:::b/x?', 'arn:aws:s3:::b/x*y']), 'REDUNDANT_RESOURCE', '/Statement/0/Resource/0'],
    ['iam.redundant-statement', allow('s3:GetObject'), allow('s3:PutObject'), 'REDUNDANT_STATEMENT', '/Statement/1'],
  ])('%s (%s)', (code, bad, other, aa, path) => {
    const twice = code === 'iam.redundant-statement';
    expect(found(twice ? policy(bad, { ...bad, Action: ['s3:getobject'] }) : policy(bad))).toContainEqual([code, path, aa, 'SUGGESTION']);
    expect(codes(twice ? policy(bad, other) : policy(other))).not.toContain(code);
  });

  it('reports the specific ARNs a wildcard already covers, as AA\'s example does', () => {
    const p = policy(allow('iam:GetRole', ['arn:aws:iam::111122223333:role/jane-admin', 'arn:aws:iam::111122223333:role/jane-s3only', 'arn:aws:iam::111122223333:role/jane*']));
    expect(found(p).filter((f) => f[0] === 'iam.redundant-resource').map((f) => f[1])).toEqual(['/Statement/0/Resource/0', '/Statement/0/Resource/1']);
  });

  it('a hostile resource list is past the work budget: the check is skipped, not slow', () => {
    const hostile = Array.from({ length: 900 }, (_, i) => `arn:aws:s3:::b/${'*a'.repeat(20)}${i}`);
    expect(codes(policy(allow('s3:GetObject', [...hostile, 'arn:aws:s3:::b/*'])))).not.toContain('iam.redundant-resource');
    expect(codes(policy(allow('s3:GetObject', [...hostile.slice(0, 20), 'arn:aws:s3:::b/*'])))).toContain('iam.redundant-resource');
  });

  it('values with variables are neither covered nor covering', () => {
    expect(codes(policy(allow('s3:GetObject', ['arn:aws:s3:::b/${aws:username}/*', 'arn:aws:s3:::b/${aws:username}/*'])))).not.toContain('iam.redundant-resource');
  });
});

describe('principals, Sids and variables', () => {
  const res = (Principal: unknown): Stmt => ({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  it.each([
    ['iam.empty-object-principal', res({}), '/Statement/0/Principal', 'EMPTY_OBJECT_PRINCIPAL'],
    ['iam.empty-array-principal', res({ AWS: [] }), '/Statement/0/Principal/AWS', 'EMPTY_ARRAY_PRINCIPAL'],
  ])('%s', (code, bad, path, aa) => {
    expect(found(policy(bad), 'resource')).toContainEqual([code, path, aa, 'SUGGESTION']);
    expect(codes(policy(res({ AWS: '123456789012' })), 'resource')).not.toContain(code);
  });

  it('UNSUPPORTED_SID: IAM Sids are letters and digits; other services\' resource policies are not checked', () => {
    expect(found(policy(allow('s3:GetObject', '*', { Sid: 'Allow-Read' })))).toContainEqual(['iam.unsupported-sid', '/Statement/0/Sid', 'UNSUPPORTED_SID', 'ERROR']);
    expect(codes(policy(allow('s3:GetObject', '*', { Sid: 'AllowRead2' })))).not.toContain('iam.unsupported-sid');
    expect(codes(policy({ ...res('*'), Sid: '__default_statement_ID' }), 'resource')).not.toContain('iam.unsupported-sid');
  });

  it('UNIQUE_SIDS_RECOMMENDED in resource policies, UNIQUE_SIDS_REQUIRED elsewhere', () => {
    const dup = (extra: Stmt) => policy({ ...extra, Sid: 'A' }, { ...extra, Sid: 'A', Action: 's3:PutObject' });
    const r = validateIamPolicy(dup(res('*')), { kind: 'resource' });
    expect([r.valid, r.diagnostics.map((d) => [d.code, d.path, d.params?.accessAnalyzerCode, d.params?.findingType])]).toEqual([true, [['iam.duplicate-sid', '/Statement/1/Sid', 'UNIQUE_SIDS_RECOMMENDED', 'WARNING']]]);
    expect(found(dup(allow('s3:GetObject')))).toContainEqual(['iam.duplicate-sid', '/Statement/1/Sid', 'UNIQUE_SIDS_REQUIRED', 'ERROR']);
  });

  it('UNSUPPORTED_SYMBOL_IN_VARIABLE', () => {
    expect(found(policy(allow('s3:GetObject', 'arn:aws:s3:::b/${aws:user#name}/*')))).toContainEqual(['iam.variable-unsupported-symbol', '/Statement/0/Resource', 'UNSUPPORTED_SYMBOL_IN_VARIABLE', 'ERROR']);
    expect(codes(policy(allow('s3:GetObject', 'arn:aws:s3:::b/${aws:PrincipalTag/cost-center}/${aws:username}/*')))).not.toContain('iam.variable-unsupported-symbol');
  });
});

describe('the README example', () => {
  it('gives the findings the README prints, sorted by pointer', () => {
    const found = validateIamPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:GetRole'], Resource: 'arn:aws:iam:us-east-1:123456789012:role/app' }] }).diagnostics.map((d) => [d.params?.accessAnalyzerCode, d.path]);
    expect(found).toEqual([['REDUNDANT_ACTION', '/Statement/0/Action/1'], ['ARN_REGION_NOT_ALLOWED', '/Statement/0/Resource']]);
  });
});
