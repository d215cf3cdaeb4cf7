/**
 * Replays a batch of consecutive lines of one file: decode each line, decide every message for
 * every subscription, count. The same function runs on the main thread and in worker threads.
 */
import type { FilterDecision, SnsMessage } from '@arbiter/sns-filter';
import { decodeLine, type ValueDecoder } from './records.js';
import { countDecision, countUnusable, type ReplayTally } from './tally.js';
import { decideAll, type ReplayTarget } from './target.js';

/** Consecutive lines of file number `file`, the first being line `firstLine` (1-based). */
export interface LineBatch {
  file: number;
  firstLine: number;
  lines: string[];
}

export interface BatchVisitor {
  /** `record` is the message's index within its line (batches hold several). */
  message(message: SnsMessage, line: number, record: number): void;
  unusable(line: number, why: string): void;
}

/** Decodes every non-blank line of the batch and hands out its messages or why it has none. */
export function visitBatch(batch: LineBatch, decode: ValueDecoder, visitor: BatchVisitor): number {
  let lines = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const text = batch.lines[i]!;
    if (text.trim() === '') continue;
    lines++;
    const line = batch.firstLine + i;
    const decoded = decodeLine(text, decode);
    if ('error' in decoded) visitor.unusable(line, decoded.error);
    const messages = decoded.messages ?? [];
    for (let k = 0; k < messages.length; k++) if (messages[k]) visitor.message(messages[k]!, line, k);
  }
  return lines;
}

/** Replays `batch` into `tally`. */
export function replayBatch(target: ReplayTarget, decode: ValueDecoder, batch: LineBatch, tally: ReplayTally): void {
  const decisions: FilterDecision[] = [];
  const file = tally.files[batch.file]!;
  file.lines += visitBatch(batch, decode, {
    message: (message) => {
      file.messages++;
      decideAll(target, message, decisions);
      for (let s = 0; s < decisions.length; s++) countDecision(tally, s, decisions[s]!);
    },
    unusable: (line, why) => countUnusable(tally, { file: batch.file, line, message: why }),
  });
}
