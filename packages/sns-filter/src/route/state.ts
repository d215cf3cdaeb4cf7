/**
 * The router's bookkeeping objects. Matching is count-based, as in event-ruler and quamina: a
 * policy is expanded into terms (its `$or`s multiplied out); a term needs each of its clauses
 * ("groups") hit once; a subscription matches when one of its terms is complete. Stamps compare
 * against the router's per-message epoch, so nothing is cleared between messages.
 */
import type { Clause } from '../policy/model.js';
import type { FilterPolicyScope } from '../types.js';

export interface SubEntry {
  id: string;
  /** Insertion order, for returning ids in subscription order. */
  seq: number;
  /** Position in the router's ordered list (kept current on removal). */
  slot: number;
  scope: FilterPolicyScope;
  deliverAll: boolean;
  /** Epoch in which it matched. */
  stamp: number;
  /** Epoch in which an attribute it names was invalid (so it cannot match). */
  poison: number;
  /** Undoes every index registration (for `remove`). */
  unregister: Array<() => void>;
}

export interface Term {
  sub: SubEntry;
  need: number;
  count: number;
  stamp: number;
}

/** One clause of one subscription: hit when any of its conditions holds. */
export interface Group {
  clause: Clause;
  terms: Term[];
  stamp: number;
  /** The subscription itself when this group is its only clause in its only term (the common case). */
  direct: SubEntry | undefined;
}

/** Per-message context shared by the index structures. */
export interface RouteContext {
  epoch: number;
  /** Reused across messages: the first `count` entries are this message's matches. */
  matched: SubEntry[];
  count: number;
}

export function hitGroup(g: Group, ctx: RouteContext): void {
  const epoch = ctx.epoch;
  const direct = g.direct;
  if (direct !== undefined) {
    if (direct.stamp !== epoch) {
      direct.stamp = epoch;
      ctx.matched[ctx.count++] = direct;
    }
    return;
  }
  if (g.stamp === epoch) return;
  g.stamp = epoch;
  const terms = g.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.stamp !== epoch) {
      t.stamp = epoch;
      t.count = 0;
    }
    if (++t.count === t.need) {
      const s = t.sub;
      if (s.stamp !== epoch) {
        s.stamp = epoch;
        ctx.matched[ctx.count++] = s;
      }
    }
  }
}

export function hitGroups(list: Group[] | undefined, ctx: RouteContext): void {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) hitGroup(list[i] as Group, ctx);
}
