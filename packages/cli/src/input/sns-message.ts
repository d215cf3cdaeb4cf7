/**
 * Turns a JSON value from the command line into an SNS message. Accepted shapes:
 * - `{"body": "<raw text>", "attributes": {...}}` (the conformance corpus shape; a non-string
 *   `body` is serialised with JSON.stringify for convenience);
 * - an SNS notification as delivered to SQS/HTTP: `{"Type":"Notification","Message":…,"MessageAttributes":…}`;
 * - an SNS Publish input as the AWS SDK builds it: `{"Message":…,"MessageAttributes":{…DataType…}}`.
 */
import type { SnsMessage } from '@arbiter/sns-filter';

export function toSnsMessage(value: unknown): SnsMessage | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'a message must be a JSON object with `body` and/or `attributes`';
  const v = value as Record<string, unknown>;
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(v, k);
  if (has('body') || has('attributes')) {
    const out: SnsMessage = {};
    if (has('body')) out.body = typeof v.body === 'string' ? v.body : JSON.stringify(v.body);
    if (has('attributes')) {
      if (v.attributes === null || typeof v.attributes !== 'object' || Array.isArray(v.attributes)) return '`attributes` must be an object of name → {Type, Value}';
      out.attributes = v.attributes as SnsMessage['attributes'];
    }
    return out;
  }
  if (has('Message')) {
    const out: SnsMessage = { body: typeof v.Message === 'string' ? v.Message : JSON.stringify(v.Message) };
    if (has('MessageAttributes')) {
      if (v.MessageAttributes === null || typeof v.MessageAttributes !== 'object' || Array.isArray(v.MessageAttributes)) return '`MessageAttributes` must be an object';
      out.attributes = v.MessageAttributes as SnsMessage['attributes'];
    }
    return out;
  }
  return 'not a message: expected `body`/`attributes`, or an SNS `Message`/`MessageAttributes` envelope';
}
