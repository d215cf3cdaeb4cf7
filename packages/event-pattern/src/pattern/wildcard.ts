/**
 * `wildcard` patterns (spec §4): `*` matches any run of characters; `\*` is a literal star and
 * `\\` a literal backslash; any other escape and two consecutive unescaped stars are invalid.
 * Positions in messages are 0-based, as event-ruler reports them.
 */
import { EventPatternCodes as Codes } from './codes.js';
import { report, type ValidationContext } from './context.js';

/** Checks a wildcard pattern; returns false (with a diagnostic) when it is invalid. */
export function checkWildcard(ctx: ValidationContext, pattern: string, at: string): boolean {
  let previousStar = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        report(ctx, Codes.wildcardEscape, at, `Invalid escape character at pos ${i + 1}`, 'in a wildcard only `\\*` (a literal star) and `\\\\` (a literal backslash) are escapes');
        return false;
      }
      i++;
      previousStar = false;
    } else if (c === '*') {
      if (previousStar) {
        report(ctx, Codes.wildcardConsecutive, at, `Consecutive wildcard characters at pos ${i}`, 'use a single `*`: it already matches any run of characters');
        return false;
      }
      previousStar = true;
    } else {
      previousStar = false;
    }
  }
  return true;
}
