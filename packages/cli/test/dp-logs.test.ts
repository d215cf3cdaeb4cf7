/** `arbiter dp scan --logs` and `arbiter dp mask` (CloudWatch Logs data protection). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const arn = (n: string): string => `arn:aws:dataprotection::aws:data-identifier/${n}`;
const logsPolicy = (ids: string[]) => ({
  Name: 'p', Version: '2021-06-01',
  Statement: [
    { Sid: 'audit', DataIdentifier: ids.map(arn), Operation: { Audit: { FindingsDestination: {} } } },
    { Sid: 'mask', DataIdentifier: ids.map(arn), Operation: { Deidentify: { MaskConfig: {} } } },
  ],
});
const payload = {
  messageType: 'DATA_MESSAGE', owner: '123456789012', logGroup: '/app', logStream: 's', subscriptionFilters: ['f'],
  logEvents: [{ id: 'e1', timestamp: 1, message: 'user ana@example.com' }, { id: 'e2', timestamp: 2, message: 'fine' }],
};

describe('arbiter dp scan --logs', () => {
  it('scans a Lambda awslogs event and exits 1 on findings', async () => {
    const f = files({ 'event.json': { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } }, 'p.json': logsPolicy(['EmailAddress']) });
    const r = await cli(['--format', 'json', 'dp', 'scan', '--logs', '--policy', f['p.json']!, f['event.json']!]);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ logGroup: '/app', metrics: { LogEventsWithFindings: 1 }, events: [{ index: 0, id: 'e1', findings: [{ name: 'EmailAddress', start: 5, end: 19, text: 'ana@example.com' }] }] });
  });

  it('scans one event per line with --identifiers and exits 0 without findings', async () => {
    const f = files({ 'app.log': 'started\n{"timestamp":1,"message":"ok"}\n' });
    const r = await cli(['dp', 'scan', '--logs', '--identifiers', 'EmailAddress', f['app.log']!]);
    expect([r.code, r.stdout]).toEqual([0, `${f['app.log']}: 2 events, 0 with findings (LogEventsWithFindings), 0 findings\n`]);
  });

  it('rejects an SNS-shaped policy as a CloudWatch Logs policy (exit 2)', async () => {
    const sns = { Name: 'p', Version: '2021-06-01', Statement: [{ DataDirection: 'Inbound', Principal: ['*'], DataIdentifier: [arn('EmailAddress')], Operation: { Deny: {} } }] };
    const f = files({ 'p.json': sns, 'e.json': payload });
    const r = await cli(['dp', 'scan', '--logs', '--policy', f['p.json']!, f['e.json']!]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('dp.logs.statement-count')]);
  });
});

describe('arbiter dp validate --logs', () => {
  it('validates CloudWatch Logs policies with located problems', async () => {
    const bad = { ...logsPolicy(['EmailAddress']), Statement: [logsPolicy(['EmailAddress']).Statement[0], { ...logsPolicy(['Ssn-US']).Statement[1] }] };
    const f = files({ 'good.json': logsPolicy(['EmailAddress']), 'bad.json': JSON.stringify(bad, null, 2) });
    const good = await cli(['dp', 'validate', '--logs', f['good.json']!]);
    expect([good.code, good.stdout]).toEqual([0, `${f['good.json']}: valid data protection policy \`p\`: CloudWatch Logs log-group policy, 1 identifier, findings sent nowhere\n`]);
    const r = await cli(['--format', 'json', 'dp', 'validate', '--logs', f['bad.json']!]);
    expect(r.code).toBe(1);
    expect(r.json().files[0].diagnostics.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([['dp.logs.identifiers-differ', 18]]);
  });
});

describe('arbiter dp mask', () => {
  it('masks every line in its own shape, writes findings, and summarises on stderr', async () => {
    const lines = ['2024-01-01T00:00:00Z INFO user ana@example.com', '{"timestamp":1,"message":"ssn 123-12-1234","eventId":"x"}', 'nothing'];
    const f = files({ 'app.log.gz': '', 'p.json': logsPolicy(['EmailAddress', 'Ssn-US']) });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(f['app.log.gz']!, gzipSync(`${lines.join('\n')}\n`));
    const findings = `${f['p.json']!}.findings.jsonl`;
    const r = await cli(['dp', 'mask', '--policy', f['p.json']!, '--findings', findings, f['app.log.gz']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2024-01-01T00:00:00Z INFO user ***************\n{"timestamp":1,"message":"ssn ***********","eventId":"x"}\nnothing\n');
    expect(r.stderr).toBe('mask: 3 lines, 3 events, 2 with findings (2 findings masked)\n');
    const reports = readFileSync(findings, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(reports.map((x) => [x.policy, x.dataIdentifiers[0].name, x.dataIdentifiers[0].detections[0]])).toEqual([
      ['log-group', 'EmailAddress', { start: 31, end: 45 }], ['log-group', 'Ssn-US', { start: 4, end: 14 }],
    ]);
  });

  it('applies the account policy with the log group policy', async () => {
    const f = files({ 'a.json': logsPolicy(['EmailAddress']), 'g.json': logsPolicy(['Ssn-US']) });
    const r = await cli(['dp', 'mask', '--account-policy', f['a.json']!, '--policy', f['g.json']!, '-'], 'ssn 123-12-1234 ana@example.com\n');
    expect(r.stdout).toBe('ssn *********** ***************\n');
  });

  it('needs identifiers and readable files (exit 2)', async () => {
    expect((await cli(['dp', 'mask', '-'], 'x\n')).code).toBe(2);
    expect((await cli(['dp', 'mask', '--identifiers', 'EmailAddress', '/no/such/file.log'])).code).toBe(2);
    expect((await cli(['dp', 'mask', '--identifiers', 'Nope', '-'], 'x\n')).stderr).toContain('--identifiers');
  });
});
