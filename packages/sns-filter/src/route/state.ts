/**
 * The router's bookkeeping objects. Matching is count-based, as in event-ruler and quamina: a
 * policy is expanded into terms (its `$or`s multiplied out); a term needs each of its clauses
 * ("groups") hit once; a subscription matches when one of its terms is complete. Stamps compare
 * against the router's per-message epoch, so nothing is cleared between messages. A match sets
 * the subscription's slot in typed arrays (see RouteContext), which keeps the hot loop free of
 * object allocation.
 */
import type { FilterPolicyScope } from '../types.js';

export interface SubEntry {
  id: string;
  /** Position in the router's ordered list (kept current on removal). */
  slot: number;
  scope: FilterPolicyScope;
  deliverAll: boolean;
  /** Undoes every index registration (for `remove`). */
  unregister: Array<() => void>;
  /**
   * For a rule with `within` nodes (array consistency), which the index reads as if every field
   * came from one element: decides the rule on the parsed document when a message makes that
   * reading unsafe (RouteContext.ambiguous).
   */
  confirm: ((root: Record<string, unknown>) => boolean) | undefined;
}

export interface Term {
  sub: SubEntry;
  need: number;
  count: number;
  stamp: number;
}

/** One clause of one subscription (terms.ts): hit when any of its predicates holds. */
export interface Group {
  terms: Term[];
  stamp: number;
  /** The subscription itself when this group is its only clause in its only term (the common case). */
  direct: SubEntry | undefined;
}

/** Per-message state shared by the index structures. */
export interface RouteContext {
  epoch: number;
  /** Bitset by slot: the subscriptions matched by this message (cleared when read). */
  bits: Int32Array;
  /** The range of words of `bits` written since the last read (`lo > hi`: none), so reading stays flat in the number of subscriptions. */
  lo: number;
  hi: number;
  /** Subscriptions that name an invalid attribute of this message: they cannot match. */
  poisoned: SubEntry[];
  /**
   * Set by the walks when the message holds an array at or above a `within` field, or a dotted
   * key that reached the tree: fields may then come from different elements, so rules with
   * `within` are decided by their `confirm` instead of the index.
   */
  ambiguous: boolean;
}

export function unmarkSlot(slot: number, ctx: RouteContext): void {
  ctx.bits[slot >>> 5]! &= ~(1 << (slot & 31));
}

export function markSlot(slot: number, ctx: RouteContext): void {
  const w = slot >>> 5;
  ctx.bits[w]! |= 1 << (slot & 31);
  if (w < ctx.lo) ctx.lo = w;
  if (w > ctx.hi) ctx.hi = w;
}

/** A context with no message yet. */
export function newRouteContext(): RouteContext {
  return { epoch: 0, bits: new Int32Array(4), lo: 0x7fffffff, hi: -1, poisoned: [], ambiguous: false };
}

export function hitGroup(g: Group, ctx: RouteContext): void {
  const direct = g.direct;
  if (direct !== undefined) {
    markSlot(direct.slot, ctx);
    return;
  }
  const epoch = ctx.epoch;
  if (g.stamp === epoch) return;
  g.stamp = epoch;
  const terms = g.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.stamp !== epoch) {
      t.stamp = epoch;
      t.count = 0;
    }
    if (++t.count === t.need) markSlot(t.sub.slot, ctx);
  }
}

export function hitGroups(list: Group[] | undefined, ctx: RouteContext): void {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) hitGroup(list[i] as Group, ctx);
}
