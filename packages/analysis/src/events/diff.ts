/**
 * `diffEventPatterns`: how the set of events a new EventBridge pattern matches relates to the old
 * one's, with a witness event for each part that is not empty, replayed through
 * `@arbiter/event-pattern`'s matcher. Same answer shape as `diffFilterPolicies`.
 */
import { any, constant, fail, ok, type Diagnostic, type Expr, type Result } from '@arbiter/ir';
import { compileEventPattern } from '@arbiter/event-pattern';
import { compareExprs, relationOf, type Comparison, type Component } from '../engine/relation.js';
import { testsByField } from '../engine/partial.js';
import { buildEvent, eventShape, type WitnessEvent } from './event.js';
import { flattenWithin, nestedFieldGap, withinGaps } from './flatten.js';

export type EventDiff = Comparison<WitnessEvent>;

/** One side of a comparison: the IR it matches on and the real matcher's verdict. */
export interface EventSide {
  expr: Expr;
  matches(event: WitnessEvent): boolean;
}

/** Validates and compiles one pattern (JSON text or a parsed value); diagnostics carry `params.policy: label`. */
export function compileEventSide(pattern: unknown, label: string): Result<EventSide> {
  const compiled = compileEventPattern(pattern);
  if (!compiled.ok) return fail(compiled.diagnostics.map((d) => ({ ...d, params: { ...d.params, policy: label } })));
  const matcher = compiled.value;
  return ok({ expr: matcher.pattern.ruleSet.rules[0]!.when, matches: (e) => matcher.match(e).matched });
}

/** Several patterns OR-ed (Lambda FilterCriteria); no pattern at all matches every event (no filtering). */
export function unionOfSides(sides: readonly EventSide[]): EventSide {
  if (sides.length === 1) return sides[0]!;
  if (sides.length === 0) return { expr: constant(true, ''), matches: () => true };
  return { expr: any(sides.map((s) => s.expr), ''), matches: (e) => sides.some((s) => s.matches(e)) };
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
    acceptsOld: (e) => oldSide.matches(e),
    acceptsNew: (e) => newSide.matches(e),
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

/**
 * The relation of two sets of patterns, each OR-ed as Lambda ORs a mapping's filters; an empty set
 * is no filtering (every event). Diagnostics carry `params.policy` (`old`/`new`) and `params.filter` (index).
 */
export function diffEventPatternSets(oldPatterns: readonly unknown[], newPatterns: readonly unknown[]): Result<EventDiff> {
  const diagnostics: Diagnostic[] = [];
  const sidesOf = (patterns: readonly unknown[], label: string): EventSide[] =>
    patterns.flatMap((p, i) => {
      const side = compileEventSide(p, label);
      if (side.ok) return [side.value];
      diagnostics.push(...side.diagnostics.map((d) => ({ ...d, params: { ...d.params, filter: i } })));
      return [];
    });
  const oldSide = unionOfSides(sidesOf(oldPatterns, 'old'));
  const newSide = unionOfSides(sidesOf(newPatterns, 'new'));
  return diagnostics.length > 0 ? fail(diagnostics) : ok(compareEventSides(oldSide, newSide));
}
