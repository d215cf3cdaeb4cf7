/**
 * Numeric conditions of one field, tested without closures. Bounds are kept as precision keys
 * (`numericKey`, six decimals): since the key is monotonic in the number, `v > lo && !equal(v, lo)`
 * (the reference evaluator's exclusive bound) is exactly `key(v) > key(lo)`, and the inclusive
 * `v >= lo || equal(v, lo)` is `key(v) >= key(lo)`. `double-range` bounds (EventBridge) are kept
 * and compared as the doubles they are.
 */
import { numericKey, type NumericBound } from '@arbiter/ir';
import type { Group } from './state.js';

interface Range {
  group: Group;
  /** Bounds compared as doubles with no rounding (`double-range`), not as precision keys. */
  exact: boolean;
  lo: number;
  loExclusive: boolean;
  hi: number;
  hiExclusive: boolean;
}

export class NumericRanges {
  private ranges: Range[] = [];

  get size(): number {
    return this.ranges.length;
  }

  add(lower: NumericBound | undefined, upper: NumericBound | undefined, group: Group, exact = false): () => void {
    const key = exact ? (n: number) => n : numericKey;
    const range: Range = {
      group,
      exact,
      lo: lower ? key(lower.value) : -Infinity,
      loExclusive: lower ? !lower.inclusive : false,
      hi: upper ? key(upper.value) : Infinity,
      hiExclusive: upper ? !upper.inclusive : false,
    };
    this.ranges.push(range);
    return () => {
      this.ranges = this.ranges.filter((r) => r !== range);
    };
  }

  /** Appends the group of every range holding `v` (a finite number). */
  collect(v: number, out: Group[]): void {
    const rounded = numericKey(v);
    for (const r of this.ranges) {
      const k = r.exact ? v : rounded;
      if (r.loExclusive ? k <= r.lo : k < r.lo) continue;
      if (r.hiExclusive ? k >= r.hi : k > r.hi) continue;
      out.push(r.group);
    }
  }
}
