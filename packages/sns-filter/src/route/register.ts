/** Registers one subscription's terms in the shared index: its terms, groups and predicates. */
import type { FieldIndex } from './field-index.js';
import type { Group, SubEntry, Term } from './state.js';
import type { IndexClause } from './terms.js';

/** False when some predicate cannot be indexed here (the registrations made are undone). */
export function registerSubscription(
  entry: SubEntry,
  terms: IndexClause[][],
  fieldFor: (key: string) => FieldIndex,
  release: (f: FieldIndex) => void,
): boolean {
  const groups = new Map<IndexClause, Group>();
  for (const clauses of terms) {
    const term: Term = { sub: entry, need: clauses.length, count: 0, stamp: -1 };
    for (const c of clauses) {
      let g = groups.get(c);
      if (!g) groups.set(c, (g = { terms: [], stamp: -1, direct: undefined }));
      g.terms.push(term);
    }
  }
  // One term of one clause: hitting the clause is matching the subscription.
  if (terms.length === 1 && terms[0]!.length === 1) groups.get(terms[0]![0]!)!.direct = entry;
  for (const [clause, group] of groups) {
    const field = fieldFor(clause.field);
    for (const predicate of clause.predicates) {
      const undo = field.add(predicate, group);
      entry.unregister.push(() => {
        undo?.();
        release(field);
      });
      if (!undo) return false;
    }
  }
  return true;
}
