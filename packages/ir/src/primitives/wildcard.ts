/**
 * EventBridge-style wildcards: `*` matches any run of characters (none included); `\*` is a
 * literal star and `\\` a literal backslash. Lowered onto the glob matcher (glob.ts), whose
 * pattern records which characters are wildcards, so escaped stars stay literal and `?` is plain.
 */
import { matchGlob, type GlobPattern } from './glob.js';

export function wildcardToGlob(pattern: string): GlobPattern {
  let text = '';
  let kinds = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) {
      text += pattern[++i];
      kinds += '.';
    } else {
      text += c;
      kinds += c === '*' ? '*' : '.';
    }
  }
  return { text, kinds };
}

/** Whole-string wildcard match. */
export function wildcardMatch(pattern: string | GlobPattern, value: string): boolean {
  return matchGlob(typeof pattern === 'string' ? wildcardToGlob(pattern) : pattern, value);
}
