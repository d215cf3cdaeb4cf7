/**
 * The index for one message field (an attribute name or a body path) across all subscriptions:
 * exact values by Map, prefixes and suffixes by Map per length, equals-ignore-case by folded
 * value, `exists` by presence, numeric ranges on precision keys, anything-but inverted (see
 * exclusions.ts), as each predicate's `index` hook asks (index-sink.ts); predicates without one
 * (cidr) as a scan list of compiled tests. Probing a value hits exactly the groups with a
 * condition that value satisfies.
 */
import { exactNumber, foldCase, NO_ENV, numericKey, type NumberToken, type Predicate, type Scalar, type ValueTest } from '@arbiter/ir';
import { Exclusions } from './exclusions.js';
import { indexPredicate } from './index-sink.js';
import type { NumberPlan } from './number-keys.js';
import { GENERAL_PLAN, plainPlan, probePlainNumber, probePlainToken } from './number-plan.js';
import { probeNumberText } from './number-text.js';
import { NumericRanges } from './numeric-ranges.js';
import { SortedLengths } from './sorted-lengths.js';
import { hitGroup, hitGroups, markMask, markSlot, type Group, type RouteContext } from './state.js';

/** Cache bounds per field: distinct values, and group references over all of them. */
const MAX_CACHED_VALUES = 4096;
const MAX_CACHED_WORDS = 1 << 22;

/**
 * What one value satisfies: the single-clause subscriptions, as a slot list when few or as a
 * bitmask over slots when many (OR'ed word by word into the message's matches), and the other
 * groups.
 */
interface Hits {
  slots: Int32Array;
  mask: Int32Array | undefined;
  groups: Group[];
  /** Cache cost in 32-bit words. */
  size: number;
}

export interface Scan {
  group: Group;
  test: ValueTest;
}

function pushAll(list: Group[] | undefined, out: Group[]): void {
  if (list) for (let i = 0; i < list.length; i++) out.push(list[i] as Group);
}

export class FieldIndex {
  readonly exactStrings = new Map<string, Group[]>();
  readonly exactNumbers = new Map<number, Group[]>();
  /** `double-range` [n, n]: numbers equal to n as doubles (EventBridge). */
  readonly exactDoubles = new Map<number, Group[]>();
  readonly literals = new Map<boolean | null, Group[]>();
  readonly ignoreCase = new Map<string, Group[]>();
  readonly prefixes = new Map<string, Group[]>();
  readonly prefixLengths = new SortedLengths();
  readonly suffixes = new Map<string, Group[]>();
  readonly suffixLengths = new SortedLengths();
  readonly ranges = new NumericRanges();
  readonly exclusions = new Exclusions();
  readonly scans: Scan[] = [];
  /** `exists: true` groups and `exists: false` groups. */
  readonly present: Group[] = [];
  readonly absent: Group[] = [];
  /** String or literal value → the subscriptions and groups it satisfies. */
  private readonly cache = new Map<unknown, Hits>();
  private readonly scratch: Group[] = [];
  private numbers: NumberPlan | undefined;
  private raw: string[] | null | undefined;
  private exactOnly: boolean | undefined;
  private cachedGroups = 0;
  /** Registrations, to drop the index when the last one goes. */
  users = 0;
  /** Per message: the epoch the values were collected in, and the values. */
  stamp = -1;
  values: unknown[] = [];

  /** `presenceIgnores`: the values that do not make the field present for `exists` (body: null, ""). */
  constructor(
    readonly key: string,
    readonly presenceIgnores: readonly Scalar[],
  ) {}

  /** Registers one predicate of group `g` (index-sink.ts); its undo, or `undefined` when it cannot be indexed here. */
  add(p: Predicate, g: Group): (() => void) | undefined {
    const undo = indexPredicate(this, p, g);
    if (undo === undefined) return undefined;
    this.users++;
    this.clearCache();
    return () => {
      undo();
      this.users--;
      this.clearCache();
    };
  }

  /** Also called by the router when slots are renumbered. */
  clearCache(): void {
    this.cache.clear();
    this.cachedGroups = 0;
    this.numbers = undefined;
    this.raw = undefined;
    this.exactOnly = undefined;
  }

  /**
   * The strings to compare in place in the body text, when all this field holds is a few exact
   * strings written without escapes (no other condition, no `exists`): any other string satisfies
   * nothing here. `undefined` otherwise.
   */
  get rawStrings(): string[] | undefined {
    if (this.raw === undefined) {
      const keys = [...this.exactStrings.keys()];
      this.raw = this.onlyExact && this.ranges.size === 0 && !this.collectsValues && keys.length <= 8 && keys.every((k) => /^[^"\\\u0000-\u001f]*$/.test(k)) ? keys : null;
    }
    return this.raw ?? undefined;
  }

  /** True when strings and literals can only satisfy exact conditions here (numbers have their plan). */
  private get onlyExact(): boolean {
    return (this.exactOnly ??= this.prefixes.size + this.suffixes.size + this.ignoreCase.size + this.exclusions.size + this.scans.length === 0);
  }

  /** How numbers are probed: a few exact numbers directly (number-plan.ts), otherwise the general path. */
  private numberPlan(): NumberPlan {
    if (this.numbers) return this.numbers;
    const plain = this.ranges.size === 0 && this.exclusions.size === 0 && this.scans.length === 0 && this.exactNumbers.size + this.exactDoubles.size <= 8;
    return (this.numbers = plain ? plainPlan(this.exactNumbers, this.exactDoubles) : GENERAL_PLAN);
  }

  /**
   * For a number array at this field, validated as plain decimals `s[start, end)`: hits what its
   * numbers satisfy by searching the text (number-text.ts). Only when `searchesNumberText`.
   */
  probeNumberArrayText(s: string, start: number, end: number, ctx: RouteContext): void {
    probeNumberText(this.numberPlan(), s, start, end, ctx);
  }

  /** True when number arrays at this field can be searched as text (`probeNumberArrayText`). */
  get searchesNumberText(): boolean {
    return this.numberPlan().text !== undefined;
  }

  /** `probe` for a number. */
  probeNumber(v: number, ctx: RouteContext): void {
    const plan = this.numberPlan();
    if (plan.plain) return probePlainNumber(plan, v, ctx);
    const scratch = this.scratch;
    if (scratch.length !== 0) scratch.length = 0;
    this.collectSatisfied(v, scratch);
    for (let i = 0; i < scratch.length; i++) hitGroup(scratch[i] as Group, ctx);
  }

  /** `probe` for a number token still in the body text (number-plan.ts). */
  probeNumberToken(s: string, start: number, token: NumberToken, ctx: RouteContext): void {
    const plan = this.numberPlan();
    if (!plan.plain) return this.probeNumber(exactNumber(s, start, token), ctx);
    probePlainToken(plan, s, start, token, ctx);
  }

  /** Appends every group with a condition that `v` satisfies (presence aside; may repeat). */
  private collectSatisfied(v: unknown, out: Group[]): void {
    const push = (list: Group[] | undefined) => pushAll(list, out);
    if (typeof v === 'number') {
      // The hot path for coordinates and the like: no closures.
      pushAll(this.exactNumbers.get(numericKey(v)), out);
      if (this.exactDoubles.size > 0) pushAll(this.exactDoubles.get(v), out);
      if (Number.isFinite(v) && this.ranges.size > 0) this.ranges.collect(v, out);
    } else if (typeof v === 'string') {
      push(this.exactStrings.get(v));
      if (this.ignoreCase.size > 0) push(this.ignoreCase.get(foldCase(v)));
      for (const n of this.prefixLengths.values) if (n <= v.length) push(this.prefixes.get(v.slice(0, n)));
      for (const n of this.suffixLengths.values) if (n <= v.length) push(this.suffixes.get(v.slice(v.length - n)));
    } else {
      push(this.literals.get(v as boolean | null));
    }
    if (this.exclusions.size > 0) this.exclusions.collect(v, out);
    for (const s of this.scans) if (s.test(v, NO_ENV)) out.push(s.group);
  }

  private hitsFor(v: unknown): Hits {
    const all: Group[] = [];
    this.collectSatisfied(v, all);
    const unique = [...new Set(all)];
    const slots = Int32Array.from(unique.filter((g) => g.direct !== undefined), (g) => g.direct!.slot);
    const groups = unique.filter((g) => g.direct === undefined);
    const words = slots.length === 0 ? 0 : (slots.reduce((max, slot) => Math.max(max, slot), 0) >>> 5) + 1;
    if (slots.length <= words * 2) return { slots, mask: undefined, groups, size: slots.length + groups.length };
    const mask = new Int32Array(words);
    for (const slot of slots) mask[slot >>> 5]! |= 1 << (slot & 31);
    return { slots: new Int32Array(0), mask, groups, size: words + groups.length };
  }

  /**
   * Hits every group with a condition that `v` satisfies. Strings and literals recur across
   * messages (street names, types, flags), so each field caches value → hits, bounded (unless
   * only registered values can hit), cleared on any change; numbers rarely recur (coordinates), so they are probed directly, allocation-free.
   */
  probe(v: unknown, ctx: RouteContext): void {
    if (typeof v === 'number') return this.probeNumber(v, ctx);
    let hits = this.cache.get(v);
    if (hits === undefined && this.onlyExact) {
      // Exact values only: only the values registered hit anything, so only they are cached, with
      // no bound but the registrations (values that rarely recur, such as ids, never churn it).
      if ((typeof v === 'string' ? this.exactStrings.get(v) : this.literals.get(v as boolean | null)) === undefined) return;
      this.cache.set(v, (hits = this.hitsFor(v)));
    } else if (hits === undefined) {
      if (this.cache.size >= MAX_CACHED_VALUES || this.cachedGroups >= MAX_CACHED_WORDS) {
        const scratch = this.scratch;
        if (scratch.length !== 0) scratch.length = 0;
        this.collectSatisfied(v, scratch);
        for (let i = 0; i < scratch.length; i++) hitGroup(scratch[i] as Group, ctx);
        return;
      }
      hits = this.hitsFor(v);
      this.cache.set(v, hits);
      this.cachedGroups += hits.size;
    }
    const mask = hits.mask;
    if (mask !== undefined) markMask(mask, ctx);
    const slots = hits.slots;
    for (let i = 0; i < slots.length; i++) markSlot(slots[i] as number, ctx);
    const groups = hits.groups;
    for (let i = 0; i < groups.length; i++) hitGroup(groups[i] as Group, ctx);
  }

  /** True when presence matters (`exists` conditions): values must be collected before settling. */
  get collectsValues(): boolean {
    return this.present.length > 0 || this.absent.length > 0;
  }

  /** Hits the groups for this message's values: each value, then `exists` by presence. */
  settle(values: readonly unknown[] | undefined, present: boolean, ctx: RouteContext): void {
    if (values !== undefined) for (let i = 0; i < values.length; i++) this.probe(values[i], ctx);
    hitGroups(present ? this.present : this.absent, ctx);
  }
}
