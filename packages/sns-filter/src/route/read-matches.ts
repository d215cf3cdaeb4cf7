/** Reading a message's matches out of the route context's bitset, in rule order. */
import type { RouteContext } from './state.js';

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Below this many words written per word in range, the written words are sorted and read alone
 * instead of scanning the range (a few matches among many subscriptions).
 */
const SPARSE = 16;

/** Matched ids in slot order, without the poisoned rules; leaves the bitset clear. */
export function readMatches(ctx: RouteContext, ids: readonly string[]): string[] {
  const { bits, poisoned } = ctx;
  for (let i = 0; i < poisoned.length; i++) {
    const slot = poisoned[i]!.slot;
    bits[slot >>> 5]! &= ~(1 << (slot & 31));
  }
  const lo = ctx.lo;
  const hi = ctx.hi;
  const written = ctx.written;
  ctx.lo = 0x7fffffff;
  ctx.hi = -1;
  ctx.written = 0;
  if (written >= 0 && written * SPARSE < hi - lo + 1) return readWords(bits, ctx.words, written, ids);
  // Only the words written for this message.
  let total = 0;
  for (let w = lo; w <= hi; w++) if (bits[w] !== 0) total += popcount(bits[w]!);
  // Sized once: pushing a few hundred ids one by one regrows the array several times.
  const out = new Array<string>(total);
  let k = 0;
  for (let w = lo; k < total; w++) k = readWord(bits, w, ids, out, k);
  return out;
}

/** The ids of the `n` words listed in `words` (in any order, maybe repeated), in slot order. */
function readWords(bits: Int32Array, words: Int32Array, n: number, ids: readonly string[]): string[] {
  // Insertion sort: the list is short.
  for (let i = 1; i < n; i++) {
    const w = words[i]!;
    let j = i - 1;
    while (j >= 0 && words[j]! > w) {
      words[j + 1] = words[j]!;
      j--;
    }
    words[j + 1] = w;
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (i === 0 || words[i] !== words[i - 1]) total += popcount(bits[words[i]!]!);
  const out = new Array<string>(total);
  let k = 0;
  for (let i = 0; i < n; i++) k = readWord(bits, words[i]!, ids, out, k);
  return out;
}

/** Writes word `w`'s ids into `out` from `k` and clears the word; the next free index. */
function readWord(bits: Int32Array, w: number, ids: readonly string[], out: string[], k: number): number {
  let x = bits[w]!;
  if (x === 0) return k;
  bits[w] = 0;
  const base = (w << 5) + 31;
  // Lowest set bit first: slot order within the word.
  while (x !== 0) {
    const low = x & -x;
    out[k++] = ids[base - Math.clz32(low)]!;
    x ^= low;
  }
  return k;
}
