/**
 * MSK and self-managed Kafka records: base64 `value`; headers are arrays of `{name: bytes}`, read
 * as String attributes. The `itemIdentifier` is `topic-partition-offset`.
 */
import type { MSKRecord } from 'aws-lambda';
import { base64Text } from './base64.js';
import type { RecordMessage } from './types.js';

/** A Kafka header value: an array of byte values (as Lambda sends it) or a string. */
function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return Buffer.from(value.filter((b): b is number => typeof b === 'number')).toString('utf8');
  return '';
}

export function kafkaItemIdentifier(record: Pick<MSKRecord, 'topic' | 'partition' | 'offset'>): string {
  return `${record.topic}-${record.partition}-${record.offset}`;
}

export function readKafkaRecord(record: MSKRecord): RecordMessage {
  const attributes: RecordMessage['attributes'] = {};
  for (const header of Array.isArray(record.headers) ? record.headers : []) {
    for (const [name, value] of Object.entries(header ?? {})) attributes[name] = { Type: 'String', Value: headerText(value) };
  }
  return { source: 'kafka', id: kafkaItemIdentifier(record), body: base64Text(record.value), attributes };
}
