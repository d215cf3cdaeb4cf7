/**
 * `diffEventPatterns`: how the set of events a new EventBridge pattern matches relates to the old
 * one's, with a witness event for each part that is not empty, replayed through
 * `@arbiter/event-pattern`'s matcher. Same answer shape as `diffFilterPolicies`.
 */
import { fail, ok, type Expr, type Result } from '@arbiter/ir';
import { compileEventPattern, type EventMatcher } from '@arbiter/event-pattern';
import { compareExprs, relationOf, type Comparison, type Component } from '../engine/relation.js';
import { testsByField } from '../engine/partial.js';
import { buildEvent, eventShape, type WitnessEvent } from './event.js';
import { flattenWithin, nestedFieldGap, withinGaps } from './flatten.js';

export type EventDiff = Comparison<WitnessEvent>;

export interface EventSide {
  expr: Expr;
  matcher: EventMatcher;
}

/** Validates and compiles one pattern (JSON text or a parsed value); diagnostics carry `params.policy: label`. */
export function compileEventSide(pattern: unknown, label: string): Result<EventSide> {
  const compiled = compileEventPattern(pattern);
  if (!compiled.ok) return fail(compiled.diagnostics.map((d) => ({ ...d, params: { ...d.params, policy: label } })));
  return ok({ expr: compiled.value.pattern.ruleSet.rules[0]!.when, matcher: compiled.value });
}

/** Parts the search over flat events cannot prove empty: `within` with absence, or fields nested in fields. */
function gapsOf(oldExpr: Expr, newExpr: Expr): Partial<Record<Component, string>> {
  const fields = [...testsByField([flattenWithin(oldExpr), flattenWithin(newExpr)]).values()].map((tests) => tests[0]!.field);
  const nested = nestedFieldGap(fields);
  if (nested) return { onlyOld: nested, onlyNew: nested, both: nested };
  return withinGaps(oldExpr, newExpr);
}

export function compareEventSides(oldSide: EventSide, newSide: EventSide): EventDiff {
  const cmp = compareExprs<WitnessEvent>(flattenWithin(oldSide.expr), flattenWithin(newSide.expr), {
    shapeOf: () => eventShape,
    build: buildEvent,
    acceptsOld: (e) => oldSide.matcher.match(e).matched,
    acceptsNew: (e) => newSide.matcher.match(e).matched,
    probes: [{}],
  });
  const gaps = gapsOf(oldSide.expr, newSide.expr);
  const exists: Record<Component, boolean | undefined> = { onlyOld: false, onlyNew: false, both: false };
  for (const part of ['onlyOld', 'onlyNew', 'both'] as const) {
    const gap = gaps[part];
    if (cmp.witnesses[part] !== null) exists[part] = true;
    else if (cmp.unknown[part] !== undefined) exists[part] = undefined;
    else if (gap !== undefined) {
      cmp.unknown[part] = gap;
      exists[part] = undefined;
    }
  }
  return { ...cmp, relation: relationOf(exists) };
}

/** The relation of the events OLD and NEW match (patterns as JSON text or parsed values). */
export function diffEventPatterns(oldPattern: unknown, newPattern: unknown): Result<EventDiff> {
  const oldSide = compileEventSide(oldPattern, 'old');
  const newSide = compileEventSide(newPattern, 'new');
  if (!oldSide.ok || !newSide.ok) return fail([...(oldSide.ok ? [] : oldSide.diagnostics), ...(newSide.ok ? [] : newSide.diagnostics)]);
  return ok(compareEventSides(oldSide.value, newSide.value));
}
