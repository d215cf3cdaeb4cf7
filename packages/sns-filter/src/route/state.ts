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
  /** The range of words of `bits` written since the last read (`lo > hi`: none). */
  lo: number;
  hi: number;
  /**
   * The words of `bits` that became non-zero since the last read, in the order they did (the
   * first `written` entries; `written` is -1 once a mask was OR'ed in or the list filled): a few
   * matches among many subscriptions are read without scanning the words between them.
   */
  words: Int32Array;
  written: number;
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
  const bits = ctx.bits;
  const old = bits[w]!;
  if (old === 0) {
    if (w < ctx.lo) ctx.lo = w;
    if (w > ctx.hi) ctx.hi = w;
    const n = ctx.written;
    if (n >= 0) {
      if (n < ctx.words.length) {
        ctx.words[n] = w;
        ctx.written = n + 1;
      } else ctx.written = -1;
    }
  }
  bits[w] = old | (1 << (slot & 31));
}

/** ORs `mask` (a bitmask over slots from slot 0) into the message's matches. */
export function markMask(mask: Int32Array, ctx: RouteContext): void {
  const bits = ctx.bits;
  for (let w = 0; w < mask.length; w++) bits[w]! |= mask[w]!;
  ctx.lo = 0;
  if (mask.length - 1 > ctx.hi) ctx.hi = mask.length - 1;
  ctx.written = -1;
}

/** Room for `slots` subscriptions (kept when already large enough). */
export function growContext(ctx: RouteContext, slots: number): void {
  const words = (slots + 31) >>> 5;
  if (ctx.bits.length >= words) return;
  ctx.bits = new Int32Array(words * 2);
  ctx.words = new Int32Array(words * 2);
}

/** Forgets every match of the message so far. */
export function clearMatches(ctx: RouteContext): void {
  ctx.bits.fill(0);
  ctx.lo = 0x7fffffff;
  ctx.hi = -1;
  ctx.written = 0;
}

/** A context with no message yet. */
export function newRouteContext(): RouteContext {
  return { epoch: 0, bits: new Int32Array(4), lo: 0x7fffffff, hi: -1, words: new Int32Array(4), written: 0, poisoned: [], ambiguous: false };
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
