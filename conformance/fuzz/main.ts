/**
 * The long fuzz run's program (bundled and started by `run.mjs`, no test runner in the loop).
 * With `--workers N` the families' work is spread over N worker threads, each with its own seed
 * stream; the main thread sums their counts, prints a progress line every 30 s and the table at
 * the end. Counterexamples go to conformance/local/fuzz-<family>.jsonl.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runCampaign, type EvaluatorStats } from './campaign.js';
import { FAMILIES } from './targets.js';

export interface RunSettings {
  minutes: number;
  seed: number;
  /** Inputs per evaluator to aim for (per worker: the total divided by the workers). */
  target: number;
  workers: number;
  only?: string[];
  writeTo: string;
}

type Report = { stats: Record<string, EvaluatorStats>; counterexamples?: number; done?: boolean };

function work(settings: RunSettings, index: number, report: (r: Report) => void): void {
  const families = settings.only ? FAMILIES.filter((f) => settings.only!.includes(f.name)) : FAMILIES;
  let last = 0;
  const { stats, counterexamples } = runCampaign({
    seed: settings.seed + index * 1_000_003,
    families,
    durationMs: settings.minutes * 60_000,
    budgetMs: 1000,
    target: Math.ceil(settings.target / settings.workers),
    writeTo: settings.writeTo,
    onBatch(s) {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      report({ stats: s });
    },
  });
  report({ stats, counterexamples: counterexamples.length, done: true });
}

function merge(all: Array<Record<string, EvaluatorStats>>): Record<string, EvaluatorStats> {
  const out: Record<string, EvaluatorStats> = {};
  for (const stats of all) {
    for (const [name, s] of Object.entries(stats)) {
      const t = (out[name] ??= { inputs: 0, bytes: 0, ms: 0, slowestMs: 0, slowestUsPerByte: 0, overBudget: 0, throws: 0, disagreements: 0 });
      t.inputs += s.inputs;
      t.bytes += s.bytes;
      t.ms += s.ms;
      t.slowestMs = Math.max(t.slowestMs, s.slowestMs);
      t.slowestUsPerByte = Math.max(t.slowestUsPerByte, s.slowestUsPerByte);
      t.overBudget += s.overBudget;
      t.throws += s.throws;
      t.disagreements += s.disagreements;
    }
  }
  return out;
}

function table(stats: Record<string, EvaluatorStats>, seconds: number): string {
  const rows = Object.entries(stats).map(([name, s]) =>
    ['', name, s.inputs.toLocaleString('en-US'), (s.inputs / seconds).toFixed(0), (s.ms / Math.max(1, s.inputs)).toFixed(4), s.slowestMs.toFixed(1), s.slowestUsPerByte.toFixed(2), s.overBudget, s.throws, s.disagreements, ''].join(' | ').trim(),
  );
  return ['| evaluator | inputs | inputs/s | mean ms | slowest ms | slowest µs/byte (≥ 256 chars) | over budget | throws | disagreements |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Runs the campaign on `settings.workers` threads and prints the merged figures. */
export function main(settings: RunSettings): Promise<number> {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const latest: Array<Record<string, EvaluatorStats>> = [];
  let counterexamples = 0;
  let lastPrint = Date.now();
  const progress = () => {
    if (Date.now() - lastPrint < 30_000) return;
    lastPrint = Date.now();
    const counts = Object.entries(merge(latest)).filter(([name]) => !name.endsWith('(prepare)')).map(([name, s]) => `${name} ${s.inputs}`);
    process.stdout.write(`[fuzz] ${((Date.now() - started) / 1000).toFixed(0)} s: ${counts.join(', ')}\n`);
  };
  const runs = Array.from({ length: settings.workers }, (_, index) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { settings, index } });
      worker.on('message', (r: Report) => {
        latest[index] = r.stats;
        if (r.done) counterexamples += r.counterexamples ?? 0;
        progress();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    }),
  );
  return Promise.all(runs).then(() => {
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    process.stdout.write(`[fuzz] seed ${settings.seed}, ${settings.workers} worker(s), ${seconds.toFixed(0)} s wall, ${((used.user + used.system) / 1e6).toFixed(0)} s CPU\n`);
    process.stdout.write(`${table(merge(latest), seconds)}\n[fuzz] ${counterexamples} counterexamples${counterexamples > 0 ? ` in ${settings.writeTo}` : ''}\n`);
    return counterexamples > 0 ? 1 : 0;
  });
}

if (!isMainThread && parentPort) {
  const { settings, index } = workerData as { settings: RunSettings; index: number };
  work(settings, index, (r) => parentPort!.postMessage(r));
}
