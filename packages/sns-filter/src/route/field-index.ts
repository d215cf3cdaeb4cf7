/**
 * The index for one message field (an attribute name or a body path) across all subscriptions:
 * exact values by Map, prefixes and suffixes by Map per length, equals-ignore-case by folded
 * value, `exists` by presence; the rest (numeric, cidr, anything-but) as a scan list of compiled
 * tests. Probing a value hits exactly the groups with a condition that value satisfies.
 */
import { compilePredicate, foldCase, numericKey, type Predicate, type ValueTest } from '@arbiter/ir';
import { SortedLengths } from './sorted-lengths.js';
import { hitGroup, hitGroups, type Group, type RouteContext } from './state.js';

interface Scan {
  group: Group;
  test: ValueTest;
}

function addTo<K>(map: Map<K, Group[]>, key: K, g: Group): () => void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(g);
  return () => {
    const l = map.get(key);
    if (!l) return;
    const i = l.indexOf(g);
    if (i >= 0) l.splice(i, 1);
    if (l.length === 0) map.delete(key);
  };
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
  readonly scans: Scan[] = [];
  /** `exists: true` groups and `exists: false` groups. */
  readonly present: Group[] = [];
  readonly absent: Group[] = [];
  /** Registrations, to drop the index when the last one goes. */
  users = 0;
  /** Per message: the epoch the values were collected in, and the values. */
  stamp = -1;
  values: unknown[] = [];

  constructor(readonly key: string) {}

  /** Registers one condition of group `g`; returns its undo. */
  add(p: Predicate, g: Group): () => void {
    this.users++;
    const undo = this.register(p, g);
    return () => {
      undo();
      this.users--;
    };
  }

  private register(p: Predicate, g: Group): () => void {
    switch (p.op) {
      case 'exact':
        if (typeof p.value === 'string') return addTo(this.exactStrings, p.value, g);
        if (typeof p.value === 'number') return addTo(this.exactNumbers, numericKey(p.value), g);
        return addTo(this.literals, p.value, g);
      case 'equals-ignore-case':
        return addTo(this.ignoreCase, foldCase(p.value), g);
      case 'prefix':
      case 'suffix': {
        const [map, lengths] = p.op === 'prefix' ? [this.prefixes, this.prefixLengths] : [this.suffixes, this.suffixLengths];
        const undo = addTo(map, p.value, g);
        lengths.add(p.value.length);
        return () => {
          undo();
          lengths.delete(p.value.length);
        };
      }
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

  /** Hits every group with a condition that `v` satisfies (presence aside). */
  probe(v: unknown, ctx: RouteContext): void {
    if (typeof v === 'string') {
      if (this.exactStrings.size > 0) hitGroups(this.exactStrings.get(v), ctx);
      if (this.ignoreCase.size > 0) hitGroups(this.ignoreCase.get(foldCase(v)), ctx);
      const pl = this.prefixLengths.values;
      for (let i = 0; i < pl.length; i++) {
        const n = pl[i] as number;
        if (n > v.length) break;
        hitGroups(this.prefixes.get(n === v.length ? v : v.slice(0, n)), ctx);
      }
      const sl = this.suffixLengths.values;
      for (let i = 0; i < sl.length; i++) {
        const n = sl[i] as number;
        if (n > v.length) break;
        hitGroups(this.suffixes.get(n === v.length ? v : v.slice(v.length - n)), ctx);
      }
    } else if (typeof v === 'number') {
      if (this.exactNumbers.size > 0) hitGroups(this.exactNumbers.get(numericKey(v)), ctx);
    } else if (this.literals.size > 0) {
      hitGroups(this.literals.get(v as boolean | null), ctx);
    }
    const scans = this.scans;
    const epoch = ctx.epoch;
    for (let i = 0; i < scans.length; i++) {
      const s = scans[i] as Scan;
      if (s.group.stamp !== epoch && s.test(v)) hitGroup(s.group, ctx);
    }
  }

  /** Hits the groups for this message's values: each value, then `exists` by presence. */
  settle(values: readonly unknown[] | undefined, present: boolean, ctx: RouteContext): void {
    if (values !== undefined) for (let i = 0; i < values.length; i++) this.probe(values[i], ctx);
    hitGroups(present ? this.present : this.absent, ctx);
  }
}
