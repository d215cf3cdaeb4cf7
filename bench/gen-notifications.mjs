#!/usr/bin/env node
/**
 * Generates recorded SNS notifications (the `Type: Notification` envelope SNS delivers to SQS/HTTP)
 * for measuring `arbiter filter replay`: S3 object events of the insurance routing scenario
 * (examples/insurance-routing/subscriptions.json), with message attributes. Deterministic (seeded).
 *
 *   node bench/gen-notifications.mjs OUT.jsonl[.gz] [--count 1000000] [--seed 1]
 *
 * Also writes OUT.expect.json: how many notifications each example subscription must receive,
 * worked out from the generator's own choices (not from Arbiter), so a replay's totals can be
 * checked before its speed is believed. The output is not committed (it is ~750 MB for 1M lines).
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
if (!out) {
  process.stderr.write('usage: node bench/gen-notifications.mjs OUT.jsonl[.gz] [--count N] [--seed S]\n');
  process.exit(2);
}
const count = flag('count', 1_000_000);
let state = flag('seed', 1) >>> 0 || 1;
/** xorshift32: fast, seeded, good enough to spread choices. */
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x1_0000_0000;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const LINES = ['auto', 'home', 'life', 'travel'];
const EVENTS = ['ObjectCreated:Put', 'ObjectCreated:CompleteMultipartUpload', 'ObjectRemoved:Delete'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const expect = { lines: count, 'auto-insurance-leads': 0, 'home-insurance-leads': 0 };

function notification(i) {
  const line = pick(LINES);
  const eventName = pick(EVENTS);
  const created = eventName.startsWith('ObjectCreated:');
  if (created && line === 'auto') expect['auto-insurance-leads']++;
  if (created && line === 'home') expect['home-insurance-leads']++;
  const region = pick(REGIONS);
  const key = `${line}-insurance-${i}.xml`;
  const s3 = {
    Records: [{
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: region, eventTime: '2024-05-01T10:00:00.000Z', eventName,
      s3: { s3SchemaVersion: '1.0', bucket: { name: 'insurance-bucket-demo', arn: 'arn:aws:s3:::insurance-bucket-demo' }, object: { key, size: 17 + (i % 5000) } },
    }],
  };
  return JSON.stringify({
    Type: 'Notification',
    MessageId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    TopicArn: 'arn:aws:sns:us-east-1:111122223333:insurance-uploads',
    Subject: 'Amazon S3 Notification',
    Message: JSON.stringify(s3),
    Timestamp: '2024-05-01T10:00:00.000Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLEpH+..',
    SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
    UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
    MessageAttributes: { region: { Type: 'String', Value: region }, line: { Type: 'String', Value: line }, size: { Type: 'Number', Value: String(17 + (i % 5000)) } },
  });
}

const file = createWriteStream(out);
const sink = out.endsWith('.gz') ? createGzip() : file;
if (sink !== file) sink.pipe(file);
let chunk = '';
for (let i = 0; i < count; i++) {
  chunk += notification(i) + '\n';
  if (chunk.length > 1 << 20) {
    if (!sink.write(chunk)) await once(sink, 'drain');
    chunk = '';
  }
}
sink.end(chunk);
await once(file, 'finish');
writeFileSync(out.replace(/(\.jsonl)?(\.gz)?$/, '') + '.expect.json', JSON.stringify(expect, null, 2) + '\n');
process.stderr.write(`wrote ${count} notifications to ${out}\n`);
