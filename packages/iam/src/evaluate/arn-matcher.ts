/**
 * Compiled resource matching: each ARN part of a fixed pattern becomes the cheapest test that is
 * equivalent to the glob (`*` skips the part, literal text compares in place, `text*` checks a
 * prefix); other parts fall back to the glob loop. Same answers as `matchArn`, which the reference
 * evaluator uses; the property tests hold the two together.
 */
import { matchArn, type ArnPattern } from '../operators/arn.js';
import { matchGlobRange, type GlobPattern } from '../operators/glob.js';

type PartTest = (value: string, start: number, end: number) => boolean;

function compilePart(p: GlobPattern): PartTest | undefined {
  const firstWild = p.kinds.search(/[*?]/);
  if (firstWild < 0) {
    const text = p.text;
    return (v, s, e) => e - s === text.length && v.startsWith(text, s);
  }
  if (/^\**$/.test(p.kinds.slice(firstWild))) {
    if (firstWild === 0) return undefined; // `*`: any text
    const prefix = p.text.slice(0, firstWild);
    return (v, s, e) => e - s >= prefix.length && v.startsWith(prefix, s);
  }
  return (v, s, e) => matchGlobRange(p, v, s, e);
}

/** A matcher equivalent to `matchArn(value, pattern)`. */
export function compileArnMatcher(pattern: ArnPattern): (value: string) => boolean {
  if ('whole' in pattern) return (value) => matchArn(value, pattern);
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
