import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFilterPolicy, type SnsMessage } from '@arbiter/sns-filter';
import { cli, files } from './helpers.js';
import { decodeKnownShapes } from '../src/replay/records.js';
import { readLineBatches } from '../src/replay/line-source.js';
import { replayBatch } from '../src/replay/replay-batch.js';
import { createTally } from '../src/replay/tally.js';
import { buildTarget } from '../src/replay/target.js';

// Three subscriptions whose decisions are easy to work out by hand from the SNS docs:
// `claims` (MessageBody) wants body.type == "claim"; `eu` (MessageAttributes) wants region == eu-west-1;
// `all` has no policy and receives everything.
const SUBS = [
  { id: 'claims', scope: 'MessageBody', policy: { type: ['claim'] } },
  { id: 'eu', policy: { region: ['eu-west-1'] } },
  { id: 'all' },
];

const claimEu = { type: 'claim' };
/** SNS notification as delivered to SQS or HTTP (no raw delivery). */
const notification = (body: object | string, attrs?: Record<string, string>) => ({
  Type: 'Notification',
  MessageId: 'm-1',
  TopicArn: 'arn:aws:sns:eu-west-1:111122223333:claims',
  Message: typeof body === 'string' ? body : JSON.stringify(body),
  Timestamp: '2024-05-01T10:00:00.000Z',
  SignatureVersion: '1',
  Signature: 'sig',
  ...(attrs ? { MessageAttributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, { Type: 'String', Value: v }])) } : {}),
});
const sqsRecord = (body: string) => ({ messageId: 'q-1', receiptHandle: 'rh', body, attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, md5OfBody: 'x', eventSource: 'aws:sqs' });
const jsonl = (...values: unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n';

async function replay(messages: string, ...extra: string[]) {
  const f = files({ 'subs.json': SUBS, 'm.jsonl': messages });
  const r = await cli(['--format', 'json', 'filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!, ...extra]);
  return { ...r, file: f['m.jsonl']! };
}

const counts = (summary: any) => Object.fromEntries(summary.subscriptions.map((s: any) => [s.id, [s.delivered, s.filteredOut]]));

describe('filter replay: input shapes', () => {
  it('SNS notifications: body and attributes both used', async () => {
    const r = await replay(jsonl(notification(claimEu, { region: 'eu-west-1' }), notification({ type: 'quote' }, { region: 'us-east-1' }), notification(claimEu)));
    expect(r.code).toBe(0);
    const s = r.json();
    expect([s.lines, s.messages, s.unusable]).toEqual([3, 3, 0]);
    expect(counts(s)).toEqual({ claims: [2, 1], eu: [1, 2], all: [3, 0] });
    const eu = s.subscriptions[1];
    // No attributes at all and a non-matching value are both counted under the MessageAttributes metric.
    expect(eu.metrics).toEqual({ 'NumberOfNotificationsFilteredOut-MessageAttributes': 2 });
    expect(s.subscriptions[0].metrics).toEqual({ 'NumberOfNotificationsFilteredOut-MessageBody': 1 });
    expect(s.subscriptions[0].topReasons[0].reason).toContain('`type`');
  });

  it('a Lambda SQS batch whose bodies are notifications gives one message per record', async () => {
    const batch = { Records: [sqsRecord(JSON.stringify(notification(claimEu, { region: 'eu-west-1' }))), sqsRecord(JSON.stringify(notification({ type: 'x' })))] };
    const s = (await replay(jsonl(batch))).json();
    expect([s.lines, s.messages]).toEqual([1, 2]);
    expect(counts(s)).toEqual({ claims: [1, 1], eu: [1, 1], all: [2, 0] });
  });

  it('a batch with an unusable record keeps its usable records and reports the line', async () => {
    const batch = { Records: [sqsRecord(JSON.stringify(notification(claimEu))), { messageId: 'x' }, sqsRecord(JSON.stringify(notification(claimEu)))] };
    const r = await replay(jsonl(batch));
    expect(r.code).toBe(1);
    const s = r.json();
    expect([s.lines, s.messages, s.unusable]).toEqual([1, 2, 1]);
    expect(s.unusableLines[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^`Records\[1\]`: no known message shape/) });
    expect(counts(s).claims).toEqual([2, 0]);
  });

  it('a single ReceiveMessage item (Body), and raw message delivery with SQS message attributes', async () => {
    const receive = { MessageId: 'q', ReceiptHandle: 'rh', MD5OfBody: 'x', Body: JSON.stringify(notification(claimEu, { region: 'eu-west-1' })) };
    const raw = { ...sqsRecord(JSON.stringify(claimEu)), messageAttributes: { region: { stringValue: 'eu-west-1', dataType: 'String' } } };
    const s = (await replay(jsonl(receive, raw))).json();
    expect(counts(s)).toEqual({ claims: [2, 0], eu: [2, 0], all: [2, 0] });
  });

  it('SNS Publish inputs as the SDK builds them (DataType/StringValue), and PublishBatch', async () => {
    const publish = { TopicArn: 'arn:aws:sns:eu-west-1:1:t', Message: JSON.stringify(claimEu), MessageAttributes: { region: { DataType: 'String', StringValue: 'eu-west-1' } } };
    const batch = { TopicArn: 'arn', PublishBatchRequestEntries: [{ Id: '1', Message: '{"type":"quote"}', MessageAttributes: { region: { DataType: 'String', StringValue: 'eu-west-1' } } }] };
    const s = (await replay(jsonl(publish, batch))).json();
    expect(counts(s)).toEqual({ claims: [1, 1], eu: [2, 0], all: [2, 0] });
  });

  it('plain {"body", "attributes"} lines and SNS→Lambda events', async () => {
    const plain = { body: JSON.stringify(claimEu), attributes: { region: { Type: 'String', Value: 'eu-west-1' } } };
    const snsEvent = { Records: [{ EventSource: 'aws:sns', Sns: notification({ type: 'quote' }, { region: 'eu-west-1' }) }] };
    const s = (await replay(jsonl(plain, snsEvent))).json();
    expect(counts(s)).toEqual({ claims: [1, 1], eu: [2, 0], all: [2, 0] });
  });

  it('any other shape through --message-path and --attributes-path', async () => {
    const custom = (type: string, region: string) => ({ event: { payload: { type }, meta: { region } } });
    const r = await replay(jsonl(custom('claim', 'eu-west-1'), custom('claim', 'us-east-1'), { other: 1 }), '--message-path', '$.event.payload', '--attributes-path', '$.event.meta');
    expect(r.code).toBe(1);
    const s = r.json();
    expect(counts(s)).toEqual({ claims: [2, 0], eu: [1, 1], all: [2, 0] });
    expect(s.unusableLines).toEqual([{ file: r.file, line: 3, message: '`--message-path` `$.event.payload` selects nothing' }]);
  });

  it('a JSONPath selecting several values gives several messages', async () => {
    const line = { items: [{ b: { type: 'claim' } }, { b: { type: 'no' } }] };
    const s = (await replay(jsonl(line), '--message-path', '$.items[*].b')).json();
    expect(s.messages).toBe(2);
    expect(counts(s).claims).toEqual([1, 1]);
  });

  it('decodes attribute names such as __proto__ as data', () => {
    const d = decodeKnownShapes(JSON.parse('{"Message":"{}","MessageAttributes":{"__proto__":{"DataType":"String","StringValue":"v"}}}'));
    const attributes = d.messages?.[0]?.attributes as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(attributes, '__proto__')).toBe(true);
    expect(attributes['__proto__']).toEqual({ Type: 'String', Value: 'v' });
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});

describe('filter replay: standard input', () => {
  it('reads messages from - (stdin)', async () => {
    const f = files({ 'subs.json': SUBS });
    const r = await cli(['--format', 'json', 'filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', '-'], jsonl(notification(claimEu), notification({ type: 'x' })));
    expect(r.code).toBe(0);
    expect(counts(r.json()).claims).toEqual([1, 1]);
  });
});

describe('filter replay: SNS metrics for undeliverable messages', () => {
  it('counts invalid bodies and invalid attributes under their own metrics', async () => {
    const s = (await replay(jsonl({ body: 'not json' }, { body: '{}', attributes: { region: { Type: 'Number', Value: 'NaN' } } }))).json();
    // `claims`: a body that is not JSON cannot be filtered on; `{}` has no property to match.
    expect(s.subscriptions[0].metrics).toEqual({ 'NumberOfNotificationsFilteredOut-InvalidMessageBody': 1, 'NumberOfNotificationsFilteredOut-MessageBody': 1 });
    // `eu`: the first has no attributes; the second's Number attribute is not a number.
    expect(s.subscriptions[1].metrics).toEqual({ 'NumberOfNotificationsFilteredOut-MessageAttributes': 1, 'NumberOfNotificationsFilteredOut-InvalidAttributes': 1 });
  });
});

describe('filter replay: bad input', () => {
  it('lists unusable lines by file:line, counts them, and replays the rest (exit 1)', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const confirm = { Type: 'SubscriptionConfirmation', Message: 'You have chosen to subscribe', Token: 't' };
    const r = await replay(jsonl(notification(claimEu), 'not json', '{"body": NaN}', { hello: 1 }, '', confirm, deep, String.raw`{"body": "{\"type\":\"\ud800\"}"}`, notification(claimEu)));
    expect(r.code).toBe(1);
    const s = r.json();
    expect([s.lines, s.messages, s.unusable]).toEqual([8, 3, 5]);
    expect(s.unusableLines.map((u: any) => u.line)).toEqual([2, 3, 4, 6, 7]);
    expect(s.unusableLines[0].message).toMatch(/^not JSON/);
    expect(s.unusableLines[3].message).toContain('SubscriptionConfirmation');
    // The lone surrogate is data: the body parses, `type` is not `claim`.
    expect(counts(s).claims).toEqual([2, 1]);
  });

  it('bounds the listing with --max-errors but counts every unusable line', async () => {
    const r = await replay(jsonl('x', 'y', notification(claimEu), 'z'), '--max-errors', '2');
    const s = r.json();
    expect(s.unusable).toBe(3);
    expect(s.unusableLines.map((u: any) => u.line)).toEqual([1, 2]);
  });

  it('lists in text as file:line: message', async () => {
    const f = files({ 'subs.json': SUBS, 'm.jsonl': jsonl(notification(claimEu), 'oops') });
    const r = await cli(['filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${f['m.jsonl']}:2: not JSON`);
    expect(r.stdout).toContain('subscription `claims` (MessageBody): 1 of 1 delivered, 0 filtered out');
    expect(r.stderr).toBe(''); // no progress bar off a terminal
  });

  it('exits 2 for a missing file, an invalid policy, a bad JSONPath, or --template', async () => {
    const f = files({ 'subs.json': SUBS, 'bad.json': [{ id: 'x', policy: { a: [] } }], 'm.jsonl': jsonl(notification(claimEu)) });
    const missing = await cli(['filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']! + '.nope']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('no such file')]);
    const invalid = await cli(['filter', 'replay', '--subscriptions', f['bad.json']!, '--messages', f['m.jsonl']!]);
    expect([invalid.code, invalid.stderr]).toEqual([2, expect.stringContaining('Empty arrays are not allowed')]);
    const path = await cli(['filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!, '--message-path', '$[?(']);
    expect(path.code).toBe(2);
    const both = await cli(['filter', 'replay', '--template', f['subs.json']!, '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('exactly one of')]);
    const workers = await cli(['filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['m.jsonl']!, '--workers', '0']);
    expect(workers.code).toBe(2);
  });
});

describe('filter replay: gzip', () => {
  const lines = jsonl(...Array.from({ length: 3000 }, (_, i) => notification({ type: i % 3 === 0 ? 'claim' : 'quote', n: i, pad: 'x'.repeat(40) })));

  it('reads .gz files like plain ones', async () => {
    const f = files({ 'subs.json': SUBS, 'm.jsonl': lines });
    const gz = f['m.jsonl']! + '.gz';
    writeFileSync(gz, gzipSync(lines));
    const r = await cli(['--format', 'json', 'filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', gz]);
    expect(r.code).toBe(0);
    expect(counts(r.json())).toEqual({ claims: [1000, 2000], eu: [0, 3000], all: [3000, 0] });
  });

  it('a truncated .gz is an error naming the last line read; the lines before it still count (exit 2)', async () => {
    const f = files({ 'subs.json': SUBS, 'm.jsonl': lines });
    const whole = gzipSync(lines);
    const gz = f['m.jsonl']! + '.gz';
    writeFileSync(gz, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await cli(['--format', 'json', 'filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', gz, f['m.jsonl']!]);
    expect(r.code).toBe(2);
    const s = r.json();
    expect(s.readErrors).toHaveLength(1);
    const reached = s.readErrors[0].line;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(3000);
    expect(s.readErrors[0].message).toBe(`${gz}: truncated or corrupt gzip data (unexpected end of file) after line ${reached}`);
    expect(s.files[0].lines).toBe(reached);
    expect(s.files[1].lines).toBe(3000);
  });
});

describe('filter replay: worker threads', () => {
  it('gives the same totals with 2 workers as with 1', async () => {
    const mixed = Array.from({ length: 5000 }, (_, i) =>
      i % 97 === 0 ? 'broken' : notification({ type: i % 3 === 0 ? 'claim' : 'quote' }, i % 5 === 0 ? { region: 'eu-west-1' } : { region: 'us-east-1' }));
    const f = files({ 'subs.json': SUBS, 'a.jsonl': jsonl(...mixed), 'b.jsonl': jsonl(...mixed.slice(0, 2500)) });
    const run = (n: string) => cli(['--format', 'json', 'filter', 'replay', '--subscriptions', f['subs.json']!, '--messages', f['a.jsonl']!, f['b.jsonl']!, '--workers', n]);
    const [one, two] = [await run('1'), await run('2')];
    expect([one.code, two.code]).toEqual([1, 1]);
    const strip = (s: any) => ({ ...s, seconds: 0, linesPerSecond: 0 });
    expect(strip(two.json())).toEqual(strip(one.json()));
    // Worked out by hand: 52 broken lines in a (i = 0, 97, …, 4947), 26 in b; i % 3 / i % 5 over the rest.
    const s = one.json();
    expect(s.unusable).toBe(52 + 26);
    const goodA = Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 97 !== 0);
    const goodB = goodA.filter((i) => i < 2500);
    const good = [...goodA, ...goodB];
    expect(counts(s)).toEqual({
      claims: [good.filter((i) => i % 3 === 0).length, good.filter((i) => i % 3 !== 0).length],
      eu: [good.filter((i) => i % 5 === 0).length, good.filter((i) => i % 5 !== 0).length],
      all: [good.length, 0],
    });
  }, 30_000);
});

describe('line source', () => {
  it('streams in batches of the requested size with the right first line numbers', async () => {
    const f = files({ 'l.txt': 'a\nb\nc\nd\ne' });
    const io = { stdout: () => {}, stderr: () => {}, readStdin: () => '', isTTY: false, cwd: '.' };
    const batches = [];
    for await (const b of readLineBatches(io, f['l.txt']!, 0, 2)) batches.push(b);
    expect(batches).toEqual([
      { file: 0, firstLine: 1, lines: ['a', 'b'] },
      { file: 0, firstLine: 3, lines: ['c', 'd'] },
      { file: 0, firstLine: 5, lines: ['e'] },
    ]);
  });
});

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Region: { Type: String }
Resources:
  Topic:
    Type: AWS::SNS::Topic
  ClaimsSubscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      Protocol: sqs
      FilterPolicyScope: MessageBody
      FilterPolicy:
        type: [claim]
  EuSubscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      FilterPolicy: |
        {"region": ["eu-west-1"]}
  UnknowableSubscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      FilterPolicy:
        region: [!Ref Region]
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Quotes:
          Type: SNS
          Properties:
            Topic: !Ref Topic
            FilterPolicy: { type: [quote] }
            FilterPolicyScope: MessageBody
`;

describe('filter replay --template', () => {
  const messages = jsonl(notification(claimEu, { region: 'eu-west-1' }), notification({ type: 'quote' }, { region: 'us-east-1' }));

  it('replays the SNS subscriptions and SAM SNS events of a YAML template, by logical id', async () => {
    const f = files({ 'template.yaml': TEMPLATE, 'm.jsonl': messages });
    const r = await cli(['--format', 'json', 'filter', 'replay', '--template', f['template.yaml']!, '--messages', f['m.jsonl']!]);
    expect(r.code).toBe(0);
    expect(counts(r.json())).toEqual({ ClaimsSubscription: [1, 1], EuSubscription: [1, 1], 'Handler/Quotes': [1, 1] });
    // The policy that an intrinsic decides is not guessed: skipped, with a warning at its line.
    expect(r.stderr).toMatch(new RegExp(`warning: ${f['template.yaml']!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:26:7: \`UnknowableSubscription\`: .*intrinsic`));
  });

  it('reads JSON templates, and reports broken or policy-less templates (exit 2)', async () => {
    const json = { Resources: { Sub: { Type: 'AWS::SNS::Subscription', Properties: { FilterPolicy: '{"region":["eu-west-1"]}' } } } };
    const f = files({ 't.json': json, 'broken.yaml': 'Resources:\n  A: [\n', 'none.yaml': 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n', 'm.jsonl': messages });
    const ok = await cli(['--format', 'json', 'filter', 'replay', '--template', f['t.json']!, '--messages', f['m.jsonl']!]);
    expect(counts(ok.json())).toEqual({ Sub: [1, 1] });
    const broken = await cli(['filter', 'replay', '--template', f['broken.yaml']!, '--messages', f['m.jsonl']!]);
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringMatching(new RegExp(`broken\\.yaml:\\d+:\\d+: `))]);
    const none = await cli(['filter', 'replay', '--template', f['none.yaml']!, '--messages', f['m.jsonl']!]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('no SNS subscription with a `FilterPolicy`')]);
  });
});

describe('replay agrees with deciding each message alone (property)', () => {
  const policies = [
    { id: 'body', scope: 'MessageBody' as const, policy: { type: ['claim', { prefix: 'qu' }], n: [{ numeric: ['>', 10] }] } },
    { id: 'attrs', policy: { region: [{ 'anything-but': 'us-east-1' }], tier: [{ exists: false }] } },
    { id: 'or', policy: { $or: [{ region: ['eu-west-1'] }, { tier: ['gold'] }] } },
  ];
  const attribute = fc.oneof(
    fc.constantFrom('eu-west-1', 'us-east-1', 'gold', '').map((v) => ({ Type: 'String', Value: v })),
    fc.constantFrom('12', 'x').map((v) => ({ Type: 'Number', Value: v })),
  );
  const message = fc.record(
    {
      body: fc.oneof(fc.record({ type: fc.constantFrom('claim', 'quote', 'other'), n: fc.integer({ min: 0, max: 20 }) }, { requiredKeys: [] }).map((b) => JSON.stringify(b)), fc.constantFrom('not json', '[]', '{}')),
      attributes: fc.dictionary(fc.constantFrom('region', 'tier', '__proto__'), attribute, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  );
  // The same message in each recorded shape the replay accepts.
  const encode = (m: SnsMessage, shape: number): string => {
    const sdk = m.attributes && Object.fromEntries(Object.entries(m.attributes).map(([k, v]: [string, any]) => [k, { DataType: v.Type, StringValue: v.Value }]));
    const envelope = { Type: 'Notification', Message: m.body ?? '', ...(m.attributes ? { MessageAttributes: m.attributes } : {}) };
    if (shape === 0) return JSON.stringify({ ...(m.body === undefined ? {} : { body: m.body }), ...(m.attributes ? { attributes: m.attributes } : {}) });
    if (shape === 1) return JSON.stringify(envelope);
    if (shape === 2) return JSON.stringify({ Records: [{ messageId: '1', receiptHandle: 'r', eventSource: 'aws:sqs', body: JSON.stringify(envelope) }] });
    return JSON.stringify({ TopicArn: 't', Message: m.body ?? '', ...(sdk ? { MessageAttributes: sdk } : {}) });
  };

  it('per subscription: delivered, metrics and reasons', () => {
    const target = buildTarget(policies);
    if (!target.ok) throw new Error('policies are valid');
    const references = policies.map((p) => compileFilterPolicy(p.policy, { scope: p.scope ?? 'MessageAttributes', mode: 'reference' }));
    fc.assert(
      fc.property(fc.array(fc.tuple(message, fc.integer({ min: 0, max: 3 })), { maxLength: 30 }), (drawn) => {
        // `{}` is no message at all (tested above), so an empty message goes in an envelope.
        const items = drawn.map(([m, shape]) => [m, shape === 0 && m.body === undefined && m.attributes === undefined ? 1 : shape] as const);
        // Envelopes always carry a body, so the expectation is built from what each shape delivers.
        const sent = items.map(([m, shape]) => (shape === 0 ? m : { ...m, body: m.body ?? '' }));
        const tally = createTally(1, policies.length, 100);
        replayBatch(target.value, decodeKnownShapes, { file: 0, firstLine: 1, lines: items.map(([m, shape]) => encode(m, shape)) }, tally);
        expect(tally.unusable).toEqual([]);
        policies.forEach((_, i) => {
          const decisions = sent.map((m) => (references[i] as any).value.match(m));
          const sub = tally.subscriptions[i]!;
          expect(sub.delivered).toBe(decisions.filter((d) => d.delivered).length);
          const metrics: Record<string, number> = {};
          const reasons = new Map<string, number>();
          for (const d of decisions.filter((x) => !x.delivered)) {
            metrics[d.metric!] = (metrics[d.metric!] ?? 0) + 1;
            reasons.set(d.reason!, (reasons.get(d.reason!) ?? 0) + 1);
          }
          expect(sub.metrics).toEqual(metrics);
          expect(sub.reasons).toEqual(reasons);
        });
      }),
      { numRuns: 150 },
    );
  });
});
