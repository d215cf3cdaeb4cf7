/**
 * One small regex interface for custom data identifiers, so the same scanner runs on RE2 in Node
 * (the `re2` native binding) and in the browser (`re2js`): both are linear-time, so a user's
 * regex can never hang a scan.
 */

/** The part of RegExp a scanner's match loop uses (`lastIndex` + `exec`, `g` semantics). */
export interface RegexMatcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** A compiled pattern. Offsets are UTF-16 code units of the JS string, as RegExp reports them. */
export interface EngineRegex {
  /** The pattern as written. */
  readonly source: string;
  /** True when the pattern matches anywhere in `text` (an empty match counts). */
  test(text: string): boolean;
  /**
   * All non-empty, non-overlapping matches of a left-to-right scan of `text` that begins at
   * `from` and keeps matches starting before `to` (a match may end after `to`). The whole text is
   * the context, so `^`, `$` and `\b` see the characters around the range; a `from` inside a
   * surrogate pair starts at the next code point. Returns flat
   * `[start, endExclusive, start, endExclusive, …]`.
   */
  matchAll(text: string, from?: number, to?: number): number[];
  /** A fresh stateful matcher, for loops written against RegExp. */
  matcher(): RegexMatcher;
}

/** A regex back end: compiles RE2 syntax without flags (custom identifiers have none). */
export interface RegexEngine {
  /** `re2` (Node native binding), `re2js` (pure JavaScript port), or another back end's name. */
  readonly name: string;
  /** The compiled pattern, or the engine's one-line error message. */
  compile(source: string): EngineRegex | { error: string };
}

/** Narrows a compile result. */
export function isCompileError(r: EngineRegex | { error: string }): r is { error: string } {
  return 'error' in r;
}

/** A compile error's first line, lowercased, as diagnostics quote it. */
export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.toLowerCase();
}

/**
 * Where a scan resumes after an empty match at `at`: the next code point, never the middle of a
 * surrogate pair (RE2 reads code points, and a start inside a pair loses the next character).
 */
export function nextCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/** `at`, or the next code point's start when `at` falls inside a surrogate pair. */
export function alignToCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? at + 1 : at;
}
