/**
 * Messages that arrive as bytes (SQS, Kafka, Kinesis records; a `Buffer`): the text they encode
 * in UTF-8, decoded natively once, so every reader of the kit then runs on the same string a
 * caller holding text would pass. `TextDecoder` runs in browsers too (the playground).
 */

// `ignoreBOM` keeps a leading U+FEFF in the text, as `Buffer.toString('utf8')` does: a body that
// starts with one is not JSON, whichever way it arrives. Invalid sequences become U+FFFD.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text UTF-8 `bytes` encode, exactly as `Buffer.from(bytes).toString('utf8')` gives it. */
export function textOfBytes(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}
