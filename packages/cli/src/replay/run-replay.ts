/**
 * Replays recorded files against the subscriptions: one file after another, in batches of lines,
 * on the main thread or fanned out to worker threads. A file that fails part way (a truncated
 * `.gz`) keeps what was read and is reported; the other files still run.
 */
import type { CliIo } from '../io.js';
import type { PathOptions } from './json-path.js';
import { LineReadError, readLineBatches, sizeOf } from './line-source.js';
import { startProgress } from './progress.js';
import { replayBatch } from './replay-batch.js';
import type { ValueDecoder } from './records.js';
import { createTally, settleTally, type ReplayTally } from './tally.js';
import type { ReplayTarget } from './target.js';
import { ReplayPool } from './worker-pool.js';

export interface ReplayOptions {
  files: string[];
  paths: PathOptions;
  workers: number;
  /** Unusable lines listed by position (all are counted). */
  listLimit: number;
  progress: boolean;
  batchSize?: number;
}

export interface ReplayOutcome {
  tally: ReplayTally;
  /** Files that could not be read to the end. */
  readErrors: LineReadError[];
  elapsedMs: number;
}

const DEFAULT_BATCH = 2000;

/** Replays every file; `decode` and `target` are already validated. */
export async function runReplay(io: CliIo, target: ReplayTarget, decode: ValueDecoder, options: ReplayOptions): Promise<ReplayOutcome> {
  const started = performance.now();
  const tally = createTally(options.files.length, target.subscriptions.length, options.listLimit);
  const progress = startProgress(io, options.progress, options.files.reduce((n, f) => n + sizeOf(f), 0));
  const pool = options.workers > 1
    ? await ReplayPool.start(options.workers, { subscriptions: target.subscriptions, paths: options.paths, files: options.files.length, listLimit: options.listLimit }, tally)
    : undefined;
  const readErrors: LineReadError[] = [];
  try {
    for (const [index, file] of options.files.entries()) {
      try {
        for await (const batch of readLineBatches(io, file, index, options.batchSize ?? DEFAULT_BATCH, progress.addBytes)) {
          if (pool) await pool.submit(batch);
          else replayBatch(target, decode, batch, tally);
          progress.addLines(batch.lines.length);
        }
      } catch (e) {
        if (!(e instanceof LineReadError)) throw e;
        readErrors.push(e);
      }
    }
    await pool?.drain();
  } finally {
    progress.stop();
    await pool?.close();
  }
  return { tally: settleTally(tally), readErrors, elapsedMs: performance.now() - started };
}
