/**
 * SQS records: `body` and lowercase `messageAttributes` (`stringValue`/`binaryValue`/`dataType`).
 * A body that is an SNS notification (SNS → SQS without raw message delivery) is unwrapped to
 * its `Message` and `MessageAttributes`, which is what an SNS filter policy was written for.
 */
import type { SQSRecord } from 'aws-lambda';
import type { RecordMessage } from './types.js';
import { snsAttributes } from './sns.js';

type SqsAttributes = SQSRecord['messageAttributes'];

export function sqsAttributes(attributes: SqsAttributes | undefined): RecordMessage['attributes'] {
  const out: RecordMessage['attributes'] = {};
  for (const [name, a] of Object.entries(attributes ?? {})) {
    if (!a || typeof a !== 'object') continue;
    const value = a.stringValue ?? a.binaryValue;
    out[name] = { Type: a.dataType, Value: value === undefined ? '' : String(value) };
  }
  return out;
}

/** The SNS notification an SQS body holds, when it is one. */
function snsEnvelope(body: string): { Message: string; MessageAttributes?: unknown } | undefined {
  if (!body.startsWith('{') || !body.includes('"TopicArn"')) return undefined;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return parsed['Type'] === 'Notification' && typeof parsed['Message'] === 'string' && typeof parsed['TopicArn'] === 'string'
      ? (parsed as { Message: string; MessageAttributes?: unknown })
      : undefined;
  } catch {
    return undefined;
  }
}

export function readSqsRecord(record: SQSRecord, unwrapSns = true): RecordMessage {
  const body = typeof record.body === 'string' ? record.body : '';
  const envelope = unwrapSns ? snsEnvelope(body) : undefined;
  if (envelope) return { source: 'sqs', id: record.messageId, body: envelope.Message, attributes: snsAttributes(envelope.MessageAttributes) };
  return { source: 'sqs', id: record.messageId, body, attributes: sqsAttributes(record.messageAttributes) };
}
