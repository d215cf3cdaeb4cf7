/**
 * DynamoDB Streams records: the item image as plain JSON (`NewImage`, or `OldImage` for a
 * `REMOVE`, or the `Keys` when the stream carries no image). `eventName` is an attribute, so
 * an attribute policy can select `INSERT`/`MODIFY`/`REMOVE`. The `itemIdentifier` is the
 * sequence number.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { imageJson } from './dynamodb-json.js';
import type { RecordMessage } from './types.js';

export type DynamoDbImage = 'NewImage' | 'OldImage';

export function readDynamoDbRecord(record: DynamoDBRecord, image?: DynamoDbImage): RecordMessage {
  const ddb = record.dynamodb ?? {};
  const chosen = image ?? (record.eventName === 'REMOVE' ? 'OldImage' : 'NewImage');
  const item = ddb[chosen] ?? ddb.NewImage ?? ddb.OldImage ?? ddb.Keys;
  const attributes: RecordMessage['attributes'] = {};
  if (record.eventName) attributes['eventName'] = { Type: 'String', Value: record.eventName };
  return { source: 'dynamodb', id: ddb.SequenceNumber ?? '', body: imageJson(item), attributes };
}
