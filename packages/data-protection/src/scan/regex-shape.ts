/**
 * What the windowed scan needs to know about a pattern, read from its source: the characters a
 * match may consume (an over-approximation: every class, escape and literal outside lookarounds)
 * and how far its lookarounds reach beyond the consumed text. A character outside the alphabet is
 * a barrier: no match contains it, so the scan may restart just after it with the same results
 * as a scan from the start of the text.
 */

export interface RegexShape {
  /** Whether a match may consume the UTF-16 code unit `c` (cached per code unit). */
  consumes(c: number): boolean;
  /** Characters a lookaround or `\b` may read before the match start or after the match end. */
  reach: number;
  /** Matches a character that can start a match; a text without one has no match (absent when anything can). */
  first?: RegExp;
}

/** A parsed fragment: its longest match, whether it can match empty, and what can start it (null: anything). */
interface Fragment {
  max: number;
  nullable: boolean;
  first: string[] | null;
}

const EMPTY: Fragment = { max: 0, nullable: true, first: [] };

function union(a: string[] | null, b: string[] | null): string[] | null {
  return a === null || b === null ? null : [...a, ...b];
}

class ShapeParser {
  i = 0;
  look = 0;
  reach = 0;
  readonly pieces: string[] = [];
  constructor(readonly src: string) {}

  /** An alternation up to `)` or the end. */
  alternation(): Fragment {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      out = { max: Math.max(out.max, next.max), nullable: out.nullable || next.nullable, first: union(out.first, next.first) };
    }
    return out;
  }

  sequence(): Fragment {
    const out: Fragment = { max: 0, nullable: true, first: [] };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      // What can start the sequence: the atoms up to the first one that cannot match empty.
      if (out.nullable) out.first = union(out.first, atom.first);
      out.nullable &&= atom.nullable || min === 0;
      out.max += atom.max * max;
    }
    return out;
  }

  /** A quantifier after an atom, as its [min, max] repeat counts ([1, 1] when there is none). */
  quantifier(): [number, number] {
    const s = this.src;
    const c = s[this.i];
    let range: [number, number];
    if (c === '*' || c === '+' || c === '?') {
      range = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity];
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return [1, 1];
      range = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      this.i += m[0].length;
    } else return [1, 1];
    if (s[this.i] === '?') this.i++; // lazy
    return range;
  }

  /** One atom; records the characters it consumes outside lookarounds. */
  atom(): Fragment {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      const m = /^\((\?(?:[=!]|<[=!]|:|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(this.i))!;
      this.i += m[0].length;
      const lookaround = m[1] !== undefined && /^\?<?[=!]$/.test(m[1]);
      if (lookaround) this.look++;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      if (!lookaround) return inner;
      this.look--;
      this.reach += inner.max; // summed, so nested lookarounds are covered too
      return EMPTY;
    }
    if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      const piece = s.slice(this.i, j + 1);
      this.i = j + 1;
      return this.consume(piece);
    }
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') throw new Error('anchors would match at a region edge');
    return this.consume(c === '.' ? '.' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }

  escape(): Fragment {
    const s = this.src;
    const e = s[this.i + 1]!;
    const start = this.i;
    this.i += 2;
    if (e === 'b' || e === 'B') {
      this.reach += 1;
      return EMPTY;
    }
    if (/[1-9]/.test(e) || e === 'k') {
      // A back-reference consumes what its group consumed (already recorded).
      while (/\d/.test(s[this.i] ?? '')) this.i++;
      if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
      return { max: Infinity, nullable: true, first: null };
    }
    if (e === 'p' || e === 'P') this.i = s.indexOf('}', this.i) + 1;
    else if (e === 'u') this.i += s[this.i] === '{' ? s.indexOf('}', this.i) + 1 - this.i : 4;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
    return this.consume(/[dDwWsSpPuxcntrfv0]/.test(e) ? s.slice(start, this.i) : `\\u${e.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }

  consume(piece: string): Fragment {
    if (this.look === 0) this.pieces.push(piece);
    return { max: 1, nullable: false, first: [piece] };
  }
}

/** Reads the shape of a JS regex source; undefined when the source uses syntax this reader does not know. */
export function regexShape(source: string, flags: string): RegexShape | undefined {
  const parser = new ShapeParser(source);
  let whole: Fragment;
  try {
    whole = parser.alternation();
    if (parser.i !== source.length || parser.reach === Infinity) return undefined;
  } catch {
    return undefined;
  }
  const pieceFlags = flags.replace(/[gyd]/g, '');
  const alphabet = new RegExp(`^(?:${parser.pieces.join('|') || '[]'})$`, pieceFlags);
  const unicode = pieceFlags.includes('u') || pieceFlags.includes('v');
  const known = new Uint8Array(65536); // 1: consumed, 2: barrier
  const shape: RegexShape = {
    reach: parser.reach,
    consumes(c) {
      const k = known[c];
      if (k) return k === 1;
      // A unicode pattern consumes surrogate pairs whole, so a surrogate is never a barrier there.
      const yes = (unicode && c >= 0xd800 && c <= 0xdfff) || alphabet.test(String.fromCharCode(c));
      known[c] = yes ? 1 : 2;
      return yes;
    },
  };
  if (!whole.nullable && whole.first && whole.first.length > 0) shape.first = new RegExp(`(?:${whole.first.join('|')})`, pieceFlags);
  return shape;
}
