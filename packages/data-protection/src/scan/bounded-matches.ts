/**
 * Custom identifiers in linear time. A leftmost-first regex engine (RE2 included) decides each
 * match by reading ahead until its automaton dies, so a global scan can cost O(n²): `a+b|a` over
 * 256 KB of `a` reads the whole run once per one-character match. Here every match is decided
 * within a bounded look-ahead: the engine's `matchAll` runs over a slice that reaches
 * `LOOKAHEAD` characters beyond the last start it may report. A match that reaches the slice's
 * end may be longer: that batch is cut before it and re-run from its start with twice the
 * look-ahead, up to `MAX_MATCH_LENGTH`; a longer match is reported up to that length and the scan
 * resumes after it. So the work per character is bounded by a constant, and results differ from
 * an unbounded scan only where a match would need more context than the bound.
 */
import type { EngineRegex } from '../identifiers/regex-engine/index.js';
import type { Matcher } from './detector.js';
import { activeMeter } from './work-meter.js';

/** Characters after a match's start that decide it (twice a custom regex's longest source). */
export const LOOKAHEAD = 256;
/** Longest custom identifier match; a longer one is cut here. */
export const MAX_MATCH_LENGTH = 65_536;

/** Work counters, read by tests: characters handed to the engine and engine calls. */
export interface MatchWork {
  chars: number;
  calls: number;
}

/**
 * The non-empty, non-overlapping matches of `regex` over `text` starting at or after `from`,
 * as flat `[start, endExclusive, …]`, each decided within a bounded look-ahead.
 */
export function boundedMatchAll(regex: EngineRegex, text: string, from = 0, work?: MatchWork): number[] {
  const out: number[] = [];
  const n = text.length;
  let p = from;
  let lookahead = LOOKAHEAD;
  const meter = activeMeter();
  while (p < n) {
    // The batch reports starts in [p, last]; each sees `lookahead` characters (and one before p for `\b`).
    const last = Math.min(n - 1, p + LOOKAHEAD);
    const a = Math.max(0, p - 1);
    const b = Math.min(n, last + lookahead + 1);
    // Out of work for this message (`limits.maxWorkPerMessage`): the matches so far, and the scan says so.
    if (meter && !meter.spend(b - a)) break;
    const slice = a === 0 && b === n ? text : text.slice(a, b);
    const found = regex.matchAll(slice, p - a, last - a + 1);
    if (work) {
      work.chars += b - a;
      work.calls++;
    }
    let next = last + 1;
    let cut = false;
    for (let k = 0; k < found.length; k += 2) {
      const start = found[k]! + a;
      const end = found[k + 1]! + a;
      if (end >= b && b < n && lookahead < MAX_MATCH_LENGTH) {
        // May continue past the slice: decide it again with more context.
        next = start;
        lookahead *= 2;
        cut = true;
        break;
      }
      out.push(start, end);
      next = Math.max(next, end);
    }
    if (!cut) lookahead = LOOKAHEAD;
    p = next;
  }
  return out;
}

/**
 * A `lastIndex`/`exec` matcher over {@link boundedMatchAll}, for the scan loops written against
 * RegExp (both scanners use it, so they agree). Matches are computed once per text.
 */
export function boundedMatcher(regex: EngineRegex): Matcher & { source: string; flags: string } {
  let text: string | undefined;
  let spans: number[] = [];
  let k = 0;
  // `source`/`flags` let the compiled scanner group detectors that share a pattern.
  const matcher = {
    source: regex.source,
    flags: 'g',
    lastIndex: 0,
    exec(input: string): RegExpExecArray | null {
      if (input !== text || matcher.lastIndex === 0) {
        text = input;
        spans = boundedMatchAll(regex, input, 0);
        k = 0;
      }
      while (k < spans.length && spans[k]! < matcher.lastIndex) k += 2;
      if (k >= spans.length) {
        matcher.lastIndex = 0;
        return null;
      }
      const start = spans[k]!;
      const end = spans[k + 1]!;
      k += 2;
      matcher.lastIndex = end;
      const m = [input.slice(start, end)] as unknown as RegExpExecArray;
      m.index = start;
      m.input = input;
      return m;
    },
  };
  return matcher;
}
