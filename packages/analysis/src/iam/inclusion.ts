/**
 * A syntactic proof that every request OLD allows, NEW allows too: each Allow of OLD is, as an
 * expression, an Allow of NEW, and each Deny of NEW is a Deny of OLD (a request OLD allows meets
 * one of its Allows and none of its Denies, so it meets that Allow in NEW and no Deny of NEW).
 * Where the search cannot cover a policy (variables inside text), identical and added statements
 * are still decided this way; nothing is claimed when the proof does not apply.
 */
import { shapeOf } from '@arbiter/ir';
import { ruleParts, type PolicySide } from './policies.js';

export function includedSyntactically(oldSide: PolicySide, newSide: PolicySide): boolean {
  if (oldSide.kind !== newSide.kind) return false;
  const before = ruleParts(oldSide.rules, oldSide.kind);
  const after = ruleParts(newSide.rules, newSide.kind);
  const newAllows = new Set(after.allows.map(shapeOf));
  const oldDenies = new Set(before.denies.map(shapeOf));
  return before.allows.every((e) => newAllows.has(shapeOf(e))) && after.denies.every((e) => oldDenies.has(shapeOf(e)));
}
