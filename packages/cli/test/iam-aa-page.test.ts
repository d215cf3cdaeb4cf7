// `arbiter iam validate --format json` prints the Access Analyzer checks added from the page text
// (issue #12): unsupported condition key for service principal, invalid KMS key value, wildcard and
// variable usage too permissive — each with AA's code and finding type; the fixed policies pass.
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const aaOf = (file: any) => file.diagnostics.map((d: any) => [d.params.accessAnalyzerCode, d.params.findingType, d.path]);

describe('arbiter iam validate: the last AA checks', () => {
  it('reports each as an error with its AA code and passes the fixed policies', async () => {
    const f = files({
      'cloudfront.json': policy({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5', 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1' } } }),
      'kms.json': policy({ Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'alias/app' } } }),
      'sensitive.json': policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 'aws:ResourceOrgID': 'o-*', 'aws:userid': '${aws:username}' } } }),
      'fixed.json': policy({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', Condition: { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1', 'aws:ResourceOrgID': 'o-a1b2c3d4e5' } } }),
    });
    const bucket = await cli(['--format', 'json', 'iam', 'validate', '--kind', 'resource', f['cloudfront.json']!, f['fixed.json']!]);
    const identity = await cli(['--format', 'json', 'iam', 'validate', f['kms.json']!, f['sensitive.json']!]);
    expect([bucket.code, identity.code]).toEqual([1, 1]);
    const [cloudfront, fixed] = bucket.json().files;
    const [kms, sensitive] = identity.json().files;
    expect(aaOf(cloudfront)).toEqual([['UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', 'ERROR', '/Statement/0/Condition/StringEquals/aws:PrincipalOrgID']]);
    expect(aaOf(kms)).toContainEqual(['INVALID_KMS_KEY_VALUE', 'ERROR', '/Statement/0/Condition/StringNotEquals/s3:x-amz-server-side-encryption-aws-kms-key-id']);
    expect(aaOf(sensitive)).toEqual(expect.arrayContaining([
      ['WILDCARD_USAGE_TOO_PERMISSIVE', 'ERROR', '/Statement/0/Condition/StringLike/aws:ResourceOrgID'],
      ['VARIABLE_USAGE_TOO_PERMISSIVE', 'ERROR', '/Statement/0/Condition/StringLike/aws:userid'],
    ]));
    expect(fixed.diagnostics).toEqual([]);
  });
});
