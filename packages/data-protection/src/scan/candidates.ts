/**
 * Candidate extraction for the compiled scanner: every non-empty match of a pattern, as offsets
 * in flat arrays with the JSON leaf each lies in (looked up once, shared by the detectors that
 * share the pattern).
 */
import { spanOf, type Matcher } from './detector.js';
import { leafAt, type JsonIndex } from './json-leaves.js';

export interface Candidates {
  starts: number[];
  /** Exclusive ends. */
  ends: number[];
  /** Leaf index of each candidate in the JSON index (-1: none, or not JSON). */
  leaves: number[];
}

/** All non-empty matches of `re` over `text`, in order. */
export function findCandidates(re: Matcher, text: string, index: JsonIndex | undefined): Candidates {
  const out: Candidates = { starts: [], ends: [], leaves: [] };
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const length = m[0].length;
    if (length === 0) {
      re.lastIndex++;
      continue;
    }
    const [start, end] = spanOf(m); // the `value` group when the pattern has one
    out.starts.push(start);
    out.ends.push(end);
    out.leaves.push(index ? leafAt(index, start, end) : -1);
  }
  return out;
}
