/**
 * Fans batches of lines out to N worker threads and merges their tallies. At most two batches per
 * worker are in flight, so reading pauses when the workers fall behind (constant memory).
 */
import { Worker } from 'node:worker_threads';
import type { PathOptions } from './json-path.js';
import type { LineBatch } from './replay-batch.js';
import { mergeTally, type ReplayTally } from './tally.js';
import type { SubscriptionSpec } from './target.js';
import { resolveWorkerEntry } from './worker-entry.js';

/** What each worker is started with (`workerData`). */
export interface WorkerInit {
  subscriptions: SubscriptionSpec[];
  paths: PathOptions;
  files: number;
  listLimit: number;
}

export interface WorkerReply {
  id: number;
  tally: ReplayTally;
}

const IN_FLIGHT_PER_WORKER = 2;

export class ReplayPool {
  private readonly inFlight: number[];
  private nextId = 0;
  private pending = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  private constructor(
    private readonly workers: Worker[],
    private readonly into: ReplayTally,
  ) {
    this.inFlight = workers.map(() => 0);
    workers.forEach((w, i) => {
      w.on('message', (reply: WorkerReply) => this.settle(i, reply));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => code !== 0 && this.fail(new Error(`replay worker exited with status ${code}`)));
    });
  }

  /** Starts `count` workers that merge their results into `into`. */
  static async start(count: number, init: WorkerInit, into: ReplayTally): Promise<ReplayPool> {
    const entry = await resolveWorkerEntry();
    return new ReplayPool(Array.from({ length: count }, () => new Worker(entry, { workerData: init })), into);
  }

  /** Sends a batch to the least busy worker; waits first while every worker is full. */
  async submit(batch: LineBatch): Promise<void> {
    while (this.pending >= this.workers.length * IN_FLIGHT_PER_WORKER && !this.failure) await this.waitForReply();
    if (this.failure) throw this.failure;
    const i = this.inFlight.indexOf(Math.min(...this.inFlight));
    this.inFlight[i]!++;
    this.pending++;
    this.workers[i]!.postMessage({ ...batch, id: this.nextId++ });
  }

  /** Waits until every submitted batch is merged. */
  async drain(): Promise<void> {
    while (this.pending > 0 && !this.failure) await this.waitForReply();
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private waitForReply(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private settle(worker: number, reply: WorkerReply): void {
    mergeTally(this.into, reply.tally);
    this.inFlight[worker]!--;
    this.pending--;
    this.wake?.();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
  }
}
