/**
 * `anything-but` conditions of one field, inverted: a value satisfies every entry except those
 * that exclude it, so the value's exclusions are looked up by hash (strings and numbers by
 * precision key, prefixes by length) and marked, and all other entries are hit. Exclusion is
 * marked per entry, not per group: `[{"anything-but":"a"},{"anything-but":"b"}]` still matches "a".
 */
import { numericKey, type Scalar } from '@arbiter/ir';
import { addToListMap } from './list-map.js';
import { SortedLengths } from './sorted-lengths.js';
import type { Group } from './state.js';

interface Entry {
  group: Group;
  /** Probe serial of the value that last excluded it. */
  excluded: number;
  /** `anything-but-prefix` entries match strings only. */
  stringsOnly: boolean;
}

export class Exclusions {
  private entries: Entry[] = [];
  private readonly strings = new Map<string, Entry[]>();
  private readonly numbers = new Map<number, Entry[]>();
  private readonly literals = new Map<unknown, Entry[]>();
  private readonly prefixes = new Map<string, Entry[]>();
  private readonly prefixLengths = new SortedLengths();
  private serial = 0;

  get size(): number {
    return this.entries.length;
  }

  /** `anything-but` values: the entry is hit by every value equal to none of them. */
  addValues(values: readonly Scalar[], group: Group): () => void {
    const entry: Entry = { group, excluded: -1, stringsOnly: false };
    const undos: Array<() => void> = [];
    const numbers = new Set<number>();
    for (const v of new Set(values)) {
      if (typeof v === 'string') undos.push(addToListMap(this.strings, v, entry));
      else if (typeof v !== 'number') undos.push(addToListMap(this.literals, v, entry));
      else if (!numbers.has(numericKey(v))) {
        numbers.add(numericKey(v));
        undos.push(addToListMap(this.numbers, numericKey(v), entry));
      }
    }
    return this.track(entry, undos);
  }

  /** `anything-but-prefix`: the entry is hit by every string not starting with `prefix`. */
  addPrefix(prefix: string, group: Group): () => void {
    const entry: Entry = { group, excluded: -1, stringsOnly: true };
    const undos = [addToListMap(this.prefixes, prefix, entry), () => this.prefixLengths.delete(prefix.length)];
    this.prefixLengths.add(prefix.length);
    return this.track(entry, undos);
  }

  private track(entry: Entry, undos: Array<() => void>): () => void {
    this.entries.push(entry);
    return () => {
      for (const u of undos) u();
      this.entries = this.entries.filter((e) => e !== entry);
    };
  }

  private mark(list: Entry[] | undefined, serial: number): void {
    if (list) for (let i = 0; i < list.length; i++) (list[i] as Entry).excluded = serial;
  }

  /** Appends the group of every entry that `v` is not excluded by. */
  collect(v: unknown, out: Group[]): void {
    const serial = ++this.serial;
    const isString = typeof v === 'string';
    if (isString) {
      this.mark(this.strings.get(v), serial);
      const lengths = this.prefixLengths.values;
      for (let i = 0; i < lengths.length; i++) {
        const n = lengths[i] as number;
        if (n > v.length) break;
        this.mark(this.prefixes.get(n === v.length ? v : v.slice(0, n)), serial);
      }
    } else if (typeof v === 'number') {
      this.mark(this.numbers.get(numericKey(v)), serial);
    } else {
      this.mark(this.literals.get(v), serial);
    }
    for (const e of this.entries) if (e.excluded !== serial && (isString || !e.stringsOnly)) out.push(e.group);
  }
}
