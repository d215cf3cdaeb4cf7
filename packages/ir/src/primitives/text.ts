import { globFromText, matchGlob } from './glob.js';

/**
 * Case folding and globbing. Case-insensitive comparison uses full Unicode lower-casing of both
 * sides (`toLowerCase`), which is what Java's `equalsIgnoreCase`-style matching gives for the
 * common scripts; it never throws on lone surrogates.
 */
export function foldCase(s: string): string {
  return s.toLowerCase();
}

export function equalsIgnoreCase(a: string, b: string): boolean {
  return a === b || foldCase(a) === foldCase(b);
}

/** `*` and `?` wildcards over a string (see glob.ts), optionally ignoring case. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  return ignoreCase ? matchGlob(globFromText(foldCase(pattern)), foldCase(value)) : matchGlob(globFromText(pattern), value);
}
