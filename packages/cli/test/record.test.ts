import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const SUBS = [
  { id: 'claims', scope: 'MessageBody', policy: { type: ['claim'] } },
  { id: 'eu', policy: { region: ['eu-west-1'] } },
];
const notification = (body: object, region?: string) => ({
  Type: 'Notification',
  MessageId: 'm',
  Message: JSON.stringify(body),
  ...(region ? { MessageAttributes: { region: { Type: 'String', Value: region } } } : {}),
});
const jsonl = (...values: unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n';
const readCases = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

// Line 1: claim in eu → both deliver. Line 2: quote in us → neither. Line 3: not JSON. Line 4: claim, no attributes.
const MESSAGES = jsonl(notification({ type: 'claim' }, 'eu-west-1'), notification({ type: 'quote' }, 'us-east-1'), 'garbage', notification({ type: 'claim' }));

async function record(messages = MESSAGES, subs: object = SUBS) {
  const f = files({ 'subs.json': subs, 'traffic.jsonl': messages });
  const out = f['subs.json']!.replace(/subs\.json$/, 'routing.jsonl');
  const r = await cli(['conformance', '--record', out, '--subscriptions', f['subs.json']!, '--messages', f['traffic.jsonl']!]);
  return { r, out, f };
}

describe('conformance --record', () => {
  it('writes one case per (message, subscription) in the corpus format, expecting today\'s decisions', async () => {
    const { r, out, f } = await record();
    expect(r.code).toBe(1); // line 3 is unusable
    expect(r.stdout).toContain(`${f['traffic.jsonl']}:3: not JSON`);
    const cases = readCases(out);
    expect(cases).toHaveLength(6);
    expect(new Set(cases.map((c) => c.id)).size).toBe(6);
    expect(cases.map((c) => [c.source, c.subscription, c.expect])).toEqual([
      [`recorded: ${f['traffic.jsonl']}:1`, 'claims', 'match'],
      [`recorded: ${f['traffic.jsonl']}:1`, 'eu', 'match'],
      [`recorded: ${f['traffic.jsonl']}:2`, 'claims', 'no-match'],
      [`recorded: ${f['traffic.jsonl']}:2`, 'eu', 'no-match'],
      [`recorded: ${f['traffic.jsonl']}:4`, 'claims', 'match'],
      [`recorded: ${f['traffic.jsonl']}:4`, 'eu', 'no-match'],
    ]);
    for (const c of cases) {
      expect(c).toMatchObject({ kind: 'sns-filter', confidence: 'recorded' });
      expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(cases[0]).toMatchObject({ scope: 'MessageBody', policy: { type: ['claim'] }, message: { body: '{"type":"claim"}' } });
    expect(Object.keys(cases[0].message)).toEqual(['body']);
    expect(cases[1]).toMatchObject({ scope: 'MessageAttributes', message: { attributes: { region: { Type: 'String', Value: 'eu-west-1' } } } });
    expect(Object.keys(cases[1].message)).toEqual(['attributes']);
    expect(cases[5].message).toEqual({}); // no attributes were sent
    expect(cases[3].note).toContain('NumberOfNotificationsFilteredOut-MessageAttributes');
  });

  it('round trip: the recorded cases pass; a changed policy is reported as failures', async () => {
    const { out } = await record();
    const run = await cli(['--format', 'json', 'conformance', out]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ total: 6, passed: 6, failed: 0 });
    expect(run.json().byConfidence.recorded).toEqual({ total: 6, passed: 6, failed: 0 });

    // Someone widens `claims` to quotes too: line 2's claims case flips (no-match → match).
    const edited = readCases(out).map((c) => (c.subscription === 'claims' ? { ...c, policy: { type: ['claim', 'quote'] } } : c));
    writeFileSync(out, jsonl(...edited));
    const after = await cli(['--format', 'json', 'conformance', out]);
    expect(after.code).toBe(1);
    expect(after.json()).toMatchObject({ total: 6, passed: 5, failed: 1 });
    expect(after.json().failures.map((x: any) => [x.id, x.expected, x.actual])).toEqual([[expect.stringMatching(/:2:claims$/), 'no-match', 'match']]);
  });

  it('--subscriptions re-checks the recorded decisions against the current policies', async () => {
    const { out, f } = await record();
    const same = await cli(['conformance', out, '--subscriptions', f['subs.json']!]);
    expect(same.code).toBe(0);
    // `eu` now also takes us-east-1: line 2 flips; `claims` is gone; the cases of a vanished subscription are problems.
    const now = files({ 'now.json': [{ id: 'eu', policy: { region: ['eu-west-1', 'us-east-1'] } }] });
    const changed = await cli(['--format', 'json', 'conformance', out, '--subscriptions', now['now.json']!]);
    expect(changed.code).toBe(1);
    const report = changed.json();
    expect(report.total).toBe(3);
    // Line 2 (us-east-1) flips; line 1 still matches and line 4 (no attributes) is still filtered out.
    expect(report.failures.map((x: any) => [x.id, x.expected, x.actual])).toEqual([[expect.stringMatching(/:2:eu$/), 'no-match', 'match']]);
    expect(report.problems).toHaveLength(3);
    expect(report.problems[0].message).toContain('subscription `claims` is not in');
    const rescoped = files({ 'r.json': [{ ...SUBS[0], scope: 'MessageAttributes' }, SUBS[1]] });
    const scoped = await cli(['--format', 'json', 'conformance', out, '--subscriptions', rescoped['r.json']!]);
    expect(scoped.json().problems[0].message).toContain('changed scope from MessageBody to MessageAttributes');
  });

  it('records from a template and re-checks against the template as it is now', async () => {
    const template = (types: string) => `Resources:
  Claims:
    Type: AWS::SNS::Subscription
    Properties:
      FilterPolicyScope: MessageBody
      FilterPolicy:
        type: [${types}]
`;
    const f = files({ 'before.yaml': template('claim'), 'after.yaml': template('claim, quote'), 'm.jsonl': MESSAGES });
    const out = f['m.jsonl']!.replace(/m\.jsonl$/, 'routing.jsonl');
    const rec = await cli(['conformance', '--record', out, '--template', f['before.yaml']!, '--messages', f['m.jsonl']!]);
    expect(rec.code).toBe(1); // line 3 is unusable
    expect(readCases(out).map((c) => [c.id.replace(/^rec:m\.jsonl:/, ''), c.expect])).toEqual([['1:Claims', 'match'], ['2:Claims', 'no-match'], ['4:Claims', 'match']]);
    expect((await cli(['conformance', out, '--template', f['before.yaml']!])).code).toBe(0);
    const after = await cli(['--format', 'json', 'conformance', out, '--template', f['after.yaml']!]);
    expect(after.code).toBe(1);
    expect(after.json().failures.map((x: any) => x.id)).toEqual(['rec:m.jsonl:2:Claims']);
  });

  it('gives batch records their own ids and reads .gz', async () => {
    const body = (type: string) => JSON.stringify(notification({ type }, 'eu-west-1'));
    const batch = { Records: [{ messageId: '1', receiptHandle: 'r', body: body('claim'), eventSource: 'aws:sqs' }, { messageId: '2', receiptHandle: 'r', body: body('x'), eventSource: 'aws:sqs' }] };
    const f = files({ 'subs.json': SUBS });
    const gz = f['subs.json']!.replace(/subs\.json$/, 'batch.jsonl.gz');
    writeFileSync(gz, gzipSync(jsonl(batch)));
    const out = gz.replace(/batch\.jsonl\.gz$/, 'out.jsonl');
    const r = await cli(['conformance', '--record', out, '--subscriptions', f['subs.json']!, '--messages', gz]);
    expect(r.code).toBe(0);
    const ids = readCases(out).map((c) => c.id);
    expect(ids).toEqual(['rec:batch.jsonl.gz:1:claims', 'rec:batch.jsonl.gz:1:eu', 'rec:batch.jsonl.gz:1#2:claims', 'rec:batch.jsonl.gz:1#2:eu']);
    expect((await cli(['conformance', out])).code).toBe(0);
  });

  it('bad usage and unusable inputs exit 2', async () => {
    const f = files({ 'subs.json': SUBS, 'm.jsonl': MESSAGES });
    const withFiles = await cli(['conformance', 'x.jsonl', '--record', '/tmp/o.jsonl', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect(withFiles.code).toBe(2);
    const noMessages = await cli(['conformance', '--record', '/tmp/o.jsonl', '--subscriptions', f['subs.json']!]);
    expect([noMessages.code, noMessages.stderr]).toEqual([2, expect.stringContaining('--messages')]);
    const unwritable = await cli(['conformance', '--record', '/nonexistent-dir/o.jsonl', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect([unwritable.code, unwritable.stderr]).toEqual([2, expect.stringContaining('cannot write')]);
    const nothing = await cli(['conformance']);
    expect(nothing.code).toBe(2);
    const strayMessages = await cli(['conformance', 'a.jsonl', '--messages', f['m.jsonl']!]);
    expect(strayMessages.code).toBe(2);
  });
});
