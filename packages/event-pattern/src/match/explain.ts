/** Turns the reference evaluator's failing node into a reason a person can act on. */
import { evaluateReference, parsePointer, printPredicate, toPointer, type Expr, type FieldResolver } from '@arbiter/ir';
import type { LeafField, PatternNode } from '../pattern/model.js';
import { expandConjunctions } from '../pattern/expand.js';
import type { EventDecision } from '../types.js';

type LeafIndex = Map<string, { leaf: LeafField; key: string }>;

/** Every leaf by pointer, with its dotted key: built once per pattern, on its first non-match. */
export function leavesByPointer(root: PatternNode): LeafIndex {
  const out = new Map<string, { leaf: LeafField; key: string }>();
  for (const conjunction of expandConjunctions(root)) for (const { path, leaf } of conjunction) out.set(leaf.at, { leaf, key: path.join('.') });
  return out;
}

function findLeaf(byPointer: LeafIndex, at: string): { leaf: LeafField; key: string } | undefined {
  const tokens = parsePointer(at) ?? [];
  for (let n = tokens.length; n >= 0; n--) {
    const hit = byPointer.get(toPointer(tokens.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

const showConditions = (leaf: LeafField) => {
  const text = JSON.stringify(leaf.source);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
};

function describe(failed: Expr, key: string, leaf: LeafField): string {
  const k = `\`${key}\``;
  if (failed.kind === 'within') return `${k}: no single element of the array holds every field the pattern names under it`;
  if (failed.kind === 'test' && failed.predicate.op === 'exists') {
    return failed.predicate.value ? `${k}: not in the event, but the pattern requires it to exist` : `${k}: present, but the pattern requires it to be absent`;
  }
  const condition = failed.kind === 'test' ? ` (${printPredicate(failed.predicate)})` : '';
  return `${k}: no value matched any of ${showConditions(leaf)}${condition}`;
}

export function explainFailure(leaves: LeafIndex, expr: Expr, resolve: FieldResolver): Pick<EventDecision, 'reason' | 'failed'> {
  const failed = evaluateReference(expr, resolve).failed;
  const hit = failed ? findLeaf(leaves, failed.at) : undefined;
  if (!failed || !hit) return { reason: 'the event did not match the pattern' };
  const inOr = (parsePointer(hit.leaf.at) ?? []).includes('$or');
  const reason = `${inOr ? 'no branch of `$or` matched; first failure: ' : ''}${describe(failed, hit.key, hit.leaf)}`;
  return { reason, failed: { path: hit.leaf.at, key: hit.key, condition: showConditions(hit.leaf) } };
}
