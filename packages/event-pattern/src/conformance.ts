/**
 * The conformance runner for `event-pattern` cases (format: conformance/corpus/README.md). An
 * invalid-pattern case passes when the pattern (or, for Lambda, the filters) is rejected; AWS's
 * wording is not recorded, so the case's `error` is shown but not compared. `pattern_text` and
 * `event_text`, where present, are used instead of the parsed values: they keep number spellings.
 */
import { CONFORMANCE_MODES, type CaseOutcome, type ConformanceMode, type Diagnostic, type KindRunner } from '@arbiter/ir';
import { compileFilterCriteria } from './lambda/match-record.js';
import { isEventSource } from './lambda/sources.js';
import { compileEventPattern } from './match/matcher.js';
import { createEventRouter } from './route/router.js';

type Verdict = { valid: false; detail: string } | { valid: true; matched: boolean; detail?: string };

const render = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path || '(root)'}: ${d.message}`).join('; ');

function runEventBridge(tc: Record<string, unknown>, mode: ConformanceMode): Verdict {
  const pattern = typeof tc.pattern_text === 'string' ? tc.pattern_text : tc.pattern;
  const event = typeof tc.event_text === 'string' ? tc.event_text : tc.event;
  if (mode === 'router') {
    // The case's pattern among others that never match, so the index has to find it.
    const router = createEventRouter([{ id: 'other', pattern: { 'no-such-field': ['x'] } }, { id: 'case', pattern }]);
    if (!router.ok) return { valid: false, detail: render(router.diagnostics) };
    return { valid: true, matched: router.value.route(event).includes('case') };
  }
  const compiled = compileEventPattern(pattern, { mode });
  if (!compiled.ok) return { valid: false, detail: render(compiled.diagnostics) };
  const decision = compiled.value.match(event);
  return { valid: true, matched: decision.matched, detail: decision.reason };
}

function runLambda(tc: Record<string, unknown>, mode: ConformanceMode): Verdict {
  const source = tc.esm_source;
  if (!isEventSource(source)) return { valid: false, detail: `unknown esm_source \`${String(source)}\`` };
  const filters = Array.isArray(tc.filters) ? tc.filters : [typeof tc.pattern_text === 'string' ? tc.pattern_text : tc.pattern];
  const compiled = compileFilterCriteria(filters, source, { mode });
  if (!compiled.ok) return { valid: false, detail: render(compiled.diagnostics) };
  const decision = compiled.value.match(tc.record);
  return { valid: true, matched: decision.matched, detail: decision.reason };
}

function runCase(tc: Record<string, unknown>, mode: ConformanceMode): CaseOutcome {
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

/** Runs one corpus case through the `reference` or `compiled` evaluator, or the `router`; never throws. */
export const runEventPatternCase = (testCase: Record<string, unknown>, mode: ConformanceMode): CaseOutcome => {
  try {
    return runCase(testCase, mode);
  } catch (e) {
    return { passed: false, expected: String(testCase.expect), actual: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
};

/** The `event-pattern` kind in every conformance mode. */
export const eventPatternKindRunner: KindRunner = { modes: CONFORMANCE_MODES, run: runEventPatternCase };
