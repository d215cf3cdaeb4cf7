/**
 * The compiled scanner's keyword finder: one pass over the text with a trie of every enabled
 * identifier's keywords, recording where each identifier's keywords end. Candidates then ask
 * "does a keyword end within the window before me?" with a binary search. The pass only descends
 * the trie at word starts (keywords start there), tracking the character class as it goes.
 */
import { normalizeKeyword } from './keyword-rules.js';
import { charClass, isWordCode, isWordEnd, lowerCode, lowerText } from './text-chars.js';

interface Terminal {
  owners: number[];
  /** A one-word keyword ending in a word character must end at a word end. */
  wordEnd: boolean;
  keyword: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The edge for a space inside a keyword: matches ` `, `_`, `-` or nothing. */
  space?: TrieNode;
  terminals: Terminal[];
}

const node = (): TrieNode => ({ next: new Map(), terminals: [] });

/** Keyword sets of several identifiers, compiled into one trie. */
export interface KeywordTrie {
  root: TrieNode;
  owners: number;
  /** The root's children by lower-cased ASCII code (the common case, without a Map lookup). */
  firstAscii: Array<TrieNode | undefined>;
}

/** Builds the trie; `keywordsByOwner[i]` are the keywords of owner `i`. */
export function buildKeywordTrie(keywordsByOwner: ReadonlyArray<readonly string[]>): KeywordTrie {
  const root = node();
  keywordsByOwner.forEach((keywords, owner) => {
    for (const raw of keywords) {
      const keyword = lowerText(normalizeKeyword(raw));
      if (keyword === '') continue;
      let cur = root;
      for (let i = 0; i < keyword.length; i++) {
        const c = keyword.charCodeAt(i);
        if (c === 32) cur = cur.space ??= node();
        else {
          let child = cur.next.get(c);
          if (!child) cur.next.set(c, (child = node()));
          cur = child;
        }
      }
      let terminal = cur.terminals.find((t) => t.keyword === keyword);
      const wordEnd = !keyword.includes(' ') && isWordCode(keyword.charCodeAt(keyword.length - 1));
      if (!terminal) cur.terminals.push((terminal = { keyword, owners: [], wordEnd }));
      if (!terminal.owners.includes(owner)) terminal.owners.push(owner);
    }
  });
  const firstAscii = Array.from({ length: 128 }, (_, c) => root.next.get(c));
  return { root, owners: keywordsByOwner.length, firstAscii };
}

/**
 * Keyword occurrences of one text: sorted ends per owner, and every occurrence in order of its
 * start (`start`, `end`, the owners of the keyword), for finding keywords inside JSON member names.
 */
export interface KeywordHits {
  ends: number[][];
  starts: number[];
  hitEnds: number[];
  hitOwners: Array<readonly number[]>;
}

/** Follows the trie from `cur` at text offset `i`, recording keyword ends (`start` is the keyword's start). */
function visit(cur: TrieNode, text: string, start: number, i: number, hits: KeywordHits): void {
  for (const t of cur.terminals) {
    if (t.wordEnd && !isWordEnd(text, i)) continue;
    for (const o of t.owners) hits.ends[o]!.push(i);
    hits.starts.push(start);
    hits.hitEnds.push(i);
    hits.hitOwners.push(t.owners);
  }
  const c = text.charCodeAt(i); // NaN past the end: no child, not a separator
  if (cur.next.size > 0) {
    const child = cur.next.get(c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerCode(c));
    if (child) visit(child, text, start, i + 1, hits);
  }
  if (cur.space) {
    visit(cur.space, text, start, i, hits);
    if (c === 32 || c === 95 || c === 45) visit(cur.space, text, start, i + 1, hits);
  }
}

/** Sorted end offsets (exclusive) of every keyword occurrence, per owner. */
export function findKeywordEnds(trie: KeywordTrie, text: string): number[][] {
  return findKeywordHits(trie, text).ends;
}

/** Every keyword occurrence in `text`: {@link KeywordHits}. */
export function findKeywordHits(trie: KeywordTrie, text: string): KeywordHits {
  const ends: number[][] = [];
  for (let o = 0; o < trie.owners; o++) ends.push([]);
  const hits: KeywordHits = { ends, starts: [], hitEnds: [], hitOwners: [] };
  const { firstAscii, root } = trie;
  const n = text.length;
  let prev = 0; // class of the previous character (start of text counts as a non-word character)
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const cls = c < 128 ? ASCII_CLASS[c]! : charClass(c);
    // A keyword starting with a letter or digit can only start at a word start.
    const skip = cls !== 0 && prev !== 0 && !(prev === 1 && cls === 2);
    prev = cls;
    if (skip) continue;
    const child = c < 128 ? firstAscii[c >= 65 && c <= 90 ? c + 32 : c] : root.next.get(lowerCode(c));
    if (child) visit(child, text, p, p + 1, hits);
  }
  for (const list of ends) if (list.length > 1) list.sort((a, b) => a - b);
  return hits;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));

/** Whether some end in the sorted `ends` lies in [start - window, start]. */
export function hasEndWithin(ends: readonly number[], start: number, window: number): boolean {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < start - window) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo]! <= start;
}

/** The owners with a keyword anywhere in `key` (a JSON member name). */
export function keyOwners(trie: KeywordTrie, key: string): Set<number> {
  const found = new Set<number>();
  findKeywordEnds(trie, key).forEach((list, owner) => {
    if (list.length > 0) found.add(owner);
  });
  return found;
}
