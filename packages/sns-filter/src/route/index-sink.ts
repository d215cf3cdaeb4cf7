/**
 * The router's side of the IR's `IndexSink`: the structures of one field, bound to one group. A
 * predicate's definition (its `index` hook) picks the structure; this file only files it.
 */
import { definitionOf, numericKey, type IndexSink, type Predicate, type Scalar, type Undo } from '@arbiter/ir';
import type { FieldIndex, Scan } from './field-index.js';
import { addToListMap } from './list-map.js';
import type { SortedLengths } from './sorted-lengths.js';
import type { Group } from './state.js';

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

function byLength(map: Map<string, Group[]>, lengths: SortedLengths, value: string, g: Group): () => void {
  const undo = addToListMap(map, value, g);
  lengths.add(value.length);
  return () => {
    undo();
    lengths.delete(value.length);
  };
}

/** Same members, in any order (`exists` lists). */
function sameValues(a: readonly Scalar[], b: readonly Scalar[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function indexSink(f: FieldIndex, g: Group): IndexSink {
  return {
    exact(value) {
      if (typeof value === 'string') return addToListMap(f.exactStrings, value, g);
      if (typeof value === 'number') return addToListMap(f.exactNumbers, numericKey(value), g);
      return addToListMap(f.literals, value, g);
    },
    folded: (folded) => addToListMap(f.ignoreCase, folded, g),
    prefix: (value) => byLength(f.prefixes, f.prefixLengths, value, g),
    suffix: (value) => byLength(f.suffixes, f.suffixLengths, value, g),
    range: (lower, upper) => f.ranges.add(lower, upper, g),
    doubleRange(lower, upper) {
      // [n, n]: an exact number, probed by the field's number plan (number-plan.ts).
      const point = lower !== undefined && upper !== undefined && lower.inclusive && upper.inclusive && lower.value === upper.value && Number.isFinite(lower.value);
      return point ? addToListMap(f.exactDoubles, lower.value, g) : f.ranges.add(lower, upper, g, true);
    },
    excludeValues: (values) => f.exclusions.addValues(values, g),
    excludePrefix: (value) => f.exclusions.addPrefix(value, g),
    presence(present, ignoring) {
      // The field's walker decides presence (body: some value other than null or ""); a
      // predicate meaning another presence cannot be counted here.
      if (!sameValues(ignoring, f.presenceIgnores)) return undefined;
      const list = present ? f.present : f.absent;
      list.push(g);
      return () => removeFrom(list, g);
    },
  };
}

/**
 * Files predicate `p` of group `g` where its definition's index hook says, or, without a hook, as
 * a residual scan of its compiled test; `undefined` when it cannot be indexed in `f` (a presence
 * this field does not define: presence cannot be tested value by value).
 */
export function indexPredicate(f: FieldIndex, p: Predicate, g: Group): Undo | undefined {
  const definition = definitionOf(p);
  const undo = definition.index?.(p, indexSink(f, g));
  if (undo !== undefined || definition.presence) return undo;
  const scan: Scan = { group: g, test: definition.compile(p) };
  f.scans.push(scan);
  return () => removeFrom(f.scans, scan);
}
