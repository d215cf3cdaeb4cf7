/**
 * A batch event's records, read into one message shape, and the same event rebuilt with a subset
 * of its records (never mutating the event Lambda passed in).
 */
import type { DynamoDBRecord, KinesisStreamRecord, MSKRecord, SNSEventRecord, SQSRecord } from 'aws-lambda';
import { diagnostic, fail, ok, type Result } from '@arbiter/ir';
import { readDynamoDbRecord, type DynamoDbImage } from './dynamodb.js';
import { readKafkaRecord } from './kafka.js';
import { readKinesisRecord } from './kinesis.js';
import { readSnsRecord } from './sns.js';
import { readSqsRecord } from './sqs.js';
import type { RecordMessage, RecordSource } from './types.js';

export interface ReadOptions {
  /** Read an SNS notification in an SQS body as the SNS message it carries. Default true. */
  unwrapSnsInSqs?: boolean;
  /** Which DynamoDB image is the body. Default `NewImage` (`OldImage` for `REMOVE`). */
  dynamodbImage?: DynamoDbImage;
}

export interface BatchEntry {
  message: RecordMessage;
  /** The record exactly as the event carried it. */
  record: unknown;
  /** Kafka only: the `topic-partition` key of `event.records` the record came from. */
  group?: string;
}

export interface Batch {
  source: RecordSource;
  entries: BatchEntry[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function sourceOf(event: Obj): RecordSource | undefined {
  if (isObj(event['records']) && (event['eventSource'] === 'aws:kafka' || event['eventSource'] === 'SelfManagedKafka')) return 'kafka';
  const records = event['Records'];
  if (!Array.isArray(records)) return undefined;
  const first = records[0];
  if (!isObj(first)) return records.length === 0 ? 'sqs' : undefined;
  const tag = first['eventSource'] ?? first['EventSource'];
  return tag === 'aws:sqs' ? 'sqs' : tag === 'aws:sns' ? 'sns' : tag === 'aws:kinesis' ? 'kinesis' : tag === 'aws:dynamodb' ? 'dynamodb' : undefined;
}

function readOne(source: RecordSource, record: unknown, options: ReadOptions): RecordMessage {
  switch (source) {
    case 'sqs': return readSqsRecord(record as SQSRecord, options.unwrapSnsInSqs ?? true);
    case 'sns': return readSnsRecord(record as SNSEventRecord);
    case 'kinesis': return readKinesisRecord(record as KinesisStreamRecord);
    case 'dynamodb': return readDynamoDbRecord(record as DynamoDBRecord, options.dynamodbImage);
    case 'kafka': return readKafkaRecord(record as MSKRecord);
  }
}

/** Reads every record of an SQS, SNS, Kinesis, DynamoDB Streams or Kafka (MSK, self-managed) event. */
export function readBatch(event: unknown, options: ReadOptions = {}): Result<Batch> {
  const source = isObj(event) ? sourceOf(event) : undefined;
  if (!source || !isObj(event)) {
    return fail([diagnostic('lambda.unknown-event', 'input', '', 'the event is not an SQS, SNS, Kinesis, DynamoDB Streams or Kafka batch', {
      help: 'batch filtering reads `Records` with `eventSource` aws:sqs|aws:sns|aws:kinesis|aws:dynamodb, or Kafka `records` by topic-partition',
    })]);
  }
  const entries: BatchEntry[] = [];
  if (source === 'kafka') {
    for (const [group, list] of Object.entries(event['records'] as Obj)) {
      for (const record of Array.isArray(list) ? list : []) entries.push({ message: readOne(source, record, options), record, group });
    }
  } else {
    for (const record of event['Records'] as unknown[]) entries.push({ message: readOne(source, record, options), record });
  }
  return ok({ source, entries });
}

/** A copy of `event` holding only `keep` (in their original order); other fields untouched. */
export function eventWith<E>(event: E, batch: Batch, keep: readonly BatchEntry[]): E {
  if (batch.source !== 'kafka') return { ...event, Records: keep.map((e) => e.record) };
  const records: Record<string, unknown[]> = {};
  for (const e of keep) (records[e.group!] ??= []).push(e.record);
  return { ...event, records };
}
