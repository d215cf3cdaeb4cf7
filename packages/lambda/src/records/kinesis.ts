/** Kinesis Data Streams records: base64 `kinesis.data`; the `itemIdentifier` is the sequence number. */
import type { KinesisStreamRecord } from 'aws-lambda';
import { base64Text } from './base64.js';
import type { RecordMessage } from './types.js';

export function readKinesisRecord(record: KinesisStreamRecord): RecordMessage {
  return { source: 'kinesis', id: record.kinesis.sequenceNumber, body: base64Text(record.kinesis.data), attributes: {} };
}
