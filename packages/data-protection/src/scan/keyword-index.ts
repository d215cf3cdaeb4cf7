/**
 * The compiled scanner's keyword finder: one pass over the text with a trie of every enabled
 * identifier's keywords, recording where each identifier's keywords end. Candidates then ask
 * "does a keyword end within the window before me?" with a binary search. The pass only descends
 * the trie at word starts (keywords start there), tracking the character class as it goes.
 */
import { normalizeKeyword } from './keyword-rules.js';
import { charClass, isWordCode, isWordEnd, lowerCode, lowerText } from './text-chars.js';

const NO_ENDS: number[] = [];
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));
const LOWER_ASCII = Uint8Array.from({ length: 128 }, (_, c) => lowerCode(c));

interface Terminal {
  /** Owners of the keyword. */
  owners: number[];
  /** Owners of it as an anchor word: only its ends are recorded, and not past `anchorCap`. */
  anchors: number[];
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

/**
 * The trie as the scan walks it: a node with one child (most of them, inside a keyword) holds it
 * in `one`/`oneChild`; a node with several holds ASCII children in an array, others in a Map.
 */
interface FastNode {
  one: number;
  oneChild: FastNode | undefined;
  many: Array<FastNode | undefined> | undefined;
  other: Map<number, FastNode> | undefined;
  space: FastNode | undefined;
  terminals: Terminal[] | undefined;
}

function toFast(n: TrieNode): FastNode {
  const fast: FastNode = { one: -1, oneChild: undefined, many: undefined, other: undefined, space: undefined, terminals: undefined };
  if (n.terminals.length > 0) fast.terminals = n.terminals;
  if (n.space) fast.space = toFast(n.space);
  if (n.next.size === 1) {
    const [code, child] = [...n.next][0]!;
    fast.one = code;
    fast.oneChild = toFast(child);
  } else {
    for (const [code, child] of n.next) {
      if (code < 128) (fast.many ??= [])[code] = toFast(child);
      else (fast.other ??= new Map()).set(code, toFast(child));
    }
  }
  return fast;
}

/** The child of `node` for the lower-cased code unit `lc`. */
function childOf(node: FastNode, lc: number): FastNode | undefined {
  if (lc === node.one) return node.oneChild;
  if (lc < 128) return node.many?.[lc];
  return node.other?.get(lc);
}

/** Keyword sets of several identifiers, compiled into one trie. */
export interface KeywordTrie {
  root: FastNode;
  owners: number;
  /**
   * A filter on the first three (lower-cased ASCII) characters of a word, so most words are
   * skipped without a walk: per first character 0 (no keyword starts with it), 1 (look the
   * second up in `pairs`) or 2 (always follow the trie); per pair the same, with 1 meaning "look
   * the third up in the `triples` bit set". A non-ASCII character after the first is always walked.
   */
  firstKind: Uint8Array;
  pairs: Uint8Array;
  triples: Uint32Array;
}

/** Whether a walk must go on at `n` whatever the next character (a keyword ends there, or a space edge leaves it). */
const mustWalk = (n: FastNode): boolean => n.terminals !== undefined || n.space !== undefined;

/** Builds the three-character filter of {@link KeywordTrie}. */
function buildFilter(root: FastNode): Pick<KeywordTrie, 'firstKind' | 'pairs' | 'triples'> {
  const firstKind = new Uint8Array(128);
  const pairs = new Uint8Array(128 * 128);
  const triples = new Uint32Array((128 * 128 * 128) >> 5);
  for (let a = 0; a < 128; a++) {
    const child = childOf(root, a);
    if (!child) continue;
    firstKind[a] = mustWalk(child) ? 2 : 1;
    for (let b = 0; b < 128; b++) {
      const second = childOf(child, b);
      if (!second) continue;
      // A keyword ending here must be recorded whatever follows; otherwise the third character
      // must continue the trie: a child, or (over a space edge) a separator or the space's child.
      pairs[a * 128 + b] = second.terminals ? 2 : 1;
      const space = second.space;
      for (let c = 0; c < 128; c++) {
        const bit = (a * 128 + b) * 128 + c;
        const next = childOf(second, c) ?? (space && (c === 32 || c === 95 || c === 45 ? space : childOf(space, c)));
        if (next) triples[bit >> 5]! |= 1 << (bit & 31);
      }
    }
  }
  return { firstKind, pairs, triples };
}

/**
 * Builds the trie; `keywordsByOwner[i]` are the keywords of owner `i`, and the owners from
 * `anchorsFrom` on own anchor words (see {@link KeywordHits.anchorCap}).
 */
export function buildKeywordTrie(keywordsByOwner: ReadonlyArray<readonly string[]>, anchorsFrom = keywordsByOwner.length): KeywordTrie {
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
      if (!terminal) cur.terminals.push((terminal = { keyword, owners: [], anchors: [], wordEnd }));
      const list = owner < anchorsFrom ? terminal.owners : terminal.anchors;
      if (!list.includes(owner)) list.push(owner);
    }
  });
  const fast = toFast(root);
  return { root: fast, owners: keywordsByOwner.length, ...buildFilter(fast) };
}

/**
 * Keyword occurrences of one text: sorted ends per owner, and every occurrence in order of its
 * start (`start`, `end`, the owners of the keyword), for finding keywords inside JSON member names.
 */
export interface KeywordHits {
  ends: number[][];
  /**
   * Anchor words are recorded in `ends` only, and at most this many per owner: past the window
   * limit their windows are not used, so a text full of them costs no more than one with a few.
   */
  anchorCap: number;
  starts: number[];
  hitEnds: number[];
  hitOwners: Array<readonly number[]>;
}

/** Follows the trie from `node` at text offset `i`, recording keyword ends (`start` is the keyword's start). */
function visit(node: FastNode, text: string, start: number, i: number, hits: KeywordHits): void {
  for (let cur: FastNode | undefined = node; cur; i++) {
    if (cur.terminals) {
      for (const t of cur.terminals) {
        if (t.wordEnd && !isWordEnd(text, i)) continue;
        for (const o of t.anchors) {
          const list = hits.ends[o]!;
          if (list === NO_ENDS) hits.ends[o] = [i];
          else if (list.length < hits.anchorCap) list.push(i);
        }
        if (t.owners.length === 0) continue;
        for (const o of t.owners) {
          const list = hits.ends[o]!;
          if (list === NO_ENDS) hits.ends[o] = [i];
          else list.push(i);
        }
        hits.starts.push(start);
        hits.hitEnds.push(i);
        hits.hitOwners.push(t.owners);
      }
    }
    const c = text.charCodeAt(i); // NaN past the end: no child, not a separator
    if (cur.space) {
      visit(cur.space, text, start, i, hits);
      if (c === 32 || c === 95 || c === 45) visit(cur.space, text, start, i + 1, hits);
    }
    cur = childOf(cur, c < 128 ? LOWER_ASCII[c]! : lowerCode(c));
  }
}

/** Whether the word at `p` (first character `a`, lower-cased) may start a keyword, by the pair and triple filters. */
function startsKeyword(trie: KeywordTrie, text: string, p: number, a: number): boolean {
  const b = text.charCodeAt(p + 1); // NaN at the end: not < 128, so walked
  if (!(b < 128)) return true;
  const pair = a * 128 + LOWER_ASCII[b]!;
  const kind = trie.pairs[pair];
  if (kind !== 1) return kind === 2;
  const c = text.charCodeAt(p + 2);
  if (!(c < 128)) return true;
  const bit = pair * 128 + LOWER_ASCII[c]!;
  return (trie.triples[bit >> 5]! & (1 << (bit & 31))) !== 0;
}

/** Every keyword occurrence in `text`: {@link KeywordHits}. */
export function findKeywordHits(trie: KeywordTrie, text: string, anchorCap = Infinity): KeywordHits {
  // Owners without an occurrence share one empty list (most owners, in most texts).
  const ends: number[][] = new Array<number[]>(trie.owners).fill(NO_ENDS);
  const hits: KeywordHits = { ends, anchorCap, starts: [], hitEnds: [], hitOwners: [] };
  const { root, firstKind } = trie;
  const n = text.length;
  let prev = 0; // class of the previous character (start of text counts as a non-word character)
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    const cls = c < 128 ? ASCII_CLASS[c]! : charClass(c);
    // A keyword starting with a letter or digit can only start at a word start.
    if (cls === 0 || prev === 0 || (prev === 1 && cls === 2)) {
      if (c < 128) {
        const a = LOWER_ASCII[c]!;
        const kind = firstKind[a];
        // Most words share no three-character prefix with a keyword: skip them without a walk.
        if (kind === 2 || (kind === 1 && startsKeyword(trie, text, p, a))) visit(childOf(root, a)!, text, p, p + 1, hits);
      } else {
        const child = childOf(root, lowerCode(c));
        if (child) visit(child, text, p, p + 1, hits);
      }
    }
    prev = cls;
    p++;
    if (cls === 0) continue;
    // Inside a word: lower-case ASCII letters and digits never start one, so run over them.
    for (; p < n; p++) {
      const d = text.charCodeAt(p);
      if (d >= 97 && d <= 122) prev = 1;
      else if (d >= 48 && d <= 57) prev = 3;
      else break;
    }
  }
  for (const list of ends) if (list.length > 1) list.sort((a, b) => a - b);
  return hits;
}
