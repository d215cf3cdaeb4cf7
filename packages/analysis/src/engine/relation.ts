/**
 * The relation of two rule sets over one message space, from three witness searches: a message
 * only the old accepts, one only the new accepts, one both accept. Each witness found is built
 * into a real message and replayed through the language's own evaluator before it is reported;
 * a witness the evaluator rejects makes the answer `unknown` (and is a bug the tests look for).
 */
import { all, not, type Expr } from '@arbiter/ir';
import type { Assignment } from './partial.js';
import { findWitness, searchSpace, type SearchResult } from './search.js';
import type { FieldShape } from './field-states.js';

export type Relation = 'equivalent' | 'narrower' | 'broader' | 'overlapping' | 'disjoint' | 'old-empty' | 'new-empty' | 'both-empty' | 'unknown';

export type Component = 'onlyOld' | 'onlyNew' | 'both';

/** How a language turns assignments into messages and decides them with its real evaluator. */
export interface LanguageAdapter<M> {
  shapeOf(field: readonly string[]): FieldShape;
  /** A message with exactly these field values, or `undefined` when the fields cannot coexist. */
  build(assignment: Assignment): M | undefined;
  acceptsOld(message: M): boolean;
  acceptsNew(message: M): boolean;
  /** Messages outside the field model (no attributes, a body that is not JSON): decided by replay. */
  probes: readonly M[];
}

export interface Comparison<M> {
  relation: Relation;
  witnesses: Record<Component, M | null>;
  /** Why a component could not be decided (present only for `unknown` parts). */
  unknown: Partial<Record<Component, string>>;
}

const wants: Record<Component, [boolean, boolean]> = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] };

function goalOf(component: Component, oldExpr: Expr, newExpr: Expr): Expr {
  const [o, n] = wants[component];
  return all([o ? oldExpr : not(oldExpr, ''), n ? newExpr : not(newExpr, '')], '');
}

export function relationOf(exists: Record<Component, boolean | undefined>): Relation {
  const { onlyOld, onlyNew, both } = exists;
  if (onlyOld === undefined || onlyNew === undefined || both === undefined) {
    // Some answers still follow from the parts that are known.
    if (onlyOld && onlyNew && both) return 'overlapping';
    return 'unknown';
  }
  const oldEmpty = !onlyOld && !both;
  const newEmpty = !onlyNew && !both;
  if (oldEmpty && newEmpty) return 'both-empty';
  if (oldEmpty) return 'old-empty';
  if (newEmpty) return 'new-empty';
  if (!both) return 'disjoint';
  if (!onlyOld && !onlyNew) return 'equivalent';
  if (!onlyOld) return 'broader';
  if (!onlyNew) return 'narrower';
  return 'overlapping';
}

export function compareExprs<M>(oldExpr: Expr, newExpr: Expr, adapter: LanguageAdapter<M>): Comparison<M> {
  const space = searchSpace([oldExpr, newExpr], (f) => adapter.shapeOf(f));
  const witnesses: Record<Component, M | null> = { onlyOld: null, onlyNew: null, both: null };
  const unknown: Comparison<M>['unknown'] = {};
  const exists: Record<Component, boolean | undefined> = { onlyOld: false, onlyNew: false, both: false };
  for (const component of ['onlyOld', 'onlyNew', 'both'] as const) {
    const result: SearchResult = findWitness(goalOf(component, oldExpr, newExpr), space);
    if (result.kind === 'found') {
      const message = adapter.build(result.assignment);
      const [o, n] = wants[component];
      if (message !== undefined && adapter.acceptsOld(message) === o && adapter.acceptsNew(message) === n) {
        witnesses[component] = message;
        exists[component] = true;
      } else {
        exists[component] = undefined;
        unknown[component] = message === undefined ? 'the witness fields cannot coexist in one message' : 'the evaluator did not confirm the witness';
      }
    } else if (result.kind === 'unknown') {
      exists[component] = undefined;
      unknown[component] = result.reason;
    }
  }
  for (const probe of adapter.probes) {
    const o = adapter.acceptsOld(probe);
    const n = adapter.acceptsNew(probe);
    const component: Component | undefined = o && n ? 'both' : o ? 'onlyOld' : n ? 'onlyNew' : undefined;
    if (component && witnesses[component] === null) {
      witnesses[component] = probe;
      exists[component] = true;
      delete unknown[component];
    }
  }
  return { relation: relationOf(exists), witnesses, unknown };
}
