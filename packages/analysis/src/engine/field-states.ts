/**
 * The states one field can be in, as far as the policies can tell them apart: absent, present
 * with no values (an empty array), or present with a set of values. Two value sets that pass the
 * same tests are interchangeable, so sets are kept one per signature (which tests the field
 * passes). Every test is existential ("some value passes", presence included), so the signature of
 * a set grown by one value depends only on the set's signature: growing from the single values
 * reaches every signature any set of candidates has.
 */
import type { FieldValues, TestExpr } from '@arbiter/ir';
import { candidateValues } from './candidates.js';
import { testHolds } from './partial.js';
import { addSeeds, emptySeeds } from './seeds.js';

/** Beyond this many distinct states a field's search is cut short (and marked incomplete). */
export const MAX_STATES_PER_FIELD = 512;

export interface FieldStates {
  states: FieldValues[];
  complete: boolean;
  unsupported: string[];
}

export interface FieldShape {
  /** Whether a field can hold several values at once (arrays, String.Array). */
  multiValued: boolean;
  /** Whether a present field with no values (`[]`) is a state of its own. */
  emptyArray: boolean;
  /** Keeps only the values this language can place in this field. */
  accepts(value: unknown): boolean;
}

/** Which tests a field holding exactly `values` passes (presence tests may look at the values too). */
function signatureOf(values: readonly unknown[], tests: readonly TestExpr[]): string {
  let sig = '';
  for (const t of tests) sig += testHolds(t, values) ? '1' : '0';
  return sig;
}

export function fieldStates(tests: readonly TestExpr[], shape: FieldShape): FieldStates {
  const seeds = emptySeeds();
  for (const t of tests) addSeeds(seeds, t.predicate);
  const candidates = candidateValues(seeds);
  const singles = new Map<string, unknown[]>();
  for (const v of candidates.values) {
    if (!shape.accepts(v)) continue;
    const sig = signatureOf([v], tests);
    if (!singles.has(sig)) singles.set(sig, [v]);
  }
  let states = new Map<string, unknown[]>(singles);
  let complete = candidates.complete;
  if (shape.multiValued) {
    const closed = closeUnderUnion(singles, (values) => signatureOf(values, tests));
    states = closed.states;
    complete &&= closed.complete;
  }
  const out: FieldValues[] = [undefined, ...states.values()];
  if (shape.emptyArray) out.push([]);
  return { states: out, complete, unsupported: [...seeds.unsupported, ...(candidates.unsupported ?? [])] };
}

/**
 * Closes value sets under union, one per signature: every achievable "which tests some value
 * passes" (each test existential), starting from `singles`; incomplete past MAX_STATES_PER_FIELD.
 */
export function closeUnderUnion<V>(singles: ReadonlyMap<string, V[]>, signature: (values: V[]) => string): { states: Map<string, V[]>; complete: boolean } {
  const states = new Map(singles);
  const queue = [...states.entries()];
  while (queue.length > 0) {
    const [sig, values] = queue.shift()!;
    for (const [, one] of singles) {
      const next = [...values, ...one.filter((x) => !values.includes(x))];
      const union = signature(next);
      if (union === sig || states.has(union)) continue;
      if (states.size >= MAX_STATES_PER_FIELD) return { states, complete: false };
      states.set(union, next);
      queue.push([union, next]);
    }
  }
  return { states, complete: true };
}
