/**
 * Maps a JSON message's raw text to its leaf values: the span of each string's content (between
 * the quotes, escapes kept raw, as AWS counts offsets in the raw body), number or literal, with the
 * value's JSON pointer and the member names on its path (which count as keywords, per Macie).
 */
import { joinPointer } from '@arbiter/ir';

export interface JsonLeaf {
  /** Raw offsets: [start, end) of the value (string content without its quotes). */
  start: number;
  end: number;
  pointer: string;
  /** Member names from the root to this value (array indices omitted). */
  keys: readonly string[];
}

const MAX_DEPTH = 512;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Pointer token escaping without a regex in the common case (no `~` or `/`). */
function appendToken(pointer: string, token: string | number): string {
  if (typeof token === 'number' || (!token.includes('~') && !token.includes('/'))) return `${pointer}/${token}`;
  return joinPointer(pointer, token);
}

class NotJson extends Error {}

/** The leaves of `text` in document order, or undefined when it is not a JSON object or array. */
export function indexJsonLeaves(text: string): JsonLeaf[] | undefined {
  const first = /\S/.exec(text);
  if (!first || (first[0] !== '{' && first[0] !== '[')) return undefined;
  const leaves: JsonLeaf[] = [];
  let pos = first.index;
  const ws = (): void => {
    for (let c = text.charCodeAt(pos); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++pos));
  };
  const readString = (): [number, number] => {
    if (text[pos] !== '"') throw new NotJson();
    const start = ++pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c === 92) pos += 2;
      else if (c >= 0x20) pos++;
      else throw new NotJson(); // control character or end of text (NaN fails every comparison)
    }
    return [start, pos++];
  };
  const value = (pointer: string, keys: string[], depth: number): void => {
    if (depth > MAX_DEPTH) throw new NotJson();
    ws();
    const c = text[pos];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      pos++;
      ws();
      if (text[pos] === close) return void pos++;
      for (let i = 0; ; i++) {
        ws();
        if (c === '{') {
          const [ks, ke] = readString();
          const raw = text.slice(ks, ke);
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          ws();
          if (text[pos++] !== ':') throw new NotJson();
          value(appendToken(pointer, key), [...keys, key], depth + 1);
        } else value(appendToken(pointer, i), keys, depth + 1);
        ws();
        const sep = text[pos++];
        if (sep === close) return;
        if (sep !== ',') throw new NotJson();
      }
    }
    if (c === '"') {
      const [start, end] = readString();
      leaves.push({ start, end, pointer, keys });
      return;
    }
    SCALAR.lastIndex = pos;
    const m = SCALAR.exec(text);
    if (!m) throw new NotJson();
    leaves.push({ start: pos, end: pos + m[0].length, pointer, keys });
    pos += m[0].length;
  };
  try {
    value('', [], 0);
    ws();
    return pos === text.length ? leaves : undefined;
  } catch {
    return undefined;
  }
}

/** The leaf containing [start, end), by binary search over the ordered leaves. */
export function leafAt(leaves: readonly JsonLeaf[], start: number, end: number): JsonLeaf | undefined {
  let lo = 0;
  let hi = leaves.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const leaf = leaves[mid]!;
    if (leaf.end <= start) lo = mid + 1;
    else if (leaf.start > start) hi = mid - 1;
    else return end <= leaf.end ? leaf : undefined;
  }
  return undefined;
}
