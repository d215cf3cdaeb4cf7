/** Base64 payloads (Kinesis `data`, Kafka `value` and headers) as UTF-8 text. */
export function base64Text(data: string | undefined | null): string {
  return data ? Buffer.from(data, 'base64').toString('utf8') : '';
}
