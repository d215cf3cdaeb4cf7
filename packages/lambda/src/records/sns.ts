/** SNS records (and SNS notifications in an SQS body): `Message` and `MessageAttributes` `{Type, Value}`. */
import type { SNSEventRecord } from 'aws-lambda';
import type { RecordMessage } from './types.js';

export function snsAttributes(attributes: unknown): RecordMessage['attributes'] {
  const out: RecordMessage['attributes'] = {};
  if (!attributes || typeof attributes !== 'object') return out;
  for (const [name, a] of Object.entries(attributes as Record<string, { Type?: unknown; Value?: unknown }>)) {
    if (!a || typeof a !== 'object' || typeof a.Type !== 'string') continue;
    out[name] = { Type: a.Type, Value: a.Value === undefined || a.Value === null ? '' : String(a.Value) };
  }
  return out;
}

export function readSnsRecord(record: SNSEventRecord): RecordMessage {
  const sns = record.Sns;
  return { source: 'sns', id: sns.MessageId, body: typeof sns.Message === 'string' ? sns.Message : '', attributes: snsAttributes(sns.MessageAttributes) };
}
