/** A multiset of string lengths kept sorted, for probing prefix/suffix tables by length. */
export class SortedLengths {
  private readonly counts = new Map<number, number>();
  values: number[] = [];

  add(n: number): void {
    const c = this.counts.get(n) ?? 0;
    this.counts.set(n, c + 1);
    if (c === 0) this.values = [...this.counts.keys()].sort((a, b) => a - b);
  }

  delete(n: number): void {
    const c = this.counts.get(n) ?? 0;
    if (c <= 1) {
      this.counts.delete(n);
      this.values = [...this.counts.keys()].sort((a, b) => a - b);
    } else this.counts.set(n, c - 1);
  }
}
