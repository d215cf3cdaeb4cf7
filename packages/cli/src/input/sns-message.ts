/**
 * Turns one recorded JSON value into an SNS message. Accepted shapes:
 * - `{"body": "<raw text>", "attributes": {...}}` (the conformance corpus shape; a non-string
 *   `body` is serialised with JSON.stringify for convenience);
 * - an SNS notification as delivered to SQS/HTTP: `{"Type":"Notification","Message":…,"MessageAttributes":…}`;
 * - an SNS Publish input as the AWS SDK builds it: `{"Message":…,"MessageAttributes":{…DataType…}}`;
 * - an SQS message (a Lambda record's `body`, or a ReceiveMessage `Body`) holding such a
 *   notification, or the raw message itself when the subscription uses raw message delivery.
 * Attributes come out as `{Type, Value}`, the shape SNS delivers and the corpus records.
 */
import type { MessageAttributeValue, SnsMessage } from '@arbiter/sns-filter';

type Json = Record<string, unknown>;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Sets an own property even for `__proto__`, which plain assignment would treat as the prototype. */
export function setOwn(o: Json, key: string, value: unknown): void {
  if (key !== '__proto__') o[key] = value;
  else Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** One attribute in any recorded spelling, as `{Type, Value}`; unrecognisable ones pass through for the filter to judge. */
function normalizeAttribute(raw: unknown): unknown {
  if (!isObject(raw) || typeof raw.Type === 'string') return raw;
  const type = raw.DataType ?? raw.dataType;
  if (typeof type !== 'string') return raw;
  const value = raw.StringValue ?? raw.stringValue ?? (type.startsWith('Binary') ? (raw.BinaryValue ?? raw.binaryValue) : undefined);
  return typeof value === 'string' ? { Type: type, Value: value } : { Type: type };
}

/** Message attributes in SNS (`Type`/`Value`), SDK (`DataType`/`StringValue`) or Lambda SQS (`dataType`/`stringValue`) shape. */
export function normalizeAttributes(raw: unknown): SnsMessage['attributes'] | string {
  if (!isObject(raw)) return 'message attributes must be an object of name → {Type, Value}';
  const out: Json = {};
  for (const key of Object.keys(raw)) setOwn(out, key, normalizeAttribute(raw[key]));
  return out as Record<string, MessageAttributeValue>;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function withAttributes(message: SnsMessage, raw: Json, key: string): SnsMessage | string {
  if (!hasOwn(raw, key)) return message;
  const attributes = normalizeAttributes(raw[key]);
  if (typeof attributes === 'string') return `\`${key}\`: ${attributes}`;
  message.attributes = attributes;
  return message;
}

/** True for an SQS message: a Lambda event record or a ReceiveMessage `Messages[]` item. */
export function isSqsMessage(v: Json): boolean {
  const sqsField = hasOwn(v, 'receiptHandle') || hasOwn(v, 'ReceiptHandle') || hasOwn(v, 'md5OfBody') || hasOwn(v, 'MD5OfBody') || v.eventSource === 'aws:sqs';
  return sqsField && (typeof v.body === 'string' || typeof v.Body === 'string');
}

/** The SNS message inside an SQS message: the notification in its body, else the raw body (raw message delivery). */
function fromSqsMessage(v: Json): SnsMessage | string {
  const body = (typeof v.body === 'string' ? v.body : v.Body) as string;
  let inner: unknown;
  try {
    inner = JSON.parse(body);
  } catch {
    inner = undefined;
  }
  if (isObject(inner) && typeof inner.Type === 'string') return fromNotification(inner);
  // Raw message delivery: the body is the published message, SNS attributes became SQS attributes.
  return withAttributes({ body }, v, hasOwn(v, 'messageAttributes') ? 'messageAttributes' : 'MessageAttributes');
}

function fromNotification(v: Json): SnsMessage | string {
  if (v.Type !== 'Notification') return `an SNS \`${String(v.Type).slice(0, 40)}\` message, not a \`Notification\``;
  if (!hasOwn(v, 'Message')) return 'SNS notification without `Message`';
  return withAttributes({ body: textOf(v.Message) }, v, 'MessageAttributes');
}

/** Decodes one message in any single-message shape above; a string is why it is not a message. */
export function decodeMessage(value: unknown): SnsMessage | string {
  if (!isObject(value)) return 'a message must be a JSON object';
  if (isSqsMessage(value)) return fromSqsMessage(value);
  if (typeof value.Type === 'string' && hasOwn(value, 'Message')) return fromNotification(value);
  if (value.Type !== undefined && hasOwn(value, 'Signature')) return fromNotification(value);
  if (hasOwn(value, 'body') || hasOwn(value, 'attributes')) {
    const out: SnsMessage = {};
    if (hasOwn(value, 'body')) out.body = textOf(value.body);
    return withAttributes(out, value, 'attributes');
  }
  if (hasOwn(value, 'Message')) return withAttributes({ body: textOf(value.Message) }, value, 'MessageAttributes');
  return 'no known message shape: expected an SNS notification, an SQS record, an SNS Publish input or {"body", "attributes"}';
}

/** Decodes the message given to `filter match --message` (kept for the single-message commands). */
export function toSnsMessage(value: unknown): SnsMessage | string {
  return decodeMessage(value);
}
