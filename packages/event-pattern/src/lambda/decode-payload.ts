/**
 * Payload decoding as Lambda does before filtering: base64 (strictly checked) to UTF-8 (invalid
 * sequences rejected) to JSON when the text is a JSON object, else a plain string.
 */
export type Payload =
  | { kind: 'json'; value: object }
  | { kind: 'plain'; value: string }
  /** Not decodable as UTF-8 text: only the other metadata can be filtered (Kafka/MQ). */
  | { kind: 'binary' }
  | { kind: 'absent' };

export type PayloadError = { error: 'invalid-base64' | 'not-a-string'; message: string };

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads text as a JSON object when it is one; any other text (even other JSON) is a plain string. */
export function payloadOfText(text: string): Payload {
  const first = text.trimStart()[0];
  if (first === '{') {
    try {
      const value: unknown = JSON.parse(text);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { kind: 'json', value };
    } catch {
      // plain text that starts with a brace
    }
  }
  return { kind: 'plain', value: text };
}

export function decodeBase64Payload(data: unknown): Payload | PayloadError {
  if (data === undefined) return { kind: 'absent' };
  if (typeof data !== 'string') return { error: 'not-a-string', message: 'the payload must be a base64 string' };
  if (!BASE64.test(data)) return { error: 'invalid-base64', message: 'the payload is not valid base64' };
  let text: string;
  try {
    text = utf8.decode(Buffer.from(data, 'base64'));
  } catch {
    return { kind: 'binary' };
  }
  return payloadOfText(text);
}
