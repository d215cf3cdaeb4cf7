/**
 * The long fuzz run: `npm run fuzz -- --minutes N [--seed S]`. Prints a progress line per batch
 * and a final table; counterexamples go to conformance/local/fuzz-<evaluator>.jsonl.
 */
import { it } from 'vitest';
import { runCampaign, type TargetStats } from './campaign.js';

const minutes = Number(process.env.FUZZ_MINUTES ?? '1');
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const root = new URL('../../', import.meta.url).pathname;

function table(stats: Record<string, TargetStats>, seconds: number): string {
  const rows = Object.entries(stats).map(([name, s]) =>
    [name, s.inputs, (s.inputs / seconds).toFixed(0), (s.ms / Math.max(1, s.inputs)).toFixed(3), s.slowestMs.toFixed(1), s.slowestUsPerByte.toFixed(2), s.overBudget, s.throws, s.disagreements, s.known].join(' | '),
  );
  return ['evaluator | inputs | inputs/s | mean ms | slowest ms | slowest µs/byte | over budget | throws | disagreements | known', ...rows].join('\n');
}

it(`fuzz for ${minutes} minute(s)`, () => {
  const started = Date.now();
  let last = 0;
  const { stats, counterexamples } = runCampaign({
    seed,
    durationMs: minutes * 60_000,
    batch: 500,
    budgetMs: 1000,
    writeTo: `${root}conformance/local`,
    onBatch(s) {
      if (Date.now() - last < 30_000) return;
      last = Date.now();
      const total = Object.values(s).map((x) => `${x.inputs}`).join('/');
      process.stdout.write(`[fuzz] ${((Date.now() - started) / 1000).toFixed(0)} s: ${total} inputs\n`);
    },
  });
  process.stdout.write(`[fuzz] seed ${seed}\n${table(stats, (Date.now() - started) / 1000)}\n[fuzz] ${counterexamples.length} counterexamples\n`);
}, 24 * 3600_000);
