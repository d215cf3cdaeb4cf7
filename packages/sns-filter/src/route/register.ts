/** Registers one subscription's policy in the shared index: its terms, groups and conditions. */
import { fieldKey, listClauses, type Clause, type PolicyModel } from '../policy/model.js';
import type { FieldIndex } from './field-index.js';
import type { Group, SubEntry, Term } from './state.js';
import { expandTerms } from './terms.js';

export function registerSubscription(
  entry: SubEntry,
  model: PolicyModel,
  fieldFor: (key: string) => FieldIndex,
  release: (f: FieldIndex) => void,
): void {
  const groups = new Map<Clause, Group>(listClauses(model.root).map((clause) => [clause, { clause, terms: [], stamp: -1, direct: undefined }]));
  const terms = expandTerms(model.root);
  for (const clauses of terms) {
    const term: Term = { sub: entry, need: clauses.length, count: 0, stamp: -1 };
    for (const c of clauses) groups.get(c)!.terms.push(term);
  }
  // One term of one clause: hitting the clause is matching the subscription.
  if (terms.length === 1 && terms[0]!.length === 1) groups.get(terms[0]![0]!)!.direct = entry;
  for (const group of groups.values()) {
    const field = fieldFor(fieldKey(group.clause.field));
    for (const condition of group.clause.conditions) {
      const undo = field.add(condition.predicate, group);
      entry.unregister.push(() => {
        undo();
        release(field);
      });
    }
  }
}
