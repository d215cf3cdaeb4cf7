/** Reading a message's matches out of the route context's bitset, in rule order. */
import type { RouteContext } from './state.js';

/** Number of set bits in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Matched ids in slot order, without the poisoned rules; leaves the bitset clear. */
export function readMatches(ctx: RouteContext, ids: readonly string[]): string[] {
  const { bits, poisoned } = ctx;
  for (let i = 0; i < poisoned.length; i++) {
    const slot = poisoned[i]!.slot;
    bits[slot >>> 5]! &= ~(1 << (slot & 31));
  }
  // Only the words written for this message.
  const lo = ctx.lo;
  const hi = ctx.hi;
  ctx.lo = 0x7fffffff;
  ctx.hi = -1;
  let total = 0;
  for (let w = lo; w <= hi; w++) if (bits[w] !== 0) total += popcount(bits[w]!);
  // Sized once: pushing a few hundred ids one by one regrows the array several times.
  const out = new Array<string>(total);
  let k = 0;
  for (let w = lo; k < total; w++) {
    let x = bits[w]!;
    if (x === 0) continue;
    bits[w] = 0;
    const base = (w << 5) + 31;
    // Lowest set bit first: slot order within the word.
    while (x !== 0) {
      const low = x & -x;
      out[k++] = ids[base - Math.clz32(low)]!;
      x ^= low;
    }
  }
  return out;
}
