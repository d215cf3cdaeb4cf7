/**
 * One line of a recorded log file, masked as CloudWatch Logs would show it, in the line's own shape:
 * a JSON event (`{"timestamp":…, "message":…}`, as `aws logs filter-log-events` and most exporters
 * write them) keeps its other fields; a batch (PutLogEvents input, a subscription payload, a Lambda
 * `awslogs` event, re-gzipped) keeps its shape; any other line is one log event's message.
 */
import type { LogsProtector, ProtectOptions } from './protect.js';
import { decodeAwslogsData, readLogEvents } from './events.js';
import { gzipText } from './gzip.js';
import type { LogsAuditRecord, LogsPolicyScope, ProtectedLogEvent } from './types.js';

export interface MaskedLine {
  /** The line to write (without its newline). */
  line: string;
  kind: 'text' | 'event' | 'batch';
  events: ProtectedLogEvent[];
  /** Findings reports of this line's events, per policy. */
  records: Array<{ policy: LogsPolicyScope; record: LogsAuditRecord }>;
}

type Json = Record<string, unknown>;

/** Fields of an exported event (FilterLogEvents/GetLogEvents, subscription `logEvents`). */
const EVENT_FIELDS = new Set(['timestamp', 'message', 'ingestionTime', 'eventId', 'id', 'logStreamName', 'logStream', 'logGroupName', 'logGroup']);

/**
 * An exported event, not a structured log line that happens to have a `message` member: a numeric
 * `timestamp`, a string `message`, and only event fields. Anything else is the message itself.
 */
function isExportedEvent(doc: Json): boolean {
  return typeof doc['message'] === 'string' && typeof doc['timestamp'] === 'number' && Object.keys(doc).every((k) => EVENT_FIELDS.has(k));
}

function parseObject(line: string): Json | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const v = JSON.parse(line) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Masks one line with `protector`; never throws (a line that is not JSON is treated as a message). */
export function maskLogLine(line: string, protector: LogsProtector, options: ProtectOptions = {}): MaskedLine {
  const doc = parseObject(line);
  const isEvent = doc !== undefined && isExportedEvent(doc);
  const batch = doc && !isEvent ? readLogEvents(doc) : undefined;
  if (isEvent || !batch?.ok) {
    const message = isEvent ? (doc!['message'] as string) : line;
    const out = protector.protect({ shape: 'events', events: [{ message }] }, options);
    const records = out.audits.flatMap((a) => a.records.map((record) => ({ policy: a.policy, record })));
    const masked = out.events[0]!.message;
    return { line: isEvent ? JSON.stringify({ ...doc, message: masked }) : masked, kind: isEvent ? 'event' : 'text', events: out.events, records };
  }
  const out = protector.protect(batch.value, options);
  const records = out.audits.flatMap((a) => a.records.map((record) => ({ policy: a.policy, record })));
  const rewrite = (d: Json): Json => {
    const key = 'logEvents' in d ? 'logEvents' : 'events';
    return { ...d, [key]: (d[key] as Json[]).map((e, i) => ({ ...e, message: out.events[i]!.message })) };
  };
  const masked = 'awslogs' in doc! ? { ...doc, awslogs: { data: Buffer.from(gzipText(JSON.stringify(rewrite(payloadOf(doc!))))).toString('base64') } } : rewrite(doc!);
  return { line: JSON.stringify(masked), kind: 'batch', events: out.events, records };
}

/** The decoded subscription payload inside a Lambda `awslogs` event (readLogEvents has already read it). */
function payloadOf(doc: Json): Json {
  const decoded = decodeAwslogsData(String((doc['awslogs'] as Json)['data']));
  return decoded.ok ? (JSON.parse(decoded.value) as Json) : {};
}
