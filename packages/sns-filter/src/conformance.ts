/**
 * The conformance runner for `sns-filter` cases (format: conformance/corpus/README.md). An
 * invalid-policy case passes when the policy is rejected and, where the case records AWS's error,
 * one error diagnostic's message equals that text after its API prefix (first line only).
 */
import type { CaseOutcome, CaseRunner, Diagnostic } from '@arbiter/ir';
import { compileFilterPolicy } from './match/matcher.js';
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

function runCase(tc: Record<string, unknown>, mode: 'reference' | 'compiled'): CaseOutcome {
  const expected = String(tc.expect);
  const scope = (tc.scope ?? 'MessageAttributes') as FilterPolicyScope;
  const compiled = compileFilterPolicy(tc.policy, { scope, mode });
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
  const decision = compiled.value.match(message);
  const actual = decision.delivered ? 'match' : 'no-match';
  const outcome: CaseOutcome = { passed: actual === expected, expected, actual };
  if (!outcome.passed) outcome.detail = decision.reason ?? 'delivered';
  return outcome;
}

/** Runs one corpus case through the `reference` or `compiled` evaluator; never throws. */
export const runSnsFilterCase: CaseRunner = (testCase, mode) => {
  try {
    return runCase(testCase, mode);
  } catch (e) {
    return { passed: false, expected: String(testCase.expect), actual: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
};
