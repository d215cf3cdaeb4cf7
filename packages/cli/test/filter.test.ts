import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const attrPolicy = { store: ['example_corp'], price_usd: [{ numeric: ['>=', 100] }] };
const bodyPolicy = { Records: { s3: { object: { key: [{ prefix: 'auto-' }] } } } };

describe('arbiter filter validate', () => {
  it('accepts a valid policy with exit 0', async () => {
    const f = files({ 'p.json': attrPolicy });
    const r = await cli(['filter', 'validate', f['p.json']!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid MessageAttributes filter policy');
  });

  it('reports every problem with pointer and AWS text, exit 1', async () => {
    const f = files({ 'p.json': { a: [], b: [{ 'wrong-operator': true }] } });
    const r = await cli(['--format', 'json', 'filter', 'validate', f['p.json']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.valid).toBe(false);
    expect(out.diagnostics.map((d: { path: string }) => d.path)).toEqual(['/a', '/b/0/wrong-operator']);
    expect(out.diagnostics[0].aws).toBe('Invalid parameter: Attributes Reason: FilterPolicy: Empty arrays are not allowed');
    expect(out.diagnostics[1].aws).toBe('Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type wrong-operator');
  });

  it('uses the SetSubscriptionAttributes prefix with --api set', async () => {
    const f = files({ 'p.json': { a: [] } });
    const r = await cli(['filter', 'validate', '--api', 'set', f['p.json']!]);
    expect(r.stdout).toContain('AWS says: Invalid parameter: FilterPolicy: Empty arrays are not allowed');
  });

  it('rejects nested policies in attribute scope but accepts them for MessageBody', async () => {
    const f = files({ 'p.json': bodyPolicy });
    expect((await cli(['filter', 'validate', f['p.json']!])).code).toBe(1);
    expect((await cli(['filter', 'validate', '--scope', 'MessageBody', f['p.json']!])).code).toBe(0);
  });

  it('treats malformed policy JSON as an invalid policy (exit 1), like SNS', async () => {
    const f = files({ 'p.json': '{invalidjson}' });
    const r = await cli(['filter', 'validate', f['p.json']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('failed to parse JSON');
  });

  it('reads the policy from stdin with -', async () => {
    const r = await cli(['filter', 'validate', '-'], JSON.stringify(attrPolicy));
    expect(r.code).toBe(0);
  });

  it('exits 2 with a one-line reason for a missing file or a bad flag', async () => {
    const missing = await cli(['filter', 'validate', '/nonexistent/p.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('arbiter: cannot read `/nonexistent/p.json`: no such file');
    const badScope = await cli(['filter', 'validate', '--scope', 'Nope', '-'], '{}');
    expect(badScope.code).toBe(2);
  });
});

describe('arbiter filter match', () => {
  const msg = { attributes: { store: { Type: 'String', Value: 'example_corp' }, price_usd: { Type: 'Number', Value: '210.75' } } };

  it('exits 0 when delivered and 1 when filtered out, naming the failed key', async () => {
    const f = files({ 'p.json': attrPolicy, 'm.json': msg, 'm2.json': { attributes: { store: { Type: 'String', Value: 'other' }, price_usd: { Type: 'Number', Value: '210.75' } } } });
    const yes = await cli(['filter', 'match', '--policy', f['p.json']!, '--message', f['m.json']!]);
    expect([yes.code, yes.stdout.trim()]).toEqual([0, 'delivered']);
    const no = await cli(['--format', 'json', 'filter', 'match', '--policy', f['p.json']!, '--message', f['m2.json']!]);
    expect(no.code).toBe(1);
    const d = no.json();
    expect(d.delivered).toBe(false);
    expect(d.metric).toBe('NumberOfNotificationsFilteredOut-MessageAttributes');
    expect(d.failed.key).toBe('store');
    expect(d.failed.path).toMatch(/^\/store/);
  });

  it('accepts SDK-shaped attributes and an SNS notification envelope', async () => {
    const f = files({
      'p.json': attrPolicy,
      'sdk.json': { Message: 'hi', MessageAttributes: { store: { DataType: 'String', StringValue: 'example_corp' }, price_usd: { DataType: 'Number', StringValue: '100' } } },
    });
    const r = await cli(['filter', 'match', '--policy', f['p.json']!, '--message', f['sdk.json']!]);
    expect(r.code).toBe(0);
  });

  it('matches a raw body in MessageBody scope and explains', async () => {
    const f = files({ 'p.json': bodyPolicy, 'b.txt': JSON.stringify({ Records: [{ s3: { object: { key: 'home-1.xml' } } }] }) });
    const r = await cli(['filter', 'match', '--scope', 'MessageBody', '--policy', f['p.json']!, '--body', f['b.txt']!, '--explain']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NumberOfNotificationsFilteredOut-MessageBody');
    expect(r.stdout).toContain('Records.s3.object.key');
    expect(r.stdout).toContain('decided by: policy /Records/s3/object/key');
  });

  it('reports a body that is not JSON as InvalidMessageBody', async () => {
    const f = files({ 'p.json': bodyPolicy, 'b.txt': 'plain text' });
    const r = await cli(['--format', 'json', 'filter', 'match', '--scope', 'MessageBody', '--policy', f['p.json']!, '--body', f['b.txt']!]);
    expect(r.code).toBe(1);
    expect(r.json().metric).toBe('NumberOfNotificationsFilteredOut-InvalidMessageBody');
  });

  it('exits 2 for a message file that is not JSON, with line and column', async () => {
    const f = files({ 'p.json': attrPolicy, 'm.json': '{\n  "attributes": oops\n}' });
    const r = await cli(['filter', 'match', '--policy', f['p.json']!, '--message', f['m.json']!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/m\.json:2:17: Unrecognized token 'oops'/);
  });

  it('needs exactly one of --message and --body', async () => {
    const f = files({ 'p.json': attrPolicy });
    expect((await cli(['filter', 'match', '--policy', f['p.json']!])).code).toBe(2);
  });
});

describe('arbiter filter route', () => {
  it('routes each line and counts per subscription; bad lines are reported by number', async () => {
    const f = files({
      'subs.json': [
        { id: 'auto', scope: 'MessageBody', policy: { kind: [{ prefix: 'auto' }] } },
        { id: 'all-big', scope: 'MessageBody', policy: { size: [{ numeric: ['>', 10] }] } },
      ],
      'm.jsonl': [
        JSON.stringify({ body: JSON.stringify({ kind: 'auto-1', size: 20 }) }),
        '',
        'not json',
        JSON.stringify({ body: JSON.stringify({ kind: 'home', size: 5 }) }),
        JSON.stringify({ body: { kind: 'auto-2', size: 1 } }),
      ].join('\n'),
    });
    const r = await cli(['--format', 'json', 'filter', 'route', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out.messages).toEqual([
      { line: 1, matched: ['auto', 'all-big'] },
      { line: 4, matched: [] },
      { line: 5, matched: ['auto'] },
    ]);
    expect(out.counts).toEqual({ auto: 2, 'all-big': 1 });
    expect(out.errors.map((e: { line: number }) => e.line)).toEqual([3]);
  });

  it('refuses an invalid subscription policy with exit 1', async () => {
    const f = files({ 'subs.json': [{ id: 'bad', policy: { a: [] } }], 'm.jsonl': '' });
    const r = await cli(['filter', 'route', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Empty arrays are not allowed');
  });
});
