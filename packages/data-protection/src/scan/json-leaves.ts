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

class NotJson extends Error {}

/** The leaves of `text` in document order, or undefined when it is not a JSON object or array. */
export function indexJsonLeaves(text: string): JsonLeaf[] | undefined {
  const first = /\S/.exec(text);
  if (!first || (first[0] !== '{' && first[0] !== '[')) return undefined;
  const leaves: JsonLeaf[] = [];
  let pos = first.index;
  const ws = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const readString = (): [number, number] => {
    if (text[pos] !== '"') throw new NotJson();
    const start = ++pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (Number.isNaN(c) || c < 0x20) throw new NotJson();
      if (c === 34) break;
      pos += c === 92 ? 2 : 1;
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
          const key = JSON.parse(text.slice(ks - 1, ke + 1)) as string;
          ws();
          if (text[pos++] !== ':') throw new NotJson();
          value(joinPointer(pointer, key), [...keys, key], depth + 1);
        } else value(joinPointer(pointer, i), keys, depth + 1);
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
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(pos, pos + 400));
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
