/**
 * The validated policy as the validator builds it: a tree of conjunctions (object levels, with
 * nested objects merged in) and disjunctions (`$or`). to-ir.ts lowers it to the shared IR; the
 * router expands it into terms. Every node keeps its policy pointer.
 */
import type { Predicate } from '@arbiter/ir';
import type { FilterPolicyScope } from '../types.js';

/** One element of a key's condition array, e.g. `{"prefix":"a"}` at `/key/0`. */
export interface Condition {
  at: string;
  predicate: Predicate;
  source: unknown;
}

/** A policy key holding a condition array: matches when any condition matches. */
export interface Clause {
  at: string;
  /** The keys from the policy root (nesting levels; a key may itself contain dots). */
  field: string[];
  conditions: Condition[];
  source: unknown[];
}

export interface Conjunction {
  at: string;
  clauses: Clause[];
  ors: Disjunction[];
}

export interface Disjunction {
  at: string;
  branches: Conjunction[];
}

export interface PolicyModel {
  scope: FilterPolicyScope;
  /** No policy, `""` or `{}`: every message is delivered. */
  deliverAll: boolean;
  root: Conjunction;
}

/** The message key a clause reads, as people write it: nesting levels joined with dots. */
export function fieldKey(field: readonly string[]): string {
  return field.join('.');
}

/** Every clause of the model, depth-first in policy order. */
export function listClauses(c: Conjunction, out: Clause[] = []): Clause[] {
  out.push(...c.clauses);
  for (const d of c.ors) for (const b of d.branches) listClauses(b, out);
  return out;
}
