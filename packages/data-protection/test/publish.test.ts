/** The publish/deliver flow: principals, sampling, audit records, deny, mask/redact, outbound. */
import { describe, expect, it } from 'vitest';
import { callerKeys, principalKey, publishMessage } from '../src/index.js';

const ARN = 'arn:aws:dataprotection::aws:data-identifier/';
const ADMIN = 'arn:aws:iam::111122223333:role/Admin';
const base = (statements: unknown[]): Record<string, unknown> => ({ Name: 'p', Version: '2021-06-01', Statement: statements });
const stmt = (direction: string, principal: string[], ids: string[], operation: unknown): Record<string, unknown> => ({
  DataDirection: direction, Principal: principal, DataIdentifier: ids.map((i) => ARN + i), Operation: operation,
});
const auditStmt = (rate: string): Record<string, unknown> =>
  stmt('Inbound', ['*'], ['Ssn-US', 'EmailAddress'], { Audit: { SampleRate: rate, FindingsDestination: { S3: { Bucket: 'findings' } }, NoFindingsDestination: { S3: { Bucket: 'clean' } } } });

describe('principal matching', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/Admin', true],
    ['arn:aws:sts::111122223333:assumed-role/Admin/session-1', 'arn:aws:iam::111122223333:role/Admin', true],
    ['arn:aws:sts::111122223333:assumed-role/Admin/session-1', 'arn:aws:iam::111122223333:role/ops/Admin', true],
    ['arn:aws:iam::111122223333:user/alice', '111122223333', true],
    ['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:root', true],
    ['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:user/bob', false],
    ['arn:aws:iam::999999999999:role/Admin', 'arn:aws:iam::111122223333:role/Admin', false],
    ['arn:aws:iam::999999999999:role/Admin', '111122223333', false],
  ])('%s against %s → %s', (caller, entry, expected) => {
    expect(callerKeys(caller).includes(principalKey(entry))).toBe(expected);
  });
});

describe('publishMessage', () => {
  const message = 'SSN: 123-12-1234 email ana@example.com';

  it('audits a sampled message in AWS shape and counts MessagesWithFindings', () => {
    const r = publishMessage(base([auditStmt('50')]), { message, principal: ADMIN, random: () => 0.1, messageId: 'm-1', now: new Date('2022-05-12T02:10:44.123Z'), topicArn: 'arn:aws:sns:us-east-1:111122223333:t' });
    if (!r.ok) throw new Error('invalid');
    expect(r.value.audit?.record).toEqual({
      messageId: 'm-1', auditTimestamp: '2022-05-12T02:10:44Z', callerPrincipal: ADMIN, resourceArn: 'arn:aws:sns:us-east-1:111122223333:t',
      dataIdentifiers: [{ name: 'Ssn-US', count: 1, detections: [{ start: 5, end: 15 }] }, { name: 'EmailAddress', count: 1, detections: [{ start: 23, end: 37 }] }],
    });
    expect(r.value.audit?.metrics).toEqual({ MessagesWithFindings: 1, MessagesWithNoFindings: 0 });
    expect(r.value.audit?.destination).toEqual({ s3: { bucket: 'findings' } });
  });

  it('samples with probability SampleRate/100 through the random source; 0 never audits', () => {
    const at = (rate: string, random: number): boolean | undefined => {
      const r = publishMessage(base([auditStmt(rate)]), { message: 'hello', principal: ADMIN, random: () => random });
      return r.ok ? r.value.audit?.sampled : undefined;
    };
    expect(at('50', 0.49)).toBe(true);
    expect(at('50', 0.5)).toBe(false);
    expect(at('0', 0)).toBe(false);
    const clean = publishMessage(base([auditStmt('99')]), { message: 'hello', principal: ADMIN, random: () => 0 });
    expect(clean.ok && clean.value.audit?.metrics).toEqual({ MessagesWithFindings: 0, MessagesWithNoFindings: 1 });
  });

  it('refuses an inbound-denied publish with AuthorizationError 403, only for matching principals', () => {
    const policy = base([stmt('Inbound', ['arn:aws:iam::111122223333:role/Admin'], ['Ssn-US'], { Deny: {} })]);
    const denied = publishMessage(policy, { message, principal: 'arn:aws:sts::111122223333:assumed-role/Admin/s' });
    expect(denied.ok && [denied.value.published, denied.value.error?.code, denied.value.error?.statusCode]).toEqual([false, 'AuthorizationError', 403]);
    const other = publishMessage(policy, { message, principal: 'arn:aws:iam::111122223333:role/Other' });
    expect(other.ok && other.value.published).toBe(true);
  });

  it('masks (length kept) and redacts, redact winning where spans overlap', () => {
    const masked = publishMessage(base([stmt('Inbound', ['*'], ['Ssn-US'], { Deidentify: { MaskConfig: { MaskWithCharacter: '#' } } })]), { message: 'ssn: 123-45-6789', principal: ADMIN, subscriptions: { a: ADMIN } });
    expect(masked.ok && masked.value.message).toBe('ssn: ###########');
    const both = publishMessage(
      base([
        stmt('Inbound', ['*'], ['Ssn-US'], { Deidentify: { MaskConfig: {} } }),
        stmt('Inbound', ['*'], ['Ssn-US'], { Deidentify: { RedactConfig: {} } }),
      ]),
      { message: 'ssn: 123-45-6789!', principal: ADMIN },
    );
    expect(both.ok && both.value.message).toBe('ssn: !');
  });

  it('fails the publish when the whole message is sensitive and redacted', () => {
    const r = publishMessage(base([stmt('Inbound', ['*'], ['EmailAddress'], { Deidentify: { RedactConfig: {} } })]), { message: 'ana@example.com', principal: ADMIN });
    expect(r.ok && [r.value.published, r.value.error?.code]).toEqual([false, 'AuthorizationError']);
  });

  it('denies or de-identifies outbound per subscription principal, after inbound de-identification', () => {
    const policy = base([
      stmt('Inbound', ['*'], ['EmailAddress'], { Deidentify: { MaskConfig: { MaskWithCharacter: '*' } } }),
      stmt('Outbound', ['arn:aws:iam::111122223333:role/Billing'], ['Ssn-US'], { Deny: {} }),
      stmt('Outbound', ['111122223333'], ['EmailAddress', 'Ssn-US'], { Deidentify: { RedactConfig: {} } }),
    ]);
    const r = publishMessage(policy, {
      message, principal: ADMIN, topicArn: 'arn:aws:sns:us-east-1:111122223333:t',
      subscriptions: { billing: 'arn:aws:iam::111122223333:role/Billing', ops: 'arn:aws:iam::111122223333:role/Ops', outside: 'arn:aws:iam::444455556666:role/X' },
    });
    if (!r.ok) throw new Error('invalid');
    expect(r.value.deliveries['billing']).toMatchObject({ delivered: false, statusCode: 403, providerResponse: "The topic's data protection policy prohibits this message from being delivered to arn:aws:sns:us-east-1:111122223333:t:billing" });
    expect(r.value.deliveries['ops']).toMatchObject({ delivered: true, message: 'SSN:  email ***************' });
    expect(r.value.deliveries['outside']).toMatchObject({ delivered: true, message: 'SSN: 123-12-1234 email ***************' });
  });

  it('rejects invalid policies and oversized messages with diagnostics', () => {
    expect(publishMessage({ Version: 'x' }, { message: 'a', principal: ADMIN }).ok).toBe(false);
    const big = publishMessage(base([auditStmt('1')]), { message: 'a'.repeat(262_145), principal: ADMIN });
    expect(!big.ok && big.diagnostics[0]?.code).toBe('dp.message-too-large');
  });
});
