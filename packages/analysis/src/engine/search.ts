/**
 * The search for a witness: assign each field one of its states, depth first, pruning with
 * three-valued evaluation of the goal. `found` carries the assignment; `none` is a proof (every
 * state of every field was covered, and the candidates were complete); otherwise `unknown`.
 */
import type { Expr, FieldValues, TestExpr } from '@arbiter/ir';
import { evaluatePartial, FALSE, TRUE, testsByField, unmodelledKinds, type Assignment } from './partial.js';
import { fieldStates, type FieldShape, type FieldStates } from './field-states.js';

/** Search nodes visited before giving up with `unknown`. */
export const MAX_SEARCH_NODES = 200_000;

export type SearchResult =
  | { kind: 'found'; assignment: Assignment }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: string };

export interface SearchSpace {
  fields: Array<{ key: string; field: string[]; states: FieldStates }>;
  complete: boolean;
  reasons: string[];
}

/** Builds the states of every field the expressions test. */
export function searchSpace(exprs: readonly Expr[], shapeOf: (field: readonly string[]) => FieldShape): SearchSpace {
  const byField = testsByField(exprs);
  const fields: SearchSpace['fields'] = [];
  const reasons: string[] = unmodelledKinds(exprs).map((k) => `\`${k}\` nodes are not analysed`);
  for (const [key, tests] of byField) {
    const field = (tests[0] as TestExpr).field;
    const states = fieldStates(tests, shapeOf(field));
    if (!states.complete) reasons.push(`the values of \`${field.join('.')}\` could not be covered completely${states.unsupported.length ? ` (no analysis for ${states.unsupported.join(', ')})` : ''}`);
    fields.push({ key, field, states });
  }
  // Fields with more tests first: they decide the most.
  fields.sort((a, b) => (byField.get(b.key)?.length ?? 0) - (byField.get(a.key)?.length ?? 0));
  return { fields, complete: reasons.length === 0, reasons };
}

export function findWitness(goal: Expr, space: SearchSpace): SearchResult {
  const assignment: Assignment = new Map();
  let nodes = 0;
  let exhausted = false;
  const visit = (i: number): boolean => {
    const truth = evaluatePartial(goal, assignment);
    if (truth === FALSE) return false;
    if (truth === TRUE || i === space.fields.length) {
      if (truth !== TRUE) return false;
      for (let j = i; j < space.fields.length; j++) assignment.set(space.fields[j]!.key, undefined);
      return true;
    }
    const { key, states } = space.fields[i]!;
    for (const values of states.states) {
      if (++nodes > MAX_SEARCH_NODES) {
        exhausted = true;
        return false;
      }
      assignment.set(key, values as FieldValues);
      if (visit(i + 1)) return true;
      if (exhausted) return false;
    }
    assignment.delete(key);
    return false;
  };
  if (visit(0)) return { kind: 'found', assignment };
  if (exhausted) return { kind: 'unknown', reason: `the search passed ${MAX_SEARCH_NODES} states` };
  if (!space.complete) return { kind: 'unknown', reason: space.reasons.join('; ') };
  return { kind: 'none' };
}
