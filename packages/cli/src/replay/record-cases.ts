/**
 * `conformance --record`: freezes today's routing as conformance cases. Every recorded message
 * becomes one `sns-filter` case per subscription (corpus format, conformance/corpus/README.md),
 * expecting what the subscriptions decide now; re-running the file later reports every decision a
 * policy change alters. Streams line by line into the output file, like the replay.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import type { FilterDecision, SnsMessage } from '@arbiter/sns-filter';
import type { CliIo } from '../io.js';
import { LineReadError, readLineBatches } from './line-source.js';
import type { ReplayInput } from './load-input.js';
import { visitBatch } from './replay-batch.js';
import { decideAll, type SubscriptionSpec } from './target.js';

export interface RecordOutcome {
  cases: number;
  lines: number;
  messages: number;
  unusable: number;
  /** The first `listLimit` unusable lines. */
  unusableLines: Array<{ file: string; line: number; message: string }>;
  readErrors: LineReadError[];
}

/** File labels for case ids: base names, made unique (`a.jsonl`, `a.jsonl~2`) and safe. */
function labelFiles(files: string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const base = (f === '-' ? 'stdin' : basename(f)).replace(/[^A-Za-z0-9._-]/g, '_');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}

/** The part of the message the subscription's scope reads (SNS reads nothing else). */
function messageFor(sub: SubscriptionSpec, message: SnsMessage): SnsMessage {
  if ((sub.scope ?? 'MessageAttributes') === 'MessageBody') return message.body === undefined ? {} : { body: message.body };
  return message.attributes === undefined ? {} : { attributes: message.attributes };
}

function caseOf(sub: SubscriptionSpec, message: SnsMessage, decision: FilterDecision, id: string, source: string, date: string): Record<string, unknown> {
  return {
    kind: 'sns-filter',
    id,
    source,
    confidence: 'recorded',
    date,
    subscription: sub.id,
    scope: sub.scope ?? 'MessageAttributes',
    ...(sub.policy === undefined ? {} : { policy: sub.policy }),
    message: messageFor(sub, message),
    expect: decision.delivered ? 'match' : 'no-match',
    ...(decision.delivered ? {} : { note: `${decision.metric ?? 'filtered out'}: ${decision.reason ?? ''}` }),
  };
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Replays `input` and writes one case per (message, subscription) to `outFile`. */
export async function recordCases(io: CliIo, input: ReplayInput, outFile: string, listLimit: number): Promise<RecordOutcome> {
  const result: RecordOutcome = { cases: 0, lines: 0, messages: 0, unusable: 0, unusableLines: [], readErrors: [] };
  const out = createWriteStream(outFile);
  const failed = once(out, 'error').then(([e]) => Promise.reject(e as Error));
  failed.catch(() => {});
  const labels = labelFiles(input.files);
  const date = new Date().toISOString().slice(0, 10);
  const subs = input.target.subscriptions;
  const decisions: FilterDecision[] = [];
  for (const [index, file] of input.files.entries()) {
    try {
      for await (const batch of readLineBatches(io, file, index, 500)) {
        let text = '';
        result.lines += visitBatch(batch, input.decode, {
          message: (message, line, record) => {
            result.messages++;
            decideAll(input.target, message, decisions);
            const at = `rec:${labels[index]}:${line}${record > 0 ? `#${record + 1}` : ''}`;
            subs.forEach((sub, s) => {
              text += JSON.stringify(caseOf(sub, message, decisions[s]!, `${at}:${sub.id}`, `recorded: ${file}:${line}`, date)) + '\n';
            });
            result.cases += subs.length;
          },
          unusable: (line, why) => {
            result.unusable++;
            if (result.unusableLines.length < listLimit) result.unusableLines.push({ file, line, message: why });
          },
        });
        await Promise.race([write(out, text), failed]);
      }
    } catch (e) {
      if (!(e instanceof LineReadError)) throw e;
      result.readErrors.push(e);
    }
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return result;
}
