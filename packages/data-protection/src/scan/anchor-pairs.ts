/**
 * Anchors written as alternatives of two characters, one literal and one class (`\d\.`,
 * `[0-9A-Fa-f:]:`, `:[0-9A-Fa-f]`, the IP address anchors): their positions come from a native
 * search for the literal and a cached test of its neighbour, instead of a regex tried at every
 * position of the text (three times faster on JSON, where `:` and `.` are common but sparse).
 */

/** One alternative: the literal, its offset in the two characters, and the class of the other. */
interface PairAlternative {
  literal: string;
  offset: 0 | 1;
  other: RegExp;
  /** Per code unit: 0 not yet known, 1 in the class, 2 not. */
  known: Uint8Array;
}

const ESCAPED_LITERAL = /^\\[.^$*+?()[\]{}|\\/-]$/;
const CLASS_ATOM = /^(?:\\[dDwWsS]|\[(?:[^\]\\]|\\.)+\])$/;
const ATOM = /\\.|\[(?:[^\]\\]|\\.)+\]|./g;

/** The alternatives of `source` when every one is a literal and a class, else undefined. */
function parse(source: string): PairAlternative[] | undefined {
  if (/[()]/.test(source)) return undefined;
  const out: PairAlternative[] = [];
  for (const alternative of source.split('|')) {
    const atoms = alternative.match(ATOM) ?? [];
    if (atoms.length !== 2) return undefined;
    const literalAt = atoms.findIndex((a) => ESCAPED_LITERAL.test(a) || (a.length === 1 && !/[\\^$.*+?()[\]{}|]/.test(a)));
    const classAtom = atoms[1 - literalAt];
    if (literalAt < 0 || classAtom === undefined || !CLASS_ATOM.test(classAtom)) return undefined;
    const literal = atoms[literalAt]!;
    out.push({ literal: literal.length === 2 ? literal[1]! : literal, offset: literalAt as 0 | 1, other: new RegExp(classAtom), known: new Uint8Array(65536) });
  }
  return out;
}

const parsed = new Map<string, PairAlternative[] | undefined>();

/** Whether `at` can be searched by {@link pairAnchorPositions}. */
export function pairAnchor(at: string): PairAlternative[] | undefined {
  if (!parsed.has(at)) parsed.set(at, parse(at));
  return parsed.get(at);
}

function inClass(alternative: PairAlternative, c: number): boolean {
  let k = alternative.known[c];
  if (!k) alternative.known[c] = k = alternative.other.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Merges sorted lists into one sorted list without repeats. */
function mergeUnique(lists: readonly number[][]): number[] {
  let out = lists[0] ?? [];
  for (let l = 1; l < lists.length; l++) {
    const a = out;
    const b = lists[l]!;
    out = [];
    for (let i = 0, j = 0; i < a.length || j < b.length; ) {
      const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
      if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
    }
  }
  return out;
}

/** Sorted positions where some alternative matches (as `RegExp` would find them, overlaps included); undefined past `limit`. */
export function pairAnchorPositions(text: string, alternatives: readonly PairAlternative[], limit: number): number[] | undefined {
  const lists: number[][] = [];
  // One search per literal character, shared by the alternatives built on it (`[…]:` and `:[…]`).
  for (const literal of new Set(alternatives.map((a) => a.literal))) {
    const mine = alternatives.filter((a) => a.literal === literal).sort((a, b) => b.offset - a.offset);
    const list: number[] = [];
    for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) {
      for (const alternative of mine) {
        const p = q - alternative.offset;
        const other = p + 1 - alternative.offset;
        if (p < 0 || other >= text.length || !inClass(alternative, text.charCodeAt(other))) continue;
        if (list.length > 0 && list[list.length - 1] === p) continue;
        if (list.length >= limit) return undefined;
        list.push(p);
      }
    }
    lists.push(list);
  }
  const positions = mergeUnique(lists);
  return positions.length > limit ? undefined : positions;
}
