/**
 * Finding one glob segment that holds `?` (a don't-care) inside a value: the bit-parallel
 * Shift-And automaton. Bit j of the state says "the segment's first j + 1 characters end here";
 * each value character shifts the state and masks it with that character's bits, so every value
 * character is read once, whatever the pattern: O(value × ⌈segment / 32⌉) word operations, linear
 * in the value for any segment up to 32 characters, with no re-reading after a failed try.
 * (Anchoring on a literal run and checking each of its hits cost O(value × segment) on
 * `a?a?…a?b` against `aaaa…`.)
 */
/** A glob pattern's text and wildcard mask (glob.ts's `GlobPattern`, restated to keep imports one-way). */
interface Pattern {
  text: string;
  kinds: string;
}

/** Work done by {@link findWithDontCares}, in word operations; read by tests to show linearity. */
export const segmentWork = { words: 0 };

interface Automaton {
  words: number;
  /** Bits of the `?` positions: the mask of any character the segment does not name. */
  anyChar: Uint32Array;
  masks: Map<number, Uint32Array>;
}

const automata = new WeakMap<Pattern, Map<number, Automaton>>();

function automaton(p: Pattern, from: number, to: number): Automaton {
  let byStart = automata.get(p);
  if (!byStart) automata.set(p, (byStart = new Map()));
  const cached = byStart.get(from);
  if (cached) return cached;
  const words = Math.ceil((to - from) / 32);
  const anyChar = new Uint32Array(words);
  for (let j = 0; j < to - from; j++) if (p.kinds.charCodeAt(from + j) === 63 /* ? */) anyChar[j >>> 5]! |= 1 << (j & 31);
  const masks = new Map<number, Uint32Array>();
  for (let j = 0; j < to - from; j++) {
    if (p.kinds.charCodeAt(from + j) === 63) continue;
    const c = p.text.charCodeAt(from + j);
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = anyChar.slice()));
    mask[j >>> 5]! |= 1 << (j & 31);
  }
  const built = { words, anyChar, masks };
  byStart.set(from, built);
  return built;
}

/**
 * Leftmost offset ≥ `at` where pattern characters [from, to) (some of them `?`) match inside
 * `value` before `end`; -1 if none.
 */
export function findWithDontCares(p: Pattern, from: number, to: number, value: string, at: number, end: number): number {
  const m = to - from;
  if (m === 0) return at <= end ? at : -1;
  const { words, anyChar, masks } = automaton(p, from, to);
  const lastWord = (m - 1) >>> 5;
  const lastBit = 1 << ((m - 1) & 31);
  const state = new Uint32Array(words);
  // Words from `active` up are zero; a bit moves up one position per character, so one step
  // touches the active words and the first zero one (which takes the carry).
  let active = 0;
  let work = 0;
  for (let t = at; t < end; t++) {
    const mask = masks.get(value.charCodeAt(t)) ?? anyChar;
    const top = Math.min(words - 1, active);
    let carry = 1;
    let highest = -1;
    for (let w = 0; w <= top; w++) {
      const s = state[w]!;
      const next = ((s << 1) | carry) & mask[w]!;
      carry = s >>> 31;
      state[w] = next;
      if (next !== 0) highest = w;
    }
    work += top + 1;
    active = highest + 1;
    if ((state[lastWord]! & lastBit) !== 0) {
      segmentWork.words += work;
      return t - m + 1;
    }
  }
  segmentWork.words += work;
  return -1;
}
