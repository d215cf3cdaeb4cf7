/**
 * Maps a JSON message's raw text to its leaf values: the span of each string's content (between
 * the quotes, escapes kept raw, as AWS counts offsets in the raw body), number or literal. Pointers
 * and member names (which count as keywords, per Macie) are built lazily from a parent table, only
 * for the few leaves that hold a finding, so indexing a 256 KB message allocates almost nothing.
 * The text is read with @arbiter/ir's JSON kit (the same validating readers as the SNS router).
 */
import { decodeStringContent, joinPointer, skipScalar, skipString, skipWhitespace } from '@arbiter/ir';

/** Leaves in document order; node 0 is the root value, every other node a member or element. */
export interface JsonIndex {
  /** Raw [start, end) of each leaf (string content without its quotes). */
  leafStart: number[];
  leafEnd: number[];
  /** The node of each leaf. */
  leafNode: number[];
  /** Parent node of each node (-1 for the root). */
  parent: number[];
  /** Member name span [keyStart, keyEnd) in the raw text, or keyStart = -1 - index for an array element. */
  keyStart: number[];
  keyEnd: number[];
  /** Whether some member name contains an escape (its raw text then differs from the name). */
  escapedKeys: boolean;
  text: string;
  /** Pointers built so far, by node (siblings share their parent's). */
  pointers: Array<string | undefined>;
}

const MAX_DEPTH = 512;
/**
 * A character JSON strings may not hold raw (tab, newline and return among them, so pretty-printed
 * text takes the general path). A backslash is looked for first, by a native search (50 times
 * faster than this class, which the regex engine must test at every position).
 */
const CONTROL = /[\u0000-\u001f]/;

class NotJson extends Error {}

/** True when the raw text in [start, end) holds a backslash (an escape). */
function hasEscape(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (t.charCodeAt(i) === 92) return true;
  return false;
}

/** Walks the text with the JSON kit's validating readers, recording spans instead of values. */
class Parser {
  pos = 0;
  readonly index: JsonIndex;
  /** True when the text has no backslash and no control character, so every string is valid as written. */
  readonly plain: boolean;
  constructor(readonly text: string) {
    this.plain = !text.includes('\\') && !CONTROL.test(text);
    this.index = { leafStart: [], leafEnd: [], leafNode: [], parent: [], keyStart: [], keyEnd: [], escapedKeys: false, text, pointers: [''] };
  }

  /** Skips the string token at `pos`; returns its content start (its end is `pos - 1` afterwards). */
  string(): number {
    const start = this.pos + 1;
    if (this.text.charCodeAt(this.pos) !== 34) throw new NotJson();
    if (this.plain) {
      // No escape or control character anywhere: the string ends at the next quote (a native search).
      const close = this.text.indexOf('"', start);
      if (close < 0) throw new NotJson();
      this.pos = close + 1;
    } else if ((this.pos = skipString(this.text, this.pos)) < 0) throw new NotJson();
    return start;
  }

  node(parent: number, keyStart: number, keyEnd: number): number {
    const ix = this.index;
    ix.parent.push(parent);
    ix.keyStart.push(keyStart);
    ix.keyEnd.push(keyEnd);
    return ix.parent.length - 1;
  }

  value(node: number, depth: number): void {
    if (depth > MAX_DEPTH) throw new NotJson();
    const t = this.text;
    const ix = this.index;
    this.pos = skipWhitespace(t, this.pos);
    const c = t.charCodeAt(this.pos);
    if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      this.pos = skipWhitespace(t, this.pos + 1);
      if (t.charCodeAt(this.pos) === close) return void this.pos++;
      for (let i = 0; ; i++) {
        this.pos = skipWhitespace(t, this.pos);
        if (c === 123) {
          const ks = this.string();
          const ke = this.pos - 1;
          if (!this.plain && hasEscape(t, ks, ke)) ix.escapedKeys = true;
          this.pos = skipWhitespace(t, this.pos);
          if (t.charCodeAt(this.pos++) !== 58) throw new NotJson();
          this.value(this.node(node, ks, ke), depth + 1);
        } else this.value(this.node(node, -1 - i, 0), depth + 1);
        this.pos = skipWhitespace(t, this.pos);
        const sep = t.charCodeAt(this.pos++);
        if (sep === close) return;
        if (sep !== 44) throw new NotJson();
      }
    }
    let start: number;
    let end: number;
    if (c === 34) {
      start = this.string();
      end = this.pos - 1;
    } else {
      start = this.pos;
      end = this.pos = skipScalar(t, start);
      if (end < 0) throw new NotJson();
    }
    ix.leafStart.push(start);
    ix.leafEnd.push(end);
    ix.leafNode.push(node);
  }
}

/** The leaves of `text` in document order, or undefined when it is not a JSON object or array. */
export function indexJsonLeaves(text: string): JsonIndex | undefined {
  const first = /\S/.exec(text);
  if (!first || (first[0] !== '{' && first[0] !== '[')) return undefined;
  const parser = new Parser(text);
  parser.pos = first.index;
  try {
    parser.value(parser.node(-1, -1, 0), 0);
    return skipWhitespace(text, parser.pos) === text.length ? parser.index : undefined;
  } catch {
    return undefined;
  }
}

/** The index of the leaf containing [start, end), by binary search, or -1. */
export function leafAt(index: JsonIndex, start: number, end: number): number {
  const starts = index.leafStart;
  const ends = index.leafEnd;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else if (starts[mid]! > start) hi = mid - 1;
    else return end <= ends[mid]! ? mid : -1;
  }
  return -1;
}

/** The member name of a member node (decoded), or undefined for an array element or the root. */
export function keyOf(index: JsonIndex, node: number): string | undefined {
  const ks = index.keyStart[node]!;
  if (ks < 0) return undefined;
  return decodeStringContent(index.text, ks, index.keyEnd[node]!);
}

/** The RFC 6901 pointer of a node (memoised per node, so a parent's pointer is built once). */
export function pointerOf(index: JsonIndex, node: number): string {
  let pointer = index.pointers[node];
  if (pointer !== undefined) return pointer;
  const parent = pointerOf(index, index.parent[node]!);
  const token = keyOf(index, node) ?? -1 - index.keyStart[node]!;
  // Escaping without a regex in the common case (no `~` or `/`).
  pointer = typeof token === 'number' || (!token.includes('~') && !token.includes('/')) ? `${parent}/${token}` : joinPointer(parent, token);
  index.pointers[node] = pointer;
  return pointer;
}

/** Member names from the root to a node (array indices omitted). */
export function keysOf(index: JsonIndex, node: number): string[] {
  const keys: string[] = [];
  for (let n = node; n > 0; n = index.parent[n]!) {
    const key = keyOf(index, n);
    if (key !== undefined) keys.push(key);
  }
  return keys.reverse();
}
