/** The message readers accept every shape the batch events carry. */
import { describe, expect, it } from 'vitest';
import { imageJson, readBatch, type RecordSource } from '../src/index.js';
import { recorded } from './helpers.js';

const bodies = (event: unknown) => {
  const b = readBatch(event);
  if (!b.ok) throw new Error(b.diagnostics[0]!.message);
  return b.value;
};

describe('record readers', () => {
  it('SQS: lowercase stringValue/dataType attributes become SNS Type/Value', () => {
    const batch = bodies(recorded('sqs-leads'));
    expect(batch.source).toBe('sqs');
    const first = batch.entries[0]!.message;
    expect(first.id).toBe('059f36b4-87a3-44ab-83d2-661971000');
    expect(first.attributes).toEqual({ product: { Type: 'String', Value: 'auto' }, premium: { Type: 'Number', Value: '1200' } });
    expect(JSON.parse(first.body)).toMatchObject({ id: 'lead-1', state: 'NY' });
  });

  it('SQS carrying an SNS notification: the SNS Message and MessageAttributes', () => {
    const first = bodies(recorded('sqs-from-sns-leads')).entries[0]!.message;
    expect(JSON.parse(first.body)).toMatchObject({ id: 'lead-1' });
    expect(first.attributes['premium']).toEqual({ Type: 'Number', Value: '1200' });
    const raw = readBatch(recorded('sqs-from-sns-leads'), { unwrapSnsInSqs: false });
    expect(raw.ok && JSON.parse(raw.value.entries[0]!.message.body).Type).toBe('Notification');
  });

  it('SNS: Message and MessageAttributes', () => {
    const batch = bodies(recorded('sns-lead'));
    expect(batch.source).toBe('sns');
    expect(batch.entries[0]!.message).toMatchObject({ id: '95df01b4-ee98-5cb9-9903-4c221d41eb5e', attributes: { product: { Type: 'String', Value: 'auto' } } });
  });

  it('Kinesis: base64 data decoded, sequence number as the item identifier', () => {
    const m = bodies(recorded('kinesis-leads')).entries[2]!.message;
    expect(m.id).toBe('495903314928632644700630561601637345239059954273155012');
    expect(JSON.parse(m.body)).toMatchObject({ id: 'lead-3', fail: true });
  });

  it('DynamoDB: NewImage (OldImage for REMOVE) as plain JSON, eventName as an attribute', () => {
    const entries = bodies(recorded('dynamodb-leads')).entries;
    expect(JSON.parse(entries[0]!.message.body)).toEqual({ id: 'lead-1', state: 'NY', product: 'auto', premium: 1200 });
    expect(entries[3]!.message.attributes['eventName']).toEqual({ Type: 'String', Value: 'REMOVE' });
    expect(JSON.parse(entries[3]!.message.body)).toMatchObject({ id: 'lead-4', premium: 300 });
    expect(entries[3]!.message.id).toBe('11100000000000000000003');
  });

  it('DynamoDB typed JSON keeps number digits exactly and reads every type', () => {
    const text = imageJson({
      n: { N: '12345678901234567890.5' }, s: { S: 'x"y' }, b: { BOOL: false }, z: { NULL: true }, l: { L: [{ N: '1' }, { S: 'a' }] },
      m: { M: { k: { SS: ['a', 'b'] } } }, ns: { NS: ['1', '2.5'] }, bin: { B: 'AAE=' }, odd: { N: '+1' },
    });
    expect(text).toContain('"n":12345678901234567890.5');
    expect(JSON.parse(text)).toEqual({ n: 12345678901234567890.5, s: 'x"y', b: false, z: null, l: [1, 'a'], m: { k: ['a', 'b'] }, ns: [1, 2.5], bin: 'AAE=', odd: '+1' });
  });

  it('Kafka: base64 value, byte-array headers as attributes, topic-partition-offset identifiers', () => {
    const batch = bodies(recorded('kafka-leads'));
    expect(batch.source).toBe('kafka');
    expect(batch.entries.map((e) => e.message.id)).toEqual(['leads-0-15', 'leads-0-16', 'leads-1-15', 'leads-1-16']);
    expect(batch.entries[2]!.message.attributes).toEqual({ product: { Type: 'String', Value: 'home' } });
    expect(JSON.parse(batch.entries[2]!.message.body)).toMatchObject({ id: 'lead-3' });
  });

  it('an event that is not a batch is a diagnostic, not a throw', () => {
    for (const event of [null, 'text', {}, { Records: [{ eventSource: 'aws:s3' }] }, { records: {}, eventSource: 'aws:other' }]) {
      const r = readBatch(event);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.diagnostics[0]!.code).toBe('lambda.unknown-event');
    }
  });

  it('every recorded batch names its source', () => {
    const sources: Record<string, RecordSource> = { 'sqs-leads': 'sqs', 'sns-lead': 'sns', 'kinesis-leads': 'kinesis', 'dynamodb-leads': 'dynamodb', 'kafka-leads': 'kafka' };
    for (const [name, source] of Object.entries(sources)) expect(bodies(recorded(name)).source).toBe(source);
  });
});
