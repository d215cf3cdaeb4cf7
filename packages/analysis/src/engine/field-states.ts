/**
 * The states one field can be in, as far as the policies can tell them apart: absent, present
 * with no values (an empty array), or present with a set of values. Two values that pass the same
 * tests are interchangeable, so values are kept one per signature (the set of value tests they
 * pass), and sets of values one per union of signatures: every test is "some value passes".
 */
import { definitionOf, NO_ENV, type FieldValues, type TestExpr } from '@arbiter/ir';
import { candidateValues } from './candidates.js';
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

function signatureOf(value: unknown, valueTests: readonly TestExpr[]): string {
  let sig = '';
  for (const t of valueTests) sig += definitionOf(t.predicate).test(t.predicate, value, NO_ENV) ? '1' : '0';
  return sig;
}

function orSignatures(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < a.length; i++) out += a[i] === '1' || b[i] === '1' ? '1' : '0';
  return out;
}

export function fieldStates(tests: readonly TestExpr[], shape: FieldShape): FieldStates {
  const seeds = emptySeeds();
  for (const t of tests) addSeeds(seeds, t.predicate);
  const candidates = candidateValues(seeds);
  const valueTests = tests.filter((t) => !definitionOf(t.predicate).presence);
  const singles = new Map<string, unknown[]>();
  for (const v of candidates.values) {
    if (!shape.accepts(v)) continue;
    const sig = signatureOf(v, valueTests);
    if (!singles.has(sig)) singles.set(sig, [v]);
  }
  const states = new Map<string, unknown[]>(singles);
  let complete = candidates.complete;
  if (shape.multiValued) {
    // Close the singles under union: every achievable "which tests some value passes".
    const queue = [...states.entries()];
    while (queue.length > 0) {
      const [sig, values] = queue.shift()!;
      for (const [one, [v]] of singles) {
        const union = orSignatures(sig, one);
        if (states.has(union)) continue;
        if (states.size >= MAX_STATES_PER_FIELD) {
          complete = false;
          break;
        }
        const next = [...values, v];
        states.set(union, next);
        queue.push([union, next]);
      }
    }
  }
  const out: FieldValues[] = [undefined, ...states.values()];
  if (shape.emptyArray) out.push([]);
  return { states: out, complete, unsupported: [...seeds.unsupported] };
}
