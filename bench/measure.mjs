// Thin wrapper over tinybench: every task processes a whole sample once per iteration, so the
// figure is items/second over realistic data; `rme` (relative margin of error, %) is kept for
// the --compare noise check.
import { Bench } from 'tinybench';

export async function measure(tasks, { iterations = 5, warmup = 1 } = {}) {
  const bench = new Bench({ iterations, time: 0, warmupIterations: warmup, warmupTime: 0 });
  for (const t of tasks) bench.add(t.name, t.fn);
  await bench.run();
  return bench.tasks.map((task, i) => {
    const r = task.result;
    const meanMs = r.latency.mean;
    return { name: task.name, items: tasks[i].items, meanMs, rme: r.latency.rme, perSecond: tasks[i].items / (meanMs / 1000) };
  });
}

export function heapUsed() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}
