/**
 * What counts as a keyword occurrence, as data both scanners follow:
 * - case-insensitive; a space in a keyword also matches `_`, `-` or nothing (AWS's variant rule);
 * - it starts at a word start; a one-word keyword must also end at a word end, while a keyword with
 *   a space may be a prefix (`exp d` is how AWS lists "exp date"; `card num` covers "card number");
 * - it ends at most {@link DEFAULT_KEYWORD_WINDOW} characters before the candidate starts.
 */
import { isWordCode, isWordEnd, isWordStart } from './text-chars.js';

/** Macie documents "within 30 characters"; SNS states no distance, so the spec adopts 30. */
export const DEFAULT_KEYWORD_WINDOW = 30;

/** Lower-cases and trims a keyword and collapses runs of white space. */
export function normalizeKeyword(keyword: string): string {
  return keyword.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Whether an occurrence of `keyword` at [start, end) of `text` respects the boundary rule. */
export function keywordBoundariesHold(keyword: string, text: string, start: number, end: number): boolean {
  if (isWordCode(keyword.charCodeAt(0)) && !isWordStart(text, start)) return false;
  if (keyword.includes(' ')) return true;
  if (!isWordCode(keyword.charCodeAt(keyword.length - 1))) return true;
  return isWordEnd(text, end);
}

/** Whether a keyword ending at `end` (exclusive) is near a candidate starting at `start`. */
export function isWithinWindow(end: number, start: number, window: number): boolean {
  return end <= start && start - end <= window;
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
