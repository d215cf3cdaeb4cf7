/** Action matching [ACT]: `service:Name`, case-insensitive, `*`/`?` wildcards; `*` alone is every action. */
import { globFromText, matchGlob, type GlobPattern } from '../operators/glob.js';

export function prepareActionPattern(text: string): GlobPattern {
  return globFromText(text.toLowerCase());
}

/** `lowerAction` must already be lower-cased (the request's action, once per request). */
export function matchAction(pattern: GlobPattern, lowerAction: string): boolean {
  return matchGlob(pattern, lowerAction);
}
