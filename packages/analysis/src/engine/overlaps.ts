/** Strings that end with one constant and start with another. */

/** `p` and `x` laid over each other where `p`'s end equals `x`'s start. */
export function overlaps(p: string, x: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < Math.min(p.length, x.length); k++) if (p.endsWith(x.slice(0, k))) out.push(p + x.slice(k));
  return out;
}
