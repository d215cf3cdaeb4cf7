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

/**
 * `*` matches any run of characters (including none), `?` exactly one. Iterative with
 * backtracking to the last star only, so it is linear-ish and never catastrophic.
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? foldCase(pattern) : pattern;
  const v = ignoreCase ? foldCase(value) : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === '?' || (pc !== undefined && pc !== '*' && pc === v[vi])) {
      pi++;
      vi++;
    } else if (pc === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}
