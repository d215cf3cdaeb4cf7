/**
 * Candidate extraction for the compiled scanner: the matches of a pattern as offsets in flat
 * arrays, with the JSON leaf each lies in (looked up once, shared by the detectors that share the
 * pattern). The windowed form runs the pattern only around the places a finding can be (keyword
 * windows, keyed JSON leaves, anchor characters) and still returns true matches of the whole-text
 * scan: each region starts just after a barrier character (see `regex-shape.ts`), where a scan
 * from the start of the text would be free too, and ends at one, which no match crosses.
 */
import { spanOf, type Matcher } from './detector.js';
import { leafAt, type JsonIndex } from './json-leaves.js';
import type { RegexShape } from './regex-shape.js';
import { pairAnchor, pairAnchorPositions } from './anchor-pairs.js';

export interface Candidates {
  starts: number[];
  /** Exclusive ends. */
  ends: number[];
  /** Leaf index of each candidate in the JSON index (-1: none, or not JSON). */
  leaves: number[];
}

/** Runs `re` over `text` from `from` and keeps the non-empty matches starting before `to`. */
function collect(re: Matcher, text: string, offset: number, from: number, to: number, index: JsonIndex | undefined, out: Candidates): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const [s, e] = spanOf(m); // the `value` group when the pattern has one
    const start = s + offset;
    const end = e + offset;
    out.starts.push(start);
    out.ends.push(end);
    out.leaves.push(index ? leafAt(index, start, end) : -1);
  }
}

/** All non-empty matches of `re` over `text`, in order. */
export function findCandidates(re: Matcher, text: string, index: JsonIndex | undefined): Candidates {
  const out: Candidates = { starts: [], ends: [], leaves: [] };
  collect(re, text, 0, 0, text.length + 1, index, out);
  return out;
}

/**
 * The matches of the whole-text scan that start inside `windows` (flat, sorted, inclusive
 * [lo, hi] pairs), possibly with some others of that scan.
 */
export function findCandidatesIn(re: Matcher, shape: RegexShape, text: string, windows: readonly number[], index: JsonIndex | undefined): Candidates {
  const out: Candidates = { starts: [], ends: [], leaves: [] };
  const n = text.length;
  let cursor = 0; // every match starting before `cursor` has been collected; a scan may restart here
  for (let w = 0; w < windows.length; w += 2) {
    const lo = windows[w]!;
    const hi = Math.min(windows[w + 1]!, n - 1);
    if (hi < cursor || hi < lo) continue;
    let from = Math.max(lo, cursor);
    while (from > cursor && shape.consumes(text.charCodeAt(from - 1))) from--;
    let to = hi;
    while (to < n && shape.consumes(text.charCodeAt(to))) to++;
    // Lookarounds may read `reach` characters beyond the region; the slice keeps that context.
    const sliceStart = Math.max(0, from - shape.reach);
    const sliceEnd = Math.min(n, to + shape.reach);
    const region = sliceStart === 0 && sliceEnd === n ? text : text.slice(sliceStart, sliceEnd);
    collect(re, region, sliceStart, from - sliceStart, to - sliceStart, index, out);
    cursor = to + 1;
  }
  return out;
}

/**
 * How many windows are worth a windowed scan of `length` characters: each region costs a slice
 * and a regex call, about as much as scanning a hundred characters, so dense windows (a text full
 * of keywords or `@`) are scanned whole instead.
 */
export function windowLimit(length: number): number {
  return Math.max(16, length >> 7);
}

const anchorRegexes = new Map<string, RegExp>();

/** Windows [p - before, p] around every occurrence of the characters `chars`; undefined past `limit`. */
export function charWindows(text: string, chars: string, before: number, limit: number): number[] | undefined {
  const lists: number[][] = [];
  for (const ch of chars) {
    const out: number[] = [];
    for (let p = text.indexOf(ch); p >= 0; p = text.indexOf(ch, p + 1)) {
      if (out.length >= 2 * limit) return undefined;
      out.push(Math.max(0, p - before), p);
    }
    lists.push(out);
  }
  return lists.length === 1 ? lists[0] : mergeWindows(lists);
}

/**
 * Windows [p - before, p] around every position p where the regex source `at` matches (the search
 * resumes at p + 1, so overlapping anchors all count); undefined past `limit` windows.
 */
export function anchorWindows(text: string, at: string, before: number, limit: number): number[] | undefined {
  if (/^[^\\^$.*+?()[\]{}|]$/.test(at)) return charWindows(text, at, before, limit);
  const pairs = pairAnchor(at);
  if (pairs) {
    const positions = pairAnchorPositions(text, pairs, limit);
    if (!positions) return undefined;
    const windows: number[] = [];
    for (const p of positions) windows.push(Math.max(0, p - before), p);
    return windows;
  }
  let re = anchorRegexes.get(at);
  if (!re) anchorRegexes.set(at, (re = new RegExp(at, 'g')));
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (out.length >= 2 * limit) return undefined;
    out.push(Math.max(0, m.index - before), m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Merges two sorted window lists into one sorted list, joining overlapping or adjacent windows. */
function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      lo = a[i]!;
      hi = a[i + 1]!;
      i += 2;
    } else {
      lo = b[j]!;
      hi = b[j + 1]!;
      j += 2;
    }
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/** Merges several lists of [lo, hi] windows (each sorted by lo) into one sorted, disjoint list. */
export function mergeWindows(lists: ReadonlyArray<readonly number[]>): number[] {
  let out: number[] = [];
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    // The same list may come from several detectors (shared anchors): merge it once.
    if (list.length === 0 || lists.indexOf(list) < i) continue;
    out = mergeTwo(out, list);
  }
  return out;
}
