/**
 * `$or` expansion: a pattern is the OR of plain conjunctions, each a list of leaf fields with their
 * full key paths (keys split at dots). event-ruler checks array consistency per expanded rule, so
 * lowering works on these conjunctions; validation caps them at 1000.
 */
import { keySegments, type PathedLeaf, type PatternNode } from './model.js';

type Conjunction = PathedLeaf[];

function cross(left: Conjunction[], right: Conjunction[]): Conjunction[] {
  const out: Conjunction[] = [];
  for (const a of left) for (const b of right) out.push([...a, ...b]);
  return out;
}

export function expandConjunctions(node: PatternNode, prefix: string[] = []): Conjunction[] {
  let result: Conjunction[] = [[]];
  for (const field of node.fields) {
    const path = [...prefix, ...keySegments(field.key)];
    if (field.kind === 'leaf') result = result.map((c) => [...c, { path, leaf: field }]);
    else result = cross(result, expandConjunctions(field.node, path));
  }
  for (const group of node.ors) {
    const alternatives = group.branches.flatMap((branch) => expandConjunctions(branch, prefix));
    result = cross(result, alternatives);
  }
  return result;
}
