/**
 * Log events as input, in the shapes users hold them: a PutLogEvents request (`logEvents` of
 * `{timestamp, message}`), a subscription-filter payload (`messageType`, `logGroup`, `logEvents` of
 * `{id, timestamp, message}`), that payload gzipped and base64-encoded as Lambda receives it
 * (`{"awslogs": {"data": "H4sI…"}}`, or the bare string), GetLogEvents/FilterLogEvents output
 * (`events`), or a plain array of events. Never throws: bad input is a diagnostic with a pointer.
 */
import { diagnostic, fail, joinPointer, ok, parseJsonSafe, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
import { DpCodes } from '../codes.js';
import { gunzipText } from './gzip.js';
import type { LogBatch, LogEvent } from './types.js';

type Json = Record<string, unknown>;

/** PutLogEvents quotas: 10,000 events and 1,048,576 bytes per batch (message UTF-8 bytes + 26 each). */
export const MAX_BATCH_EVENTS = 10_000;
export const MAX_BATCH_BYTES = 1_048_576;
/** Decompressed payloads larger than this are refused (a gzip bomb guard; Lambda's payload limit is 6 MB). */
export const MAX_DECODED_BYTES = 16 * 1024 * 1024;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Base64 → gunzip → UTF-8 text, as a subscription's Lambda receives `awslogs.data`. */
export function decodeAwslogsData(data: string, at = ''): Result<string> {
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    return fail([diagnostic(DpCodes.logsBadEncoding, 'input', at, '`awslogs.data` is not base64')]);
  }
  const out = gunzipText(Buffer.from(compact, 'base64'), MAX_DECODED_BYTES);
  if (out.ok) return ok(out.text);
  const why = out.reason === 'too-large' ? `it decompresses to more than ${MAX_DECODED_BYTES} bytes` : 'it is not gzip data';
  return fail([diagnostic(DpCodes.logsBadEncoding, 'input', at, `\`awslogs.data\` cannot be read: ${why}`)]);
}

function readEvents(list: unknown, at: string, out: Diagnostic[]): LogEvent[] {
  if (!Array.isArray(list)) {
    out.push(diagnostic(DpCodes.logsEventShape, 'input', at, 'the log events must be an array'));
    return [];
  }
  const events: LogEvent[] = [];
  list.forEach((e, i) => {
    const path = joinPointer(at, i);
    if (!isObject(e) || typeof e['message'] !== 'string') {
      out.push(diagnostic(DpCodes.logsEventShape, 'input', path, 'a log event must be an object with a string `message`'));
      return;
    }
    const event: LogEvent = { message: e['message'] };
    const id = e['id'] ?? e['eventId'];
    if (typeof id === 'string') event.id = id;
    if (typeof e['timestamp'] === 'number') event.timestamp = e['timestamp'];
    else if (e['timestamp'] !== undefined) out.push(diagnostic(DpCodes.logsEventShape, 'input', joinPointer(path, 'timestamp'), '`timestamp` must be milliseconds since the epoch (a number)'));
    events.push(event);
  });
  return events;
}

function checkBatchLimits(batch: LogBatch, out: Diagnostic[]): void {
  if (batch.shape !== 'put-log-events') return;
  const bytes = batch.events.reduce((n, e) => n + Buffer.byteLength(e.message, 'utf8') + 26, 0);
  if (batch.events.length > MAX_BATCH_EVENTS || bytes > MAX_BATCH_BYTES) {
    out.push(diagnostic(DpCodes.logsBatchLimit, 'input', '/logEvents', `PutLogEvents takes at most ${MAX_BATCH_EVENTS} events and ${MAX_BATCH_BYTES} bytes per batch; this one has ${batch.events.length} events and ${bytes} bytes`, { severity: 'warning' }));
  }
}

function fromObject(doc: Json, out: Diagnostic[]): LogBatch | undefined {
  const text = (k: string): string | undefined => (typeof doc[k] === 'string' ? (doc[k] as string) : undefined);
  let batch: LogBatch | undefined;
  if ('logEvents' in doc) {
    const subscription = 'messageType' in doc || 'logGroup' in doc;
    batch = { shape: subscription ? 'subscription' : 'put-log-events', events: readEvents(doc['logEvents'], '/logEvents', out) };
    const group = text('logGroup') ?? text('logGroupName');
    const stream = text('logStream') ?? text('logStreamName');
    if (group !== undefined) batch.logGroup = group;
    if (stream !== undefined) batch.logStream = stream;
    if (text('messageType') !== undefined) batch.messageType = text('messageType')!;
  } else if ('events' in doc) batch = { shape: 'get-log-events', events: readEvents(doc['events'], '/events', out) };
  return batch;
}

/** Reads log events from any of the supported shapes (JSON text, a parsed value, or a Lambda event). */
export function readLogEvents(input: unknown): Result<LogBatch> {
  let doc: unknown = input;
  const out: Diagnostic[] = [];
  if (typeof doc === 'string') {
    const text = doc.trimStart();
    const decoded = text.startsWith('{') || text.startsWith('[') ? ok(doc) : decodeAwslogsData(doc);
    if (!decoded.ok) return decoded;
    const parsed = parseJsonSafe(decoded.value, { document: 'input', loneSurrogates: 'ignore' });
    if (!parsed.ok) return parsed;
    doc = parsed.value.value;
  }
  if (isObject(doc) && isObject(doc['awslogs']) && typeof doc['awslogs']['data'] === 'string') {
    const inner = decodeAwslogsData(doc['awslogs']['data'], '/awslogs/data');
    if (!inner.ok) return inner;
    const parsed = parseJsonSafe(inner.value, { document: 'input', loneSurrogates: 'ignore' });
    if (!parsed.ok) return parsed;
    doc = parsed.value.value;
    if (typeof doc === 'string') return fail([diagnostic(DpCodes.logsNotLogEvents, 'input', '/awslogs/data', '`awslogs.data` holds no subscription payload')]);
  }
  const batch = Array.isArray(doc) ? { shape: 'events' as const, events: readEvents(doc, '', out) } : isObject(doc) ? fromObject(doc, out) : undefined;
  if (!batch) {
    return fail([diagnostic(DpCodes.logsNotLogEvents, 'input', '', 'not log events: expected PutLogEvents input (`logEvents`), a subscription payload, `{"awslogs": {"data": …}}`, GetLogEvents output (`events`) or an array of events')]);
  }
  checkBatchLimits(batch, out);
  return resultOf(batch, out);
}
