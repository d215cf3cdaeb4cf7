/**
 * CloudWatch Logs data protection. Where each case comes from:
 * - [S5] mask-sensitive-log-data-audit-findings.html: the findings report example (two e-mail
 *   addresses in one event, detections 13..26 and 30..43, resourceArn of /aws/lambda/MyLogGroup).
 * - [API] PutDataProtectionPolicy / PutAccountPolicy `policyDocument` text (two blocks, Audit first
 *   with a FindingsDestination object, Deidentify second with an empty MaskConfig, matching
 *   DataIdentifier arrays) and its example policy (EmailAddress + DriversLicense-US, S3 bucket).
 * - [ACCT] PutAccountPolicy: account and log-group policies are cumulative.
 * - [SUB] SubscriptionFilters.html: the subscription payload shape (messageType, owner, logGroup,
 *   logStream, subscriptionFilters, logEvents {id, timestamp, message}), gzip + base64 in `awslogs.data`.
 * - [CLASS] mask-sensitive-log-data.html: masking only for the Standard log class.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseLogsDataProtectionPolicy, protectLogEvents, readLogEvents, type LogsDataProtectionPolicy } from '../src/index.js';

const arn = (n: string): string => `arn:aws:dataprotection::aws:data-identifier/${n}`;
const doc = (ids: string[], destination: unknown = {}, mask: unknown = {}) => ({
  Name: 'data-protection-policy', Description: 'test description', Version: '2021-06-01',
  Statement: [
    { Sid: 'audit-policy', DataIdentifier: ids, Operation: { Audit: { FindingsDestination: destination } } },
    { Sid: 'redact-policy', DataIdentifier: ids, Operation: { Deidentify: { MaskConfig: mask } } },
  ],
});
const policy = (ids: string[], scope: 'account' | 'log-group' = 'log-group', destination: unknown = {}): LogsDataProtectionPolicy => {
  const r = parseLogsDataProtectionPolicy(doc(ids.map(arn), destination), { scope });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.value;
};
const codes = (input: unknown): string[] => {
  const r = parseLogsDataProtectionPolicy(input);
  return r.ok ? [] : r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path}`);
};
const lambdaEvent = (payload: unknown) => ({ awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } });

describe('CloudWatch Logs policies [API]', () => {
  it("accepts AWS's example policy", () => {
    const r = parseLogsDataProtectionPolicy(doc([arn('EmailAddress'), arn('DriversLicense-US')], { S3: { Bucket: 'EXISTING_BUCKET' } }));
    expect(r.ok && { ids: r.value.identifiers, dest: r.value.findingsDestination }).toEqual({ ids: ['EmailAddress', 'DriversLicense-US'], dest: { s3: { bucket: 'EXISTING_BUCKET' } } });
  });

  it.each([
    ['one statement', { ...doc([arn('EmailAddress')]), Statement: [doc([arn('EmailAddress')]).Statement[0]] }, ['dp.logs.statement-count /Statement']],
    ['Deidentify first', { ...doc([arn('EmailAddress')]), Statement: [...doc([arn('EmailAddress')]).Statement].reverse() }, ['dp.logs.audit-first /Statement/0/Operation', 'dp.logs.deidentify-second /Statement/1/Operation']],
    ['identifiers differ', { ...doc([arn('EmailAddress')]), Statement: [doc([arn('EmailAddress')]).Statement[0], doc([arn('Ssn-US')]).Statement[1]] }, ['dp.logs.identifiers-differ /Statement/1/DataIdentifier']],
    ['MaskConfig not empty', doc([arn('EmailAddress')], {}, { MaskWithCharacter: '#' }), ['dp.logs.mask-config-not-empty /Statement/1/Operation/Deidentify/MaskConfig']],
    ['no FindingsDestination', { ...doc([arn('EmailAddress')]), Statement: [{ DataIdentifier: [arn('EmailAddress')], Operation: { Audit: {} } }, doc([arn('EmailAddress')]).Statement[1]] }, ['dp.logs.findings-destination-required /Statement/0/Operation/Audit/FindingsDestination']],
    ['an SNS principal', { ...doc([arn('EmailAddress')]), Statement: [{ ...doc([arn('EmailAddress')]).Statement[0], Principal: ['*'] }, doc([arn('EmailAddress')]).Statement[1]] }, ['dp.logs.unsupported-field /Statement/0/Principal']],
    ['a bad log group name', doc([arn('EmailAddress')], { CloudWatchLogs: { LogGroup: 'audit group!' } }), ['dp.logs.invalid-destination /Statement/0/Operation/Audit/FindingsDestination/CloudWatchLogs/LogGroup']],
    ['an unknown identifier', doc([arn('Nope')]), ['dp.unknown-identifier /Statement/0/DataIdentifier/0', 'dp.unknown-identifier /Statement/1/DataIdentifier/0']],
  ])('rejects %s', (_, input, expected) => expect(codes(input)).toEqual(expected));

  it('accepts China-partition ARNs and custom identifiers', () => {
    const input = { ...doc(['arn:aws-cn:dataprotection::aws:data-identifier/EmailAddress', 'EmployeeId']), Configuration: { CustomDataIdentifier: [{ Name: 'EmployeeId', Regex: 'EmployeeID-\\d{9}' }] } };
    const r = parseLogsDataProtectionPolicy(input);
    expect(r.ok && r.value.identifiers).toEqual(['EmailAddress', 'EmployeeId']);
  });
});

describe('CloudWatch Logs protection', () => {
  it('writes the findings report of AWS\'s example and masks with asterisks [S5]', () => {
    const batch = readLogEvents({ logGroupName: '/aws/lambda/MyLogGroup', logStreamName: 's', logEvents: [{ timestamp: 1674508280000, message: 'Send mail to jd@example.com & mk@example.org' }, { timestamp: 1674508281000, message: 'nothing here' }] });
    if (!batch.ok) throw new Error('batch');
    const r = protectLogEvents(batch.value, { logGroup: policy(['EmailAddress'], 'log-group', { S3: { Bucket: 'audit-bucket' } }) }, { region: 'us-west-2', accountId: '111122223333', now: new Date('2023-01-23T21:11:20Z') });
    if (!r.ok) throw new Error('protect');
    expect(r.value.audits).toEqual([{ policy: 'log-group', destination: { s3: { bucket: 'audit-bucket' } }, records: [{
      auditTimestamp: '2023-01-23T21:11:20Z', resourceArn: 'arn:aws:logs:us-west-2:111122223333:log-group:/aws/lambda/MyLogGroup:*',
      dataIdentifiers: [{ name: 'EmailAddress', count: 2, detections: [{ start: 13, end: 26 }, { start: 30, end: 43 }] }],
    }] }]);
    expect(r.value.events.map((e) => e.message)).toEqual(['Send mail to ************** & **************', 'nothing here']);
    expect(r.value.metrics.LogEventsWithFindings).toBe(1);
  });

  it('applies the account and log-group policies cumulatively, each auditing its own identifiers [ACCT]', () => {
    const batch = readLogEvents([{ message: 'ssn 123-12-1234 mail ana@example.com' }]);
    const r = batch.ok && protectLogEvents(batch.value, { account: policy(['EmailAddress'], 'account'), logGroup: policy(['Ssn-US']) });
    if (!r || !r.ok) throw new Error('protect');
    expect(r.value.events[0]!.message).toBe('ssn *********** mail ***************');
    expect(r.value.audits.map((a) => [a.policy, a.records[0]!.dataIdentifiers.map((d) => d.name)])).toEqual([['account', ['EmailAddress']], ['log-group', ['Ssn-US']]]);
  });

  it('reads a subscription payload as Lambda receives it, gzip + base64 [SUB]', () => {
    const payload = {
      messageType: 'DATA_MESSAGE', owner: '123456789012', logGroup: 'CloudTrail/logs', logStream: '123456789012_CloudTrail_us-east-1', subscriptionFilters: ['Destination'],
      logEvents: [{ id: '31953106606966983378809025079804211143289615424298221568', timestamp: 1432826855000, message: '{"user":"ana@example.com"}' }],
    };
    const batch = readLogEvents(lambdaEvent(payload));
    expect(batch.ok && batch.value).toEqual({ shape: 'subscription', logGroup: 'CloudTrail/logs', logStream: '123456789012_CloudTrail_us-east-1', messageType: 'DATA_MESSAGE', events: payload.logEvents });
    const bare = readLogEvents(lambdaEvent(payload).awslogs.data);
    expect(bare.ok && bare.value.events.length).toBe(1);
    const r = batch.ok && protectLogEvents(batch.value, { logGroup: policy(['EmailAddress']) });
    expect(r && r.ok && r.value.events[0]!.findings).toEqual([{ name: 'EmailAddress', start: 9, end: 23, pointer: '/user' }]);
  });

  it('reads a CONTROL_MESSAGE as no events, and GetLogEvents output', () => {
    const control = readLogEvents({ messageType: 'CONTROL_MESSAGE', owner: 'CloudwatchLogs', logGroup: '', logStream: '', subscriptionFilters: [], logEvents: [{ id: '', timestamp: 1, message: 'CWL CONTROL MESSAGE: Checking health of destination Firehose.' }] });
    expect(control.ok && control.value.messageType).toBe('CONTROL_MESSAGE');
    const got = readLogEvents({ events: [{ timestamp: 1, message: 'x', ingestionTime: 2 }], nextForwardToken: 'f/1' });
    expect(got.ok && got.value).toEqual({ shape: 'get-log-events', events: [{ timestamp: 1, message: 'x' }] });
  });

  it.each([
    [{ awslogs: { data: 'not base64!' } }, 'dp.logs.bad-encoding /awslogs/data'],
    [{ awslogs: { data: Buffer.from('plain').toString('base64') } }, 'dp.logs.bad-encoding /awslogs/data'],
    [{ logEvents: [{ timestamp: 1 }] }, 'dp.logs.event-shape /logEvents/0'],
    [{ hello: 1 }, 'dp.logs.not-log-events '],
  ])('reports unusable input %#', (input, expected) => {
    const r = readLogEvents(input);
    expect(r.ok ? [] : r.diagnostics.map((d) => `${d.code} ${d.path}`)).toContain(expected);
  });

  it('refuses a gzip bomb and a truncated gzip', () => {
    const bomb = readLogEvents({ awslogs: { data: gzipSync(Buffer.alloc(17 * 1024 * 1024, 0x20)).toString('base64') } });
    expect(bomb.ok ? '' : bomb.diagnostics[0]!.message).toContain('decompresses to more than 16777216 bytes');
    const whole = gzipSync(JSON.stringify({ logEvents: [{ timestamp: 1, message: 'x'.repeat(1000) }] }));
    const cut = readLogEvents({ awslogs: { data: whole.subarray(0, whole.length - 20).toString('base64') } });
    expect(cut.ok ? '' : cut.diagnostics[0]!.code).toBe('dp.logs.bad-encoding');
  });

  it('reports JSON syntax errors with the json.* codes of @arbiter/ir', () => {
    const r = readLogEvents('{"logEvents": [');
    expect(r.ok ? [] : r.diagnostics.map((d) => d.code.split('.')[0])).toEqual(['json']);
  });

  it('warns about a PutLogEvents batch over 10,000 events', () => {
    const r = readLogEvents({ logEvents: Array.from({ length: 10_001 }, () => ({ timestamp: 1, message: 'x' })) });
    expect(r.ok && r.warnings.map((d) => d.code)).toEqual(['dp.logs.batch-limit']);
  });

  it('leaves Infrequent Access log groups alone and unmasks for logs:Unmask [CLASS]', () => {
    const batch = readLogEvents([{ message: 'ana@example.com' }]);
    if (!batch.ok) throw new Error('batch');
    const ia = protectLogEvents(batch.value, { logGroup: policy(['EmailAddress']) }, { logClass: 'INFREQUENT_ACCESS' });
    expect(ia.ok && [ia.value.events[0]!.message, ia.warnings.map((d) => d.code)]).toEqual(['ana@example.com', ['dp.logs.log-class']]);
    const unmasked = protectLogEvents(batch.value, { logGroup: policy(['EmailAddress']) }, { unmask: true });
    expect(unmasked.ok && [unmasked.value.events[0]!.message, unmasked.value.events[0]!.findings.length]).toEqual(['ana@example.com', 1]);
  });
});
