/** Steps 4 and 5: compile a validated pattern into a matcher and evaluate events with it. */
import { compileExpr, evaluateReference, ok, type Result } from '@arbiter/ir';
import { validateEventPattern } from '../pattern/analyze.js';
import type { EventDecision, EventMatcher, EventPattern, MatchOptions } from '../types.js';
import { eventResolver } from './event-view.js';
import { explainFailure, leavesByPointer } from './explain.js';
import { readEvent } from './read-event.js';

const MATCHED: EventDecision = Object.freeze({ matched: true });

/**
 * Validates `pattern` (JSON text or a parsed value) and compiles it. `mode: 'reference'` interprets
 * the IR on each event instead of running compiled closures; both decide alike.
 */
export function compileEventPattern(pattern: unknown, options: MatchOptions = {}): Result<EventMatcher> {
  const validated = validateEventPattern(pattern, options);
  if (!validated.ok) return validated;
  return ok(matcherOf(validated.value, options.mode), validated.warnings);
}

/** The matcher of an already validated pattern. */
export function matcherOf(eventPattern: EventPattern, mode: MatchOptions['mode'] = 'compiled'): EventMatcher {
  const expr = eventPattern.ruleSet.rules[0]!.when;
  const evaluate = mode === 'reference' ? (r: ReturnType<typeof eventResolver>) => evaluateReference(expr, r).value : compileExpr(expr);
  let leaves: ReturnType<typeof leavesByPointer> | undefined;
  const match = (event: unknown): EventDecision => {
    const read = readEvent(event);
    if (!read.ok) return { matched: false, reason: read.reason, diagnostics: read.diagnostics };
    const resolve = eventResolver(read.root);
    if (evaluate(resolve)) return MATCHED;
    leaves ??= leavesByPointer(eventPattern.model);
    return { matched: false, ...explainFailure(leaves, expr, resolve) };
  };
  return { pattern: eventPattern, match };
}

/** Validates `pattern` and decides one event; a failed result means the pattern is invalid. */
export function matchEventPattern(pattern: unknown, event: unknown, options: MatchOptions = {}): Result<EventDecision> {
  const compiled = compileEventPattern(pattern, options);
  if (!compiled.ok) return compiled;
  return ok(compiled.value.match(event), compiled.warnings);
}
