/**
 * Worker thread entry for `filter replay --workers N`: builds the same target as the main thread
 * from plain data, then replays each batch it is sent and posts back that batch's tally.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decoderFor } from './json-path.js';
import { replayBatch, type LineBatch } from './replay-batch.js';
import { createTally } from './tally.js';
import { buildTarget } from './target.js';
import type { WorkerInit, WorkerReply } from './worker-pool.js';

const init = workerData as WorkerInit;
const target = buildTarget(init.subscriptions);
const decode = decoderFor(init.paths);
// The main thread validated both before starting workers; failing here is a programming error.
if (!target.ok || typeof decode === 'string') throw new Error('replay worker: subscriptions or paths are invalid');

parentPort?.on('message', (batch: LineBatch & { id: number }) => {
  const tally = createTally(init.files, init.subscriptions.length, init.listLimit);
  replayBatch(target.value, decode, batch, tally);
  const reply: WorkerReply = { id: batch.id, tally };
  parentPort?.postMessage(reply);
});
