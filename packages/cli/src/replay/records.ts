/**
 * One recorded line → the SNS messages it holds. Besides the single-message shapes of
 * input/sns-message.ts, a line may be a batch: a Lambda event (`{"Records": [SQS or SNS records]}`),
 * a ReceiveMessage response (`{"Messages": [...]}`) or a PublishBatch input
 * (`{"PublishBatchRequestEntries": [...]}`). Custom shapes go through JSONPath (json-path.ts).
 */
import type { SnsMessage } from '@arbiter/sns-filter';
import { decodeMessage } from '../input/sns-message.js';

/**
 * The messages of one line, or why the line (or some record of a batch) is unusable. A batch
 * keeps its usable records at their own index (`undefined` where a record is unusable), so record
 * numbers stay stable.
 */
export type DecodedLine = { messages: Array<SnsMessage | undefined> } | { error: string; messages?: Array<SnsMessage | undefined> };

/** Decodes a parsed line (already JSON) into its messages. */
export type ValueDecoder = (value: unknown) => DecodedLine;

const BATCH_KEYS = ['Records', 'Messages', 'PublishBatchRequestEntries'] as const;

function recordOf(item: unknown): unknown {
  // An SNS→Lambda record wraps the notification in `Sns`.
  if (item !== null && typeof item === 'object' && (item as Record<string, unknown>).EventSource === 'aws:sns') {
    return (item as Record<string, unknown>).Sns;
  }
  return item;
}

function decodeBatch(key: string, items: unknown[]): DecodedLine {
  if (items.length === 0) return { error: `\`${key}\` is an empty array` };
  const messages: Array<SnsMessage | undefined> = [];
  const problems: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const m = decodeMessage(recordOf(items[i]));
    if (typeof m === 'string') problems.push(`\`${key}[${i}]\`: ${m}`);
    messages.push(typeof m === 'string' ? undefined : m);
  }
  if (problems.length === 0) return { messages };
  // The usable records still count; the line is reported for the others.
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more unusable records)` : '';
  return { error: problems[0] + more, messages };
}

/** The built-in decoder: every shape Arbiter recognises by itself. */
export const decodeKnownShapes: ValueDecoder = (value) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    for (const key of BATCH_KEYS) {
      if (Array.isArray(v[key])) return decodeBatch(key, v[key]);
    }
  }
  const m = decodeMessage(value);
  return typeof m === 'string' ? { error: m } : { messages: [m] };
};

/** Parses one line and decodes it; blank lines are for the caller to skip. */
export function decodeLine(text: string, decode: ValueDecoder): DecodedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  return decode(value);
}
