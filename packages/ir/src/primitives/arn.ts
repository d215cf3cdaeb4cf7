/**
 * ARN patterns: both sides split into six colon-separated parts (the resource part keeps further
 * colons) and each part is matched with the wildcards of glob.ts, case-sensitively. A value that
 * is not an ARN never matches; a pattern with fewer than six parts (`*`) is matched whole.
 */
import { matchGlob, matchGlobRange, type GlobPattern } from './glob.js';

export type ArnPattern = { whole: GlobPattern } | { parts: GlobPattern[] };

/** Splits at the first `count` colons; the last piece keeps any further colons. */
export function splitGlob(p: GlobPattern, count: number): GlobPattern[] {
  const out: GlobPattern[] = [];
  let from = 0;
  for (let n = 0; n < count; n++) {
    const at = p.text.indexOf(':', from);
    if (at < 0) break;
    out.push({ text: p.text.slice(from, at), kinds: p.kinds.slice(from, at) });
    from = at + 1;
  }
  out.push({ text: p.text.slice(from), kinds: p.kinds.slice(from) });
  return out;
}

export function prepareArnPattern(p: GlobPattern): ArnPattern {
  const parts = splitGlob(p, 5);
  return parts.length === 6 ? { parts } : { whole: p };
}

/** Matches part by part over offsets into `value` (no splitting: this runs per request). */
export function matchArn(value: string, pattern: ArnPattern): boolean {
  if ('whole' in pattern) return matchGlob(pattern.whole, value);
  if (!value.startsWith('arn:')) return false;
  let from = 0;
  for (let i = 0; i < 5; i++) {
    const at = value.indexOf(':', from);
    if (at < 0 || !matchGlobRange(pattern.parts[i] as GlobPattern, value, from, at)) return false;
    from = at + 1;
  }
  return matchGlobRange(pattern.parts[5] as GlobPattern, value, from, value.length);
}

type PartTest = (value: string, start: number, end: number) => boolean;

/** The cheapest test equivalent to one part's glob: skip (`*`), compare in place, or check a prefix. */
function compilePart(p: GlobPattern): PartTest | undefined {
  const firstWild = p.kinds.search(/[*?]/);
  if (firstWild < 0) {
    const text = p.text;
    return (v, s, e) => e - s === text.length && v.startsWith(text, s);
  }
  if (/^\**$/.test(p.kinds.slice(firstWild))) {
    if (firstWild === 0) return undefined;
    const prefix = p.text.slice(0, firstWild);
    return (v, s, e) => e - s >= prefix.length && v.startsWith(prefix, s);
  }
  return (v, s, e) => matchGlobRange(p, v, s, e);
}

/** A matcher equivalent to `matchArn(value, pattern)`, specialised per part. */
export function compileArnMatcher(pattern: ArnPattern): (value: string) => boolean {
  if ('whole' in pattern) return pattern.whole.kinds === '*' ? () => true : (value) => matchGlob(pattern.whole, value);
  const tests = pattern.parts.map(compilePart);
  const last = tests[5];
  const leading = tests.slice(0, 5);
  return (value) => {
    if (!value.startsWith('arn:')) return false;
    let from = 0;
    for (let i = 0; i < 5; i++) {
      const at = value.indexOf(':', from);
      if (at < 0) return false;
      const t = leading[i];
      if (t !== undefined && !t(value, from, at)) return false;
      from = at + 1;
    }
    return last === undefined || last(value, from, value.length);
  };
}
