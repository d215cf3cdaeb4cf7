/**
 * The view of a record that Lambda applies filters to (spec §8): the record itself, with its
 * payload key decoded — SQS `body` as JSON or plain text, Kinesis `data` (inside the `kinesis`
 * object), Kafka `value` and MQ `data` from base64, DynamoDB images as typed JSON.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { LambdaCodes } from '../pattern/codes.js';
import { decodeBase64Payload, payloadOfText, type Payload } from './decode-payload.js';
import { checkDynamoImages } from './dynamodb-image.js';
import { SOURCES, type EventSourceKind } from './sources.js';

export type RecordView = { ok: true; view: Record<string, unknown>; payload: Payload } | { ok: false; reason: string; diagnostics: Diagnostic[] };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function refuse(code: string, path: string, reason: string): RecordView {
  return { ok: false, reason, diagnostics: [diagnostic(code, 'message', path, reason)] };
}

/** Copies `base` with the payload key replaced by its decoded form (dropped when it is not text). */
function withPayload(base: Record<string, unknown>, key: string, payload: Payload): Record<string, unknown> {
  const view: Record<string, unknown> = { ...base };
  if (payload.kind === 'json' || payload.kind === 'plain') view[key] = payload.value;
  else delete view[key];
  return view;
}

export function viewOf(record: unknown, source: EventSourceKind): RecordView {
  if (!isObject(record)) return refuse(LambdaCodes.recordNotObject, '', 'the record is not a JSON object');
  const { dataKey } = SOURCES[source];
  if (source === 'dynamodb') {
    const problems = checkDynamoImages(record);
    if (problems.length > 0) return { ok: false, reason: problems[0]!.message, diagnostics: problems };
    return { ok: true, view: record, payload: isObject(record.dynamodb) ? { kind: 'json', value: record.dynamodb } : { kind: 'absent' } };
  }
  if (source === 'sqs') {
    const body = record.body;
    const payload: Payload = typeof body === 'string' ? payloadOfText(body) : { kind: 'absent' };
    return { ok: true, view: withPayload(record, dataKey, payload), payload };
  }
  // Kinesis filters the `kinesis` object of the record; a bare `kinesis` object is taken as is.
  const base = source === 'kinesis' && isObject(record.kinesis) ? record.kinesis : record;
  const decoded = decodeBase64Payload(base[dataKey]);
  if ('error' in decoded) {
    const at = source === 'kinesis' && base !== record ? `/kinesis/${dataKey}` : `/${dataKey}`;
    return refuse(LambdaCodes.invalidBase64, at, `\`${dataKey}\`: ${decoded.message}`);
  }
  return { ok: true, view: withPayload(base, dataKey, decoded), payload: decoded };
}
