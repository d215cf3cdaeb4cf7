/**
 * Wildcard patterns: `*` matches any run of characters (including none), `?` exactly one UTF-16
 * unit. A pattern remembers which characters are wildcards (`kinds`), because a language may
 * substitute values whose `*` and `?` are literal (IAM policy variables). Matching backtracks to
 * the last star only, so it is linear-ish and never catastrophic.
 */
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

/** `matchGlob` on `value.slice(start, end)` without allocating the slice. */
export function matchGlobRange(p: GlobPattern, value: string, start: number, end: number): boolean {
  const { text, kinds } = p;
  if (kinds === '*') return true;
  let pi = 0;
  let vi = start;
  let star = -1;
  let mark = 0;
  while (vi < end) {
    const k = kinds[pi];
    if (k === '?' || (k === '.' && text[pi] === value[vi])) {
      pi++;
      vi++;
    } else if (k === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (kinds[pi] === '*') pi++;
  return pi === text.length;
}
