/** Multiplies out a policy's `$or`s: each term is a list of clauses that must all hold. */
import type { Clause, Conjunction } from '../policy/model.js';

export function expandTerms(conj: Conjunction): Clause[][] {
  let terms: Clause[][] = [[...conj.clauses]];
  for (const d of conj.ors) {
    const branchTerms = d.branches.flatMap((b) => expandTerms(b));
    terms = terms.flatMap((t) => branchTerms.map((bt) => [...t, ...bt]));
  }
  return terms;
}
