/**
 * The conformance runner for `sns-filter` cases (format: conformance/corpus/README.md). An
 * invalid-policy case passes when the policy is rejected and, where the case records AWS's error,
 * one error diagnostic's message equals that text after its API prefix (first line only).
 */
import { CONFORMANCE_MODES, type CaseOutcome, type ConformanceMode, type Diagnostic, type KindRunner, type Result } from '@arbiter/ir';
import { compileFilterPolicy } from './match/matcher.js';
import { createRouter } from './route/router.js';
import type { FilterPolicyScope, SnsMessage } from './types.js';

const AWS_PREFIXES = ['Invalid parameter: Attributes Reason: FilterPolicy: ', 'Invalid parameter: FilterPolicy: ', 'Invalid parameter: '];

/** AWS's error text without its API prefix, first line only. */
export function awsMessageOf(error: string): string {
  const prefix = AWS_PREFIXES.find((p) => error.startsWith(p)) ?? '';
  return firstLine(error.slice(prefix.length));
}

function firstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? text : text.slice(0, i);
}

function render(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.path || '(root)'}: ${d.message}`).join('; ');
}

/** Compiles the case's policy for `mode`: a matcher, or a router holding it as its one subscription. */
function prepare(tc: Record<string, unknown>, mode: ConformanceMode): Result<(message: SnsMessage) => { delivered: boolean; reason?: string }> {
  const scope = (tc.scope ?? 'MessageAttributes') as FilterPolicyScope;
  if (mode !== 'router') {
    const matcher = compileFilterPolicy(tc.policy, { scope, mode });
    return matcher.ok ? { ...matcher, value: (m) => matcher.value.match(m) } : matcher;
  }
  const router = createRouter([{ id: 'case', scope, policy: tc.policy }]);
  if (!router.ok) return router;
  return { ...router, value: (m) => (router.value.route(m).length > 0 ? { delivered: true } : { delivered: false, reason: 'the router did not route it' }) };
}

function runCase(tc: Record<string, unknown>, mode: ConformanceMode): CaseOutcome {
  const expected = String(tc.expect);
  const compiled = prepare(tc, mode);
  if (!compiled.ok) {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    const detail = render(errors);
    if (expected !== 'invalid-policy') return { passed: false, expected, actual: 'invalid-policy', detail };
    if (typeof tc.error !== 'string') return { passed: true, expected, actual: 'invalid-policy' };
    const want = awsMessageOf(tc.error);
    const passed = errors.some((d) => firstLine(d.message) === want);
    return passed ? { passed, expected, actual: 'invalid-policy' } : { passed, expected, actual: 'invalid-policy', detail: `expected error "${want}"; got ${detail}` };
  }
  if (expected === 'invalid-policy') return { passed: false, expected, actual: 'valid-policy', detail: 'the policy was accepted' };
  const message = (tc.message ?? {}) as SnsMessage;
  const decision = compiled.value(message);
  const actual = decision.delivered ? 'match' : 'no-match';
  const outcome: CaseOutcome = { passed: actual === expected, expected, actual };
  if (!outcome.passed) outcome.detail = decision.reason ?? 'delivered';
  return outcome;
}

/** Runs one corpus case through the `reference` or `compiled` evaluator, or the `router`; never throws. */
export const runSnsFilterCase = (testCase: Record<string, unknown>, mode: ConformanceMode): CaseOutcome => {
  try {
    return runCase(testCase, mode);
  } catch (e) {
    return { passed: false, expected: String(testCase.expect), actual: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
};

/** The SNS runner with its modes, for the conformance runner. */
export const snsFilterKindRunner: KindRunner = { modes: CONFORMANCE_MODES, run: runSnsFilterCase };
