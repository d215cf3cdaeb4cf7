/**
 * Where the findings of a run's active detectors can start, as windows for `findCandidatesIn`:
 * after each keyword (within the detector's window), inside JSON leaves under a keyed member,
 * near declared anchors, and at keyword-optional starts. Undefined means "anywhere": a detector
 * with no such bound, or so many windows that one whole-text run is cheaper.
 */
import type { Detector } from './detector.js';
import { anchorWindows, charWindows, mergeWindows, windowLimit } from './candidates.js';
import type { JsonIndex } from './json-leaves.js';
import type { RegexShape } from './regex-shape.js';

/**
 * Narrows anchor windows [p - within, p] (sorted by p): a match holding the anchor at p consumes
 * every character from its start to p, so it starts after the last barrier before p. The search
 * back stops at the previous anchor, whose window already covers what lies before it, so the
 * narrowing reads each character at most once.
 */
export function afterBarriers(text: string, windows: readonly number[], shape: RegexShape): number[] {
  const out: number[] = new Array<number>(windows.length);
  let floor = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const p = windows[w + 1]!;
    let lo = Math.max(windows[w]!, floor);
    for (let q = p - 1; q >= lo; q--) {
      if (!shape.consumes(text.charCodeAt(q))) {
        lo = q + 1;
        break;
      }
    }
    out[w] = lo;
    out[w + 1] = p;
    floor = p;
  }
  return out;
}

/** Per-text facts the window planner reads; windows of anchors and leaves are computed once. */
export class WindowPlanner {
  readonly limit: number;
  /** Windows per anchor (the declaration object) or per keyword-optional start characters. */
  private readonly anchored = new Map<object | string, number[] | undefined>();
  private keyed: Map<number, number[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly index: JsonIndex | undefined,
    private readonly ends: readonly number[][],
    private readonly owners: ReadonlyArray<readonly number[]> | undefined,
    /** Per detector with anchor words: their keyword-pass owner, and how far before a word's end a match may start. */
    private readonly wordAnchors: ReadonlyArray<{ owner: number; reach: number } | undefined>,
  ) {
    this.limit = windowLimit(text.length);
  }

  /** Windows for the active detectors `active` of one run, or undefined for a whole-text run. */
  windowsOf(detectors: readonly Detector[], active: readonly number[], shape: RegexShape): number[] | undefined {
    const lists: number[][] = [];
    for (const i of active) {
      const d = detectors[i]!;
      if (d.keywords.length === 0) {
        if (!d.anchors && !this.wordAnchors[i]) return undefined;
        for (const anchor of d.anchors ?? []) {
          const near = this.around(anchor);
          if (!near) return undefined;
          lists.push(afterBarriers(this.text, near, shape));
        }
        const words = this.wordAnchors[i];
        if (words) {
          const near = this.aroundWords(words.owner, words.reach);
          if (!near) return undefined;
          lists.push(afterBarriers(this.text, near, shape));
        }
        continue;
      }
      if (d.keywordOptional && !d.keywordOptionalStarts) return undefined;
      const optional = d.keywordOptionalStarts ? this.aroundChars(d.keywordOptionalStarts) : [];
      const ends = this.ends[i]!;
      if (!optional || ends.length > this.limit) return undefined;
      const near: number[] = [];
      for (const e of ends) near.push(e, e + d.window);
      lists.push(near, optional, this.leafWindows(i));
    }
    const windows = mergeWindows(lists);
    return windows.length <= 2 * this.limit ? windows : undefined;
  }

  /** Windows before an anchor, shared by the detectors declaring the same one. */
  private around(anchor: { at: string; within: number }): number[] | undefined {
    if (!this.anchored.has(anchor)) this.anchored.set(anchor, anchorWindows(this.text, anchor.at, anchor.within, this.limit));
    return this.anchored.get(anchor);
  }

  /** Windows at the characters `chars` (keyword-optional starts), shared across detectors. */
  private aroundChars(chars: string): number[] | undefined {
    if (!this.anchored.has(chars)) this.anchored.set(chars, charWindows(this.text, chars, 0, this.limit));
    return this.anchored.get(chars);
  }

  /**
   * Windows [p - reach, p] at the last character p of every anchor word occurrence (a match holds
   * the whole word), where reach covers the word's length and `within`; undefined past the limit.
   */
  private aroundWords(owner: number, reach: number): number[] | undefined {
    const ends = this.ends[owner]!;
    if (ends.length > this.limit) return undefined;
    const out: number[] = [];
    for (const e of ends) out.push(Math.max(0, e - 1 - reach), e - 1);
    return out;
  }

  /** The leaves whose path has a member name with one of the owner's keywords. */
  private leafWindows(owner: number): number[] {
    const { index, owners } = this;
    if (!index || !owners) return [];
    if (!this.keyed) {
      this.keyed = new Map();
      const { leafStart, leafEnd, leafNode } = index;
      for (let l = 0; l < leafNode.length; l++) {
        const list = owners[leafNode[l]!]!;
        if (list.length === 0 || leafEnd[l]! <= leafStart[l]!) continue;
        for (const o of list) {
          let w = this.keyed.get(o);
          if (!w) this.keyed.set(o, (w = []));
          w.push(leafStart[l]!, leafEnd[l]! - 1);
        }
      }
    }
    return this.keyed.get(owner) ?? [];
  }
}
