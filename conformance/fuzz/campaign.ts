/**
 * A fuzz campaign: round-robin over the targets, generating inputs with fast-check's seeded
 * `sample`, timing every call. It counts inputs per evaluator, keeps the slowest time per byte,
 * flags any call over the time budget, and collects throws and disagreements as counterexamples.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import fc from 'fast-check';
import { dpCase, iamCase, snsCase, templateCase } from './generators.js';
import { dpTarget, iamTarget, snsTarget, templateTarget, type Target } from './targets.js';

export interface TargetStats {
  inputs: number;
  bytes: number;
  ms: number;
  slowestMs: number;
  /** Slowest time per byte over inputs of at least 256 characters, in µs. */
  slowestUsPerByte: number;
  overBudget: number;
  throws: number;
  disagreements: number;
  known: number;
}

export interface Counterexample {
  target: string;
  kind: 'throw' | 'disagreement' | 'over-budget';
  detail: string;
  case: Record<string, unknown>;
}

export interface CampaignOptions {
  seed: number;
  /** Stop after this many milliseconds (checked between batches). */
  durationMs: number;
  /** Inputs generated per target per batch. */
  batch?: number;
  /** A call slower than this is flagged. */
  budgetMs?: number;
  /** Write counterexamples as corpus lines under this directory. */
  writeTo?: string;
  onBatch?(stats: Record<string, TargetStats>): void;
}

type Entry = { target: Target<unknown>; arb: fc.Arbitrary<unknown> };
const ENTRIES: Entry[] = [
  { target: snsTarget as Target<unknown>, arb: snsCase },
  { target: dpTarget as Target<unknown>, arb: dpCase },
  { target: iamTarget as Target<unknown>, arb: iamCase },
  { target: templateTarget as Target<unknown>, arb: templateCase },
];

const empty = (): TargetStats => ({ inputs: 0, bytes: 0, ms: 0, slowestMs: 0, slowestUsPerByte: 0, overBudget: 0, throws: 0, disagreements: 0, known: 0 });

export function runCampaign(options: CampaignOptions): { stats: Record<string, TargetStats>; counterexamples: Counterexample[] } {
  const stats: Record<string, TargetStats> = Object.fromEntries(ENTRIES.map((e) => [e.target.name, empty()]));
  const counterexamples: Counterexample[] = [];
  const batch = options.batch ?? 200;
  const budget = options.budgetMs ?? 1000;
  const started = Date.now();
  const keep = (c: Counterexample) => {
    counterexamples.push(c);
    if (!options.writeTo) return;
    mkdirSync(options.writeTo, { recursive: true });
    const id = `fuzz-${c.target}-${c.kind}-${options.seed}-${counterexamples.length}`;
    appendFileSync(`${options.writeTo}/fuzz-${c.target}.jsonl`, JSON.stringify({ ...c.case, id, note: `${c.kind}: ${c.detail}` }) + '\n');
  };
  for (let round = 0; Date.now() - started < options.durationMs; round++) {
    for (const { target, arb } of ENTRIES) {
      const s = stats[target.name]!;
      for (const input of fc.sample(arb, { seed: options.seed + round * 7919, numRuns: batch })) {
        const t0 = performance.now();
        let outcome;
        try {
          outcome = target.run(input);
        } catch (e) {
          s.throws++;
          keep({ target: target.name, kind: 'throw', detail: String(e instanceof Error ? e.stack : e).slice(0, 500), case: { input } as Record<string, unknown> });
          continue;
        }
        const ms = performance.now() - t0;
        s.inputs++;
        s.bytes += outcome.bytes;
        s.ms += ms;
        s.slowestMs = Math.max(s.slowestMs, ms);
        if (outcome.bytes >= 256) s.slowestUsPerByte = Math.max(s.slowestUsPerByte, (ms * 1000) / outcome.bytes);
        if (ms > budget) {
          s.overBudget++;
          keep({ target: target.name, kind: 'over-budget', detail: `${ms.toFixed(0)} ms for ${outcome.bytes} characters`, case: outcome.asCase() });
        }
        if (outcome.problem === undefined) continue;
        if (target.known?.(input)) s.known++;
        else {
          s.disagreements++;
          keep({ target: target.name, kind: 'disagreement', detail: outcome.problem, case: outcome.asCase() });
        }
      }
    }
    options.onBatch?.(stats);
  }
  return { stats, counterexamples };
}
