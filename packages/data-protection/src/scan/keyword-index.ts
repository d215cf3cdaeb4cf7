/**
 * The compiled scanner's keyword finder: one pass over the text with a trie of every enabled
 * identifier's keywords, recording where each identifier's keywords end. Candidates then ask
 * "does a keyword end within the window before me?" with a binary search.
 */
import { keywordBoundariesHold, normalizeKeyword } from './keyword-rules.js';
import { isWordCode, isWordStart, lowerCode, lowerText } from './text-chars.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The edge for a space inside a keyword: matches ` `, `_`, `-` or nothing. */
  space?: TrieNode;
  terminals: Array<{ keyword: string; owners: number[] }>;
}

const node = (): TrieNode => ({ next: new Map(), terminals: [] });

/** Keyword sets of several identifiers, compiled into one trie. */
export interface KeywordTrie {
  root: TrieNode;
  owners: number;
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
      if (!terminal) cur.terminals.push((terminal = { keyword, owners: [] }));
      if (!terminal.owners.includes(owner)) terminal.owners.push(owner);
    }
  });
  return { root, owners: keywordsByOwner.length };
}

/** Sorted end offsets (exclusive) of every keyword occurrence, per owner. */
export function findKeywordEnds(trie: KeywordTrie, text: string): number[][] {
  const ends: number[][] = Array.from({ length: trie.owners }, () => []);
  const n = text.length;
  const visit = (cur: TrieNode, start: number, i: number): void => {
    for (const t of cur.terminals) {
      if (!keywordBoundariesHold(t.keyword, text, start, i)) continue;
      for (const o of t.owners) ends[o]!.push(i);
    }
    if (i < n) {
      const child = cur.next.get(lowerCode(text.charCodeAt(i)));
      if (child) visit(child, start, i + 1);
    }
    if (cur.space) {
      visit(cur.space, start, i);
      const c = text.charCodeAt(i);
      if (i < n && (c === 32 || c === 95 || c === 45)) visit(cur.space, start, i + 1);
    }
  };
  const first = trie.root.next;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const child = first.get(lowerCode(c));
    // A keyword starting with a letter or digit can only start at a word start.
    if (child && (!isWordCode(c) || isWordStart(text, p))) visit(child, p, p + 1);
  }
  for (const list of ends) list.sort((a, b) => a - b);
  return ends;
}

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

/** Whether any of the owner's keywords occurs anywhere in `key` (a JSON member name). */
export function keyOwners(trie: KeywordTrie, key: string): Set<number> {
  const found = new Set<number>();
  findKeywordEnds(trie, key).forEach((list, owner) => {
    if (list.length > 0) found.add(owner);
  });
  return found;
}
