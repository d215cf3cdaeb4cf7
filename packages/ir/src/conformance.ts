/**
 * The contract between the conformance runner and each evaluator package: a package exports a
 * function that runs one case of its kind through one evaluation mode and says how it went.
 */
export type EvaluationMode = 'reference' | 'compiled';

/**
 * The ways the conformance runner can run a case: through an evaluator, or through the SNS
 * router (the IR's index back end). Every mode must give the same answer.
 */
export type ConformanceMode = EvaluationMode | 'router';
export const CONFORMANCE_MODES: readonly ConformanceMode[] = ['reference', 'compiled', 'router'];

export interface DetectionCounts {
  /** Expected findings (name/start/end) in the case. */
  expected: number;
  /** Findings the evaluator produced. */
  found: number;
  /** Findings that equal an expected one (name, start and end). */
  truePositives: number;
}

export interface CaseOutcome {
  passed: boolean;
  /** Short renderings for the report: `match`, `invalid-policy`, `Allow`, a finding list… */
  expected: string;
  actual: string;
  /** Why it failed (first failing condition, the diagnostic text…). */
  detail?: string;
  /** Data-protection detection cases: the counts behind precision and recall. */
  detections?: DetectionCounts;
  /** Per-identifier detection counts, keyed by identifier name. */
  detectionsByName?: Record<string, DetectionCounts>;
}

/** A runner for one case kind; `testCase` is the parsed JSONL line. Must never throw on bad cases. */
export type CaseRunner = (testCase: Record<string, unknown>, mode: EvaluationMode) => CaseOutcome;

/** A runner for a kind with more modes than the two evaluators (SNS: also `router`). */
export interface KindRunner {
  modes: readonly ConformanceMode[];
  run(testCase: Record<string, unknown>, mode: ConformanceMode): CaseOutcome;
}
