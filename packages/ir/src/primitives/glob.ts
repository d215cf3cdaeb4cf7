/**
 * Wildcard patterns: `*` matches any run of characters (including none), `?` exactly one UTF-16
 * unit. A pattern remembers which characters are wildcards (`kinds`), because a language may
 * substitute values whose `*` and `?` are literal (IAM policy variables). Matching finds each
 * segment between stars with `indexOf` (see `matchGlobRange`), so hostile patterns stay cheap.
 */
import { findWithDontCares } from './glob-segment.js';

export interface GlobPattern {
  text: string;
  /** Same length as `text`: `*` or `?` for a wildcard, `.` for a literal character. */
  kinds: string;
}

/** A pattern from plain text: every `*` and `?` is a wildcard. */
export function globFromText(text: string): GlobPattern {
  let kinds = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    kinds += c === '*' || c === '?' ? c : '.';
  }
  return { text, kinds };
}

/** A pattern whose every character is literal. */
export function literalGlob(text: string): GlobPattern {
  return { text, kinds: '.'.repeat(text.length) };
}

/** Whole-string match. */
export function matchGlob(p: GlobPattern, value: string): boolean {
  return matchGlobRange(p, value, 0, value.length);
}

/**
 * `matchGlob` on `value.slice(start, end)` without allocating the slice.
 *
 * The pattern is cut at its `*` wildcards into segments. The first segment must match at `start`,
 * the last at `end`, and each middle one is placed at its leftmost occurrence after the previous
 * one (leftmost is always safe: a later placement leaves less room for what follows). A segment
 * without `?` is found with one `indexOf` (linear in the value), so a pattern costs O(pattern +
 * value) per segment instead of the O(literal run × value) of backtracking to the last star;
 * `'*' + 'a'.repeat(20000) + 'b'` against a megabyte of `a` is one failed `indexOf`. A segment
 * holding `?` is found by a bit-parallel automaton that reads each value character once
 * (glob-segment.ts).
 */
export function matchGlobRange(p: GlobPattern, value: string, start: number, end: number): boolean {
  const { text, kinds } = p;
  if (kinds === '*') return true;
  let star = kinds.indexOf('*');
  if (star < 0) return end - start === text.length && segmentAt(p, 0, text.length, value, start);
  if (star > end - start || !segmentAt(p, 0, star, value, start)) return false;
  let at = start + star;
  for (;;) {
    const from = star + 1;
    const next = kinds.indexOf('*', from);
    if (next < 0) {
      // The last segment is anchored at the end of the range.
      const length = text.length - from;
      return end - at >= length && segmentAt(p, from, text.length, value, end - length);
    }
    if (next > from) {
      const found = findSegment(p, from, next, value, at, end);
      if (found < 0) return false;
      at = found + (next - from);
    }
    star = next;
  }
}

/** True when pattern characters [from, to) match `value` at `at` (the caller checked the length). */
function segmentAt(p: GlobPattern, from: number, to: number, value: string, at: number): boolean {
  const { text, kinds } = p;
  for (let i = from; i < to; i++) {
    if (kinds.charCodeAt(i) !== 63 /* ? */ && text.charCodeAt(i) !== value.charCodeAt(at + i - from)) return false;
  }
  return true;
}

/** Leftmost offset ≥ `at` where pattern characters [from, to) match inside `value` before `end`; -1 if none. */
function findSegment(p: GlobPattern, from: number, to: number, value: string, at: number, end: number): number {
  const last = end - (to - from);
  const firstQuestion = p.kinds.indexOf('?', from);
  if (firstQuestion < 0 || firstQuestion >= to) {
    const found = value.indexOf(p.text.slice(from, to), at);
    return found >= 0 && found <= last ? found : -1;
  }
  return findWithDontCares(p, from, to, value, at, end);
}
