/**
 * Comparing two subscriptions cheaply enough to do it for every pair. Policies that test no key in
 * common are independent: a message both receive is one policy's own witness merged with the
 * other's, and a message only one receives is its witness merged with a message the other rejects
 * (each merge is replayed; a merge the matchers do not confirm falls back to the search). Policies
 * testing the same keys get the full relation (so duplicates are found); others only the search
 * for a shared message.
 */
import { all, not, type Expr } from '@arbiter/ir';
import type { FilterPolicyScope, SnsMessage } from '@arbiter/sns-filter';
import { testsByField, type Assignment } from '../engine/partial.js';
import type { Relation } from '../engine/relation.js';
import { findWitness, searchSpace } from '../engine/search.js';
import { compareSides, type CompiledSide } from './diff.js';
import { buildSnsMessage, snsShape } from './message.js';

export interface PairSide {
  id: string;
  scope: FilterPolicyScope;
  side: CompiledSide;
  fields: Set<string>;
  /** A field assignment the policy accepts / rejects, when one exists. */
  accept?: Assignment;
  reject?: Assignment;
}

export interface PairResult {
  /** Set when the full relation was decided. */
  relation?: Relation;
  both: SnsMessage | null;
}

function witnessOf(expr: Expr, scope: FilterPolicyScope): Assignment | undefined {
  const r = findWitness(expr, searchSpace([expr], () => snsShape(scope)));
  return r.kind === 'found' ? r.assignment : undefined;
}

export function pairSide(id: string, scope: FilterPolicyScope, side: CompiledSide): PairSide {
  const fields = new Set(testsByField([side.expr]).keys());
  const accept = witnessOf(side.expr, scope);
  const reject = witnessOf(not(side.expr, ''), scope);
  return { id, scope, side, fields, ...(accept ? { accept } : {}), ...(reject ? { reject } : {}) };
}

function confirmed(a: PairSide, b: PairSide, x: Assignment | undefined, y: Assignment | undefined, want: [boolean, boolean]): SnsMessage | undefined {
  if (!x || !y) return undefined;
  const m = buildSnsMessage(new Map([...x, ...y]), a.scope);
  if (!m) return undefined;
  return a.side.matcher.match(m).delivered === want[0] && b.side.matcher.match(m).delivered === want[1] ? m : undefined;
}

/** Independent policies: the relation from merged witnesses, or `undefined` to fall back. */
function independentPair(a: PairSide, b: PairSide): PairResult | undefined {
  for (const f of a.fields) if (b.fields.has(f)) return undefined;
  const both = confirmed(a, b, a.accept, b.accept, [true, true]);
  const onlyA = confirmed(a, b, a.accept, b.reject, [true, false]);
  const onlyB = confirmed(a, b, a.reject, b.accept, [false, true]);
  return both && onlyA && onlyB ? { relation: 'overlapping', both } : undefined;
}

function sameFields(a: PairSide, b: PairSide): boolean {
  return a.fields.size === b.fields.size && [...a.fields].every((f) => b.fields.has(f));
}

export function comparePair(a: PairSide, b: PairSide): PairResult {
  const independent = independentPair(a, b);
  if (independent) return independent;
  if (sameFields(a, b)) {
    const cmp = compareSides(a.side, b.side, a.scope);
    return { relation: cmp.relation, both: cmp.witnesses.both };
  }
  const goal = all([a.side.expr, b.side.expr], '');
  const found = witnessOf(goal, a.scope);
  return { both: found ? (confirmed(a, b, found, new Map(), [true, true]) ?? null) : null };
}
