/**
 * Runs cases through every evaluation mode and builds the report of the runner contract
 * (conformance/corpus/README.md). A case passes only when it passes in every mode.
 */
import { CONFORMANCE_MODES, type CaseOutcome, type CaseRunner, type ConformanceMode, type DetectionCounts, type KindRunner } from '@arbiter/ir';
import type { KnownFailing } from './known-failing.js';
import type { LoadedCase, LoadProblem } from './load.js';
import { caseRunners, evaluatorsOnly } from './runners.js';

export interface Tally {
  total: number;
  passed: number;
  failed: number;
}

export interface DetectionSummary extends DetectionCounts {
  precision: number;
  recall: number;
}

export interface KindTally extends Tally {
  detections?: DetectionSummary;
  detectionsByName?: Record<string, DetectionSummary>;
}

export interface Failure {
  id: string;
  kind: string;
  expected: string;
  actual: string;
  detail: string;
  file?: string;
  line?: number;
  /** Listed in known-failing.json, with its reason. */
  known?: string;
}

export interface ConformanceReport extends Tally {
  kinds: Record<string, KindTally>;
  /** Per mode: the cases run in it and how many passed there. */
  byMode: Partial<Record<ConformanceMode, Tally>>;
  /** Cases whose kind offers none of the requested modes (e.g. IAM under `router`): not run, not counted. */
  skipped: number;
  byConfidence: Record<string, Tally>;
  /** Failures listed in known-failing.json (they still count in `failed`). */
  knownFailing: number;
  /** Cases listed as known-failing that passed: the list is stale and the run fails. */
  unexpectedPasses: string[];
  failures: Failure[];
  problems: LoadProblem[];
}

export interface RunOptions {
  /** Default: every mode (`CONFORMANCE_MODES`); each kind runs in those it offers. */
  modes?: readonly ConformanceMode[];
  knownFailing?: KnownFailing;
  /** A plain `CaseRunner` offers the two evaluators. */
  runners?: Readonly<Record<string, CaseRunner | KindRunner>>;
  onProgress?: (done: number, total: number) => void;
}

export function summarise(c: DetectionCounts): DetectionSummary {
  return {
    ...c,
    precision: c.found === 0 ? 1 : round(c.truePositives / c.found),
    recall: c.expected === 0 ? 1 : round(c.truePositives / c.expected),
  };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function addCounts(into: DetectionCounts, c: DetectionCounts): void {
  into.expected += c.expected;
  into.found += c.found;
  into.truePositives += c.truePositives;
}

function runOne(runner: KindRunner, testCase: Record<string, unknown>, modes: readonly ConformanceMode[]): { outcome: CaseOutcome; mode: ConformanceMode }[] {
  return modes.map((mode) => {
    try {
      return { mode, outcome: runner.run(testCase, mode) };
    } catch (e) {
      return { mode, outcome: { passed: false, expected: String(testCase.expect ?? '?'), actual: 'crash', detail: `evaluator threw: ${(e as Error).stack ?? e}` } };
    }
  });
}

export function runCases(cases: LoadedCase[], problems: LoadProblem[], options: RunOptions = {}): ConformanceReport {
  const modes = options.modes ?? CONFORMANCE_MODES;
  const runners = options.runners ?? caseRunners;
  const known = options.knownFailing ?? new Map<string, string>();
  const report: ConformanceReport = { total: 0, passed: 0, failed: 0, kinds: {}, byMode: {}, skipped: 0, byConfidence: {}, knownFailing: 0, unexpectedPasses: [], failures: [], problems };
  const detections = new Map<string, DetectionCounts>();
  const detectionsByName = new Map<string, Map<string, DetectionCounts>>();

  cases.forEach(({ testCase, file, line }, index) => {
    const kind = testCase.kind as string;
    const given = runners[kind];
    const runner = typeof given === 'function' ? evaluatorsOnly(given) : given;
    const kindModes = runner ? modes.filter((m) => runner.modes.includes(m)) : modes;
    if (kindModes.length === 0) {
      report.skipped++;
      options.onProgress?.(index + 1, cases.length);
      return;
    }
    const id = testCase.id as string;
    const confidence = typeof testCase.confidence === 'string' ? testCase.confidence : 'unspecified';
    const kindTally = (report.kinds[kind] ??= { total: 0, passed: 0, failed: 0 });
    const confTally = (report.byConfidence[confidence] ??= { total: 0, passed: 0, failed: 0 });
    report.total++;
    kindTally.total++;
    confTally.total++;
    const results = runner
      ? runOne(runner, testCase, kindModes)
      : [{ mode: kindModes[0] ?? 'reference', outcome: { passed: false, expected: String(testCase.expect), actual: 'unsupported', detail: `no evaluator for kind \`${kind}\`` } }];
    const first = results[0]?.outcome;
    if (first?.detections) {
      const agg = detections.get(kind) ?? { expected: 0, found: 0, truePositives: 0 };
      addCounts(agg, first.detections);
      detections.set(kind, agg);
      const byName = detectionsByName.get(kind) ?? new Map<string, DetectionCounts>();
      for (const [name, c] of Object.entries(first.detectionsByName ?? {})) {
        const n = byName.get(name) ?? { expected: 0, found: 0, truePositives: 0 };
        addCounts(n, c);
        byName.set(name, n);
      }
      detectionsByName.set(kind, byName);
    }
    for (const r of results) {
      const t = (report.byMode[r.mode] ??= { total: 0, passed: 0, failed: 0 });
      t.total++;
      if (r.outcome.passed) t.passed++;
      else t.failed++;
    }
    const failing = results.find((r) => !r.outcome.passed);
    const disagree = results.some((r) => r.outcome.actual !== first?.actual);
    const passed = !failing && !disagree;
    if (passed) {
      report.passed++;
      kindTally.passed++;
      confTally.passed++;
      if (known.has(id)) report.unexpectedPasses.push(id);
    } else {
      report.failed++;
      kindTally.failed++;
      confTally.failed++;
      const shown = failing ?? results[results.length - 1];
      const outcome = shown?.outcome ?? { expected: '?', actual: '?' };
      const modeNote = disagree ? `modes disagree: ${results.map((r) => `${r.mode}=${r.outcome.actual}`).join(', ')}` : `in ${shown?.mode} mode`;
      const failure: Failure = {
        id,
        kind,
        expected: outcome.expected,
        actual: outcome.actual,
        detail: [modeNote, shown?.outcome.detail].filter(Boolean).join('; '),
        file,
        line,
      };
      const reason = known.get(id);
      if (reason !== undefined) {
        failure.known = reason;
        report.knownFailing++;
      }
      report.failures.push(failure);
    }
    options.onProgress?.(index + 1, cases.length);
  });

  for (const [kind, c] of detections) {
    const tally = report.kinds[kind];
    if (!tally) continue;
    tally.detections = summarise(c);
    tally.detectionsByName = Object.fromEntries([...(detectionsByName.get(kind) ?? new Map<string, DetectionCounts>())].sort(([a], [b]) => a.localeCompare(b)).map(([n, v]) => [n, summarise(v)]));
  }
  return report;
}

/** 0: every case passed (or failed as known); 1: an unexpected failure or a stale known-failing entry; 2: unusable input. */
export function exitStatusOf(report: ConformanceReport, unreadable: string[]): 0 | 1 | 2 {
  if (unreadable.length > 0) return 2;
  const unexpected = report.failures.some((f) => f.known === undefined);
  return unexpected || report.unexpectedPasses.length > 0 || report.problems.length > 0 ? 1 : 0;
}
