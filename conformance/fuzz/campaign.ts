/**
 * A fuzz campaign. Each batch takes the family that has had the least time among those short of
 * the target (see `nextFamily`), samples a few setups and many inputs with fast-check's seeded
 * `sample`, prepares each setup once and sends every input through every evaluator, timing each
 * call. It counts inputs per evaluator, keeps the slowest time per byte, flags any call over the
 * time budget, and collects throws and disagreements as counterexamples.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import fc from 'fast-check';
import { FAMILIES, type AnyFamily, type Prepared } from './targets.js';

export interface EvaluatorStats {
  inputs: number;
  bytes: number;
  ms: number;
  slowestMs: number;
  /** Slowest time per byte over inputs of at least 256 characters, in µs. */
  slowestUsPerByte: number;
  overBudget: number;
  throws: number;
  disagreements: number;
}

export interface Counterexample {
  target: string;
  kind: 'throw' | 'disagreement' | 'over-budget';
  detail: string;
  cases: Array<Record<string, unknown>>;
}

export interface CampaignOptions {
  seed: number;
  /** Stop after this many milliseconds (checked between batches). */
  durationMs: number;
  /** Run at least this many batches whatever the time (a family not yet run has had no time, so goes first). */
  minBatches?: number;
  /** Scales every family's batch (1 = the family's own sizes). */
  batchScale?: number;
  /** A call slower than this is flagged. */
  budgetMs?: number;
  /** Write counterexamples as corpus lines under this directory. */
  writeTo?: string;
  /**
   * Inputs per evaluator to aim for: families share the time equally until they reach it (so a
   * fast family does not wait for the slowest), then the rest goes to those still short of it.
   */
  target?: number;
  /** Only these families (all by default). */
  families?: readonly AnyFamily[];
  onBatch?(stats: Record<string, EvaluatorStats>): void;
}

const empty = (): EvaluatorStats => ({ inputs: 0, bytes: 0, ms: 0, slowestMs: 0, slowestUsPerByte: 0, overBudget: 0, throws: 0, disagreements: 0 });

/** `<family> (prepare)` rows count setups: validating and compiling is timed and flagged too. */
export const prepareRow = (family: AnyFamily): string => `${family.name} (prepare)`;

export function runCampaign(options: CampaignOptions): { stats: Record<string, EvaluatorStats>; counterexamples: Counterexample[] } {
  const families = options.families ?? FAMILIES;
  const stats: Record<string, EvaluatorStats> = {};
  for (const f of families) for (const name of [...f.evaluators, prepareRow(f)]) stats[name] = empty();
  const counterexamples: Counterexample[] = [];
  const budget = options.budgetMs ?? 1000;
  const scale = options.batchScale ?? 1;
  const started = Date.now();
  const spent = new Map<AnyFamily, number>();
  const keep = (c: Counterexample) => {
    counterexamples.push(c);
    if (!options.writeTo) return;
    mkdirSync(options.writeTo, { recursive: true });
    c.cases.forEach((line, k) => {
      const id = `fuzz-${c.target}-${c.kind}-${options.seed}-${counterexamples.length}-${k}`;
      appendFileSync(`${options.writeTo}/fuzz-${c.target}.jsonl`, JSON.stringify({ ...line, id, note: `${c.kind}: ${c.detail}` }) + '\n');
    });
  };
  /** Times one call into `row`; false when it threw (already kept as a counterexample). */
  const timed = <T>(row: string, bytes: number, family: AnyFamily, call: () => T, cases: () => Array<Record<string, unknown>>): { ok: true; value: T } | { ok: false } => {
    const s = stats[row]!;
    const t0 = performance.now();
    let value: T;
    try {
      value = call();
    } catch (e) {
      s.throws++;
      keep({ target: family.name, kind: 'throw', detail: `${row}: ${String(e instanceof Error ? e.stack : e).slice(0, 500)}`, cases: safeCases(cases) });
      return { ok: false };
    }
    const ms = performance.now() - t0;
    s.inputs++;
    s.bytes += bytes;
    s.ms += ms;
    if (ms > s.slowestMs) s.slowestMs = ms;
    if (bytes >= 256 && (ms * 1000) / bytes > s.slowestUsPerByte) s.slowestUsPerByte = (ms * 1000) / bytes;
    // A shared machine can stall any call: only a call slow on every one of three tries counts.
    if (ms > budget && fastestOf(2, call) > budget) {
      s.overBudget++;
      keep({ target: family.name, kind: 'over-budget', detail: `${row}: ${ms.toFixed(0)} ms for ${bytes} characters`, cases: safeCases(cases) });
    }
    return { ok: true, value };
  };

  // A run with a target ends once every family has reached it (the minutes are then only a cap).
  const reached = () => options.target !== undefined && families.every((f) => stats[f.evaluators[0]!]!.inputs >= options.target!);
  for (let round = 0; round < (options.minBatches ?? 0) || (Date.now() - started < options.durationMs && !reached()); round++) {
    const family = nextFamily(families, stats, spent, options.target ?? Infinity);
    const batchStarted = performance.now();
    const seed = options.seed + round * 7919;
    const setups = fc.sample(family.setups, { seed, numRuns: Math.max(1, Math.round(family.batch.setups * scale)) });
    const inputs = fc.sample(family.inputs, { seed: seed + 1, numRuns: Math.max(1, Math.round(family.batch.inputs * scale)) });
    const inputSizes = inputs.map((i) => family.inputSize(i));
    for (const setup of setups) {
      const setupSize = family.setupSize(setup);
      const setupCase = () => [{ setup }];
      const prepared = timed(prepareRow(family), setupSize, family, () => family.prepare(setup), setupCase);
      if (!prepared.ok) continue;
      const p: Prepared<unknown> = prepared.value;
      if (p.problem !== undefined) {
        stats[prepareRow(family)]!.disagreements++;
        keep({ target: family.name, kind: 'disagreement', detail: p.problem, cases: safeCases(() => p.asCases(undefined, {})) });
      }
      for (let k = 0; k < inputs.length; k++) {
        const input = inputs[k];
        const bytes = setupSize + inputSizes[k]!;
        const answers: Record<string, string> = {};
        let first: string | undefined;
        let differs = false;
        for (const [row, answer] of p.evaluate) {
          const got = timed(row, bytes, family, () => answer(input), () => p.asCases(input, answers));
          if (!got.ok) continue;
          answers[row] = got.value;
          if (first === undefined) first = got.value;
          else if (got.value !== first) differs = true;
        }
        if (!differs) continue;
        for (const row of Object.keys(answers)) stats[row]!.disagreements++;
        keep({ target: family.name, kind: 'disagreement', detail: JSON.stringify(answers).slice(0, 1000), cases: safeCases(() => p.asCases(input, answers)) });
      }
    }
    spent.set(family, (spent.get(family) ?? 0) + performance.now() - batchStarted);
    options.onBatch?.(stats);
  }
  return { stats, counterexamples };
}

/** The family short of `target` that has had the least time; when all reached it, the one with the fewest inputs. */
function nextFamily(families: readonly AnyFamily[], stats: Record<string, EvaluatorStats>, spent: ReadonlyMap<AnyFamily, number>, target: number): AnyFamily {
  const inputs = (f: AnyFamily) => stats[f.evaluators[0]!]!.inputs;
  const short = families.filter((f) => inputs(f) < target);
  if (short.length === 0) return families.reduce((a, b) => (inputs(b) < inputs(a) ? b : a));
  return short.reduce((a, b) => ((spent.get(b) ?? 0) < (spent.get(a) ?? 0) ? b : a));
}

/** The fastest of `tries` more timed runs of `call`, in ms (it already ran once without throwing). */
function fastestOf(tries: number, call: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    try {
      call();
    } catch {
      return Infinity;
    }
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

/** Building a case must not end the run (the input may be what made the evaluator throw). */
function safeCases(cases: () => Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  try {
    return cases();
  } catch (e) {
    return [{ note: `the case could not be built: ${String(e)}` }];
  }
}
