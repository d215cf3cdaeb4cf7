/** Step 4 and 5: compile a validated policy into a matcher and evaluate messages with it. */
import { compileExpr, evaluateReference, ok, readGuarded, readOptions, type Result } from '@arbiter/ir';
import { analyzePolicy, SNS_OPTION_SPEC } from '../policy/analyze.js';
import type { FilterDecision, FilterMatcher, MatchOptions, SnsMessage } from '../types.js';
import { decideMessage, type Evaluate } from './decide.js';

/**
 * Validates `policy` (JSON text or a parsed value) and compiles it. `''` or `undefined` gives a
 * matcher that delivers everything, as SNS does without a policy; so does `{}` (with a warning).
 * `mode: 'reference'` interprets the IR on each message instead of running compiled closures.
 */
export function compileFilterPolicy(policy: string | unknown, given: MatchOptions = {}): Result<FilterMatcher> {
  const read = readOptions(given, SNS_OPTION_SPEC);
  if (!read.ok) return read;
  const options = read.value;
  const analyzed = analyzePolicy(policy, options);
  if (!analyzed.ok) return analyzed;
  const { policy: filterPolicy, model } = analyzed.value;
  const expr = filterPolicy.ruleSet.rules[0]!.when;
  const evaluate: Evaluate = options.mode === 'reference' ? (resolve) => evaluateReference(expr, resolve).value : compileExpr(expr);
  const matcher: FilterMatcher = {
    policy: filterPolicy,
    match: (message: SnsMessage) => decideMessage(model, expr, message, evaluate),
    matchParsedBody: (body: unknown) => decideMessage(model, expr, {}, evaluate, { value: body }),
  };
  return ok(matcher, analyzed.warnings);
}

/** Validates `policy` and decides one message; a failed result means the policy is invalid. */
export function matchFilterPolicy(policy: string | unknown, message: SnsMessage, options: MatchOptions = {}): Result<FilterDecision> {
  const compiled = compileFilterPolicy(policy, options);
  if (!compiled.ok) return compiled;
  // A message whose getters throw (a JavaScript caller's proxy) is a diagnostic here, not a throw.
  const decided = readGuarded(() => ok(compiled.value.match(message)), 'message', 'message');
  return decided.ok ? ok(decided.value, compiled.warnings) : decided;
}
