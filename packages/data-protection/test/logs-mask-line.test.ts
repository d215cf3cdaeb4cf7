/** Masking recorded log lines in their own shape (the library behind `arbiter dp mask`). */
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileLogsPolicies, maskLogLine, parseLogsDataProtectionPolicy, type LogsProtector } from '../src/index.js';

const arn = (n: string): string => `arn:aws:dataprotection::aws:data-identifier/${n}`;
function protector(): LogsProtector {
  const ids = [arn('EmailAddress'), arn('Ssn-US')];
  const p = parseLogsDataProtectionPolicy({ Name: 'p', Version: '2021-06-01', Statement: [
    { DataIdentifier: ids, Operation: { Audit: { FindingsDestination: {} } } },
    { DataIdentifier: ids, Operation: { Deidentify: { MaskConfig: {} } } },
  ] });
  if (!p.ok) throw new Error('policy');
  const c = compileLogsPolicies({ logGroup: p.value });
  if (!c.ok) throw new Error('compile');
  return c.value;
}

describe('maskLogLine', () => {
  const pr = protector();
  it('masks a plain text line', () => {
    expect(maskLogLine('2024-01-01 user ana@example.com logged in', pr)).toMatchObject({ line: '2024-01-01 user *************** logged in', kind: 'text' });
  });
  it('masks a structured log line as one message, members and all', () => {
    const m = maskLogLine('{"level":"info","message":"login","email":"ana@example.com"}', pr);
    expect([m.kind, m.line]).toEqual(['text', '{"level":"info","message":"login","email":"***************"}']);
  });
  it('masks an exported event and keeps its other fields', () => {
    const m = maskLogLine('{"timestamp":1700000000000,"message":"ssn 123-12-1234","ingestionTime":1700000000100,"eventId":"e1"}', pr);
    expect([m.kind, JSON.parse(m.line), m.records.length]).toEqual(['event', { timestamp: 1700000000000, message: 'ssn ***********', ingestionTime: 1700000000100, eventId: 'e1' }, 1]);
  });
  it('masks a Lambda awslogs event and re-encodes it', () => {
    const payload = { messageType: 'DATA_MESSAGE', owner: '1', logGroup: 'g', logStream: 's', subscriptionFilters: ['f'], logEvents: [{ id: '1', timestamp: 1, message: 'ana@example.com' }] };
    const m = maskLogLine(JSON.stringify({ awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } }), pr);
    const back = JSON.parse(gunzipSync(Buffer.from(JSON.parse(m.line).awslogs.data, 'base64')).toString('utf8'));
    expect([m.kind, back.logEvents[0].message, back.logGroup]).toEqual(['batch', '***************', 'g']);
  });
  it('masks a PutLogEvents batch line', () => {
    const m = maskLogLine('{"logGroupName":"g","logStreamName":"s","logEvents":[{"timestamp":1,"message":"ssn 123-12-1234"},{"timestamp":2,"message":"ok"}]}', pr);
    expect(JSON.parse(m.line).logEvents.map((e: { message: string }) => e.message)).toEqual(['ssn ***********', 'ok']);
  });
});
