/**
 * The conformance runner for `event-pattern` cases (format: conformance/corpus/README.md). An
 * invalid-pattern case passes when the pattern (or, for Lambda, the filters) is rejected; AWS's
 * wording is not recorded, so the case's `error` is shown but not compared. `pattern_text` and
 * `event_text`, where present, are used instead of the parsed values: they keep number spellings.
 */
import type { CaseOutcome, CaseRunner, Diagnostic, EvaluationMode } from '@arbiter/ir';
import { compileFilterCriteria } from './lambda/match-record.js';
import { isEventSource } from './lambda/sources.js';
import { compileEventPattern } from './match/matcher.js';

type Verdict = { valid: false; detail: string } | { valid: true; matched: boolean; detail?: string };

const render = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path || '(root)'}: ${d.message}`).join('; ');

function runEventBridge(tc: Record<string, unknown>, mode: EvaluationMode): Verdict {
  const compiled = compileEventPattern(typeof tc.pattern_text === 'string' ? tc.pattern_text : tc.pattern, { mode });
  if (!compiled.ok) return { valid: false, detail: render(compiled.diagnostics) };
  const decision = compiled.value.match(typeof tc.event_text === 'string' ? tc.event_text : tc.event);
  return { valid: true, matched: decision.matched, detail: decision.reason };
}

function runLambda(tc: Record<string, unknown>, mode: EvaluationMode): Verdict {
  const source = tc.esm_source;
  if (!isEventSource(source)) return { valid: false, detail: `unknown esm_source \`${String(source)}\`` };
  const filters = Array.isArray(tc.filters) ? tc.filters : [typeof tc.pattern_text === 'string' ? tc.pattern_text : tc.pattern];
  const compiled = compileFilterCriteria(filters, source, { mode });
  if (!compiled.ok) return { valid: false, detail: render(compiled.diagnostics) };
  const decision = compiled.value.match(tc.record);
  return { valid: true, matched: decision.matched, detail: decision.reason };
}

function runCase(tc: Record<string, unknown>, mode: EvaluationMode): CaseOutcome {
  const expected = String(tc.expect);
  const verdict = tc.dialect === 'lambda-esm' ? runLambda(tc, mode) : runEventBridge(tc, mode);
  if (!verdict.valid) {
    const passed = expected === 'invalid-pattern';
    return passed ? { passed, expected, actual: 'invalid-pattern' } : { passed, expected, actual: 'invalid-pattern', detail: verdict.detail };
  }
  if (expected === 'invalid-pattern') return { passed: false, expected, actual: 'valid-pattern', detail: `the pattern was accepted${typeof tc.error === 'string' ? `; event-ruler says: ${tc.error}` : ''}` };
  const actual = verdict.matched ? 'match' : 'no-match';
  const outcome: CaseOutcome = { passed: actual === expected, expected, actual };
  if (!outcome.passed) outcome.detail = verdict.detail ?? 'matched';
  return outcome;
}

/** Runs one corpus case through the `reference` or `compiled` evaluator; never throws. */
export const runEventPatternCase: CaseRunner = (testCase, mode) => {
  try {
    return runCase(testCase, mode);
  } catch (e) {
    return { passed: false, expected: String(testCase.expect), actual: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
};
