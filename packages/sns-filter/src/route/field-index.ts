/**
 * The index for one message field (an attribute name or a body path) across all subscriptions:
 * exact values by Map, prefixes and suffixes by Map per length, equals-ignore-case by folded
 * value, `exists` by presence, numeric ranges on precision keys, anything-but inverted (see
 * exclusions.ts); the rest (cidr) as a scan list of compiled tests. Probing a value hits exactly the groups with a condition that value satisfies.
 */
import { compilePredicate, foldCase, numericKey, type Predicate, type ValueTest } from '@arbiter/ir';
import { Exclusions } from './exclusions.js';
import { addToListMap } from './list-map.js';
import { NumericRanges } from './numeric-ranges.js';
import { SortedLengths } from './sorted-lengths.js';
import { hitGroup, hitGroups, markSlot, type Group, type RouteContext } from './state.js';

/** Cache bounds per field: distinct values, and group references over all of them. */
const MAX_CACHED_VALUES = 4096;
const MAX_CACHED_GROUPS = 1 << 20;

/** What one value satisfies: slots of single-clause subscriptions, and the other groups. */
interface Hits {
  slots: Int32Array;
  groups: Group[];
}

interface Scan {
  group: Group;
  test: ValueTest;
}

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

export class FieldIndex {
  readonly exactStrings = new Map<string, Group[]>();
  readonly exactNumbers = new Map<number, Group[]>();
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
  /** Value (numbers by precision key) → the subscriptions and groups it satisfies. */
  private readonly cache = new Map<unknown, Hits>();
  private cachedGroups = 0;
  /** Registrations, to drop the index when the last one goes. */
  users = 0;
  /** Per message: the epoch the values were collected in, and the values. */
  stamp = -1;
  values: unknown[] = [];

  constructor(readonly key: string) {}

  /** Registers one condition of group `g`; returns its undo. */
  add(p: Predicate, g: Group): () => void {
    this.users++;
    this.clearCache();
    const undo = this.register(p, g);
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
  }

  private register(p: Predicate, g: Group): () => void {
    switch (p.op) {
      case 'exact':
        if (typeof p.value === 'string') return addToListMap(this.exactStrings, p.value, g);
        if (typeof p.value === 'number') return addToListMap(this.exactNumbers, numericKey(p.value), g);
        return addToListMap(this.literals, p.value, g);
      case 'equals-ignore-case':
        return addToListMap(this.ignoreCase, foldCase(p.value), g);
      case 'prefix':
      case 'suffix': {
        const [map, lengths] = p.op === 'prefix' ? [this.prefixes, this.prefixLengths] : [this.suffixes, this.suffixLengths];
        const undo = addToListMap(map, p.value, g);
        lengths.add(p.value.length);
        return () => {
          undo();
          lengths.delete(p.value.length);
        };
      }
      case 'numeric':
        return this.ranges.add(p, g);
      case 'anything-but':
      case 'anything-but-prefix':
        return this.exclusions.add(p, g);
      case 'exists': {
        const list = p.value ? this.present : this.absent;
        list.push(g);
        return () => removeFrom(list, g);
      }
      default: {
        const scan: Scan = { group: g, test: compilePredicate(p) };
        this.scans.push(scan);
        return () => removeFrom(this.scans, scan);
      }
    }
  }

  /** Every group with a condition that `v` satisfies (presence aside), without duplicates. */
  private satisfiedBy(v: unknown): Group[] {
    const out: Group[] = [];
    const push = (list: Group[] | undefined) => {
      if (list) out.push(...list);
    };
    if (typeof v === 'string') {
      push(this.exactStrings.get(v));
      push(this.ignoreCase.get(foldCase(v)));
      for (const n of this.prefixLengths.values) if (n <= v.length) push(this.prefixes.get(v.slice(0, n)));
      for (const n of this.suffixLengths.values) if (n <= v.length) push(this.suffixes.get(v.slice(v.length - n)));
    } else if (typeof v === 'number') {
      push(this.exactNumbers.get(numericKey(v)));
      if (Number.isFinite(v)) this.ranges.collect(v, out);
    } else {
      push(this.literals.get(v as boolean | null));
    }
    this.exclusions.collect(v, out);
    for (const s of this.scans) if (s.test(v)) out.push(s.group);
    return [...new Set(out)];
  }

  private hitsFor(v: unknown): Hits {
    const groups = this.satisfiedBy(v);
    const direct = groups.filter((g) => g.direct !== undefined);
    return { slots: Int32Array.from(direct, (g) => g.direct!.slot), groups: groups.filter((g) => g.direct === undefined) };
  }

  /**
   * Hits every group with a condition that `v` satisfies. Values recur across messages (street
   * names, types, flags), so each field caches value → hits, bounded, cleared on any change.
   */
  probe(v: unknown, ctx: RouteContext): void {
    const key = typeof v === 'number' ? numericKey(v) : v;
    let hits = this.cache.get(key);
    if (hits === undefined) {
      hits = this.hitsFor(v);
      const size = hits.slots.length + hits.groups.length;
      if (this.cache.size < MAX_CACHED_VALUES && this.cachedGroups + size <= MAX_CACHED_GROUPS) {
        this.cache.set(key, hits);
        this.cachedGroups += size;
      }
    }
    const slots = hits.slots;
    for (let i = 0; i < slots.length; i++) markSlot(slots[i] as number, ctx);
    const groups = hits.groups;
    for (let i = 0; i < groups.length; i++) hitGroup(groups[i] as Group, ctx);
  }

  /** Hits the groups for this message's values: each value, then `exists` by presence. */
  settle(values: readonly unknown[] | undefined, present: boolean, ctx: RouteContext): void {
    if (values !== undefined) for (let i = 0; i < values.length; i++) this.probe(values[i], ctx);
    hitGroups(present ? this.present : this.absent, ctx);
  }
}
