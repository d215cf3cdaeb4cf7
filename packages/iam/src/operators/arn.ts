/**
 * ARN operators [OPS]: `ArnEquals` ≡ `ArnLike`. Both sides split into six colon-separated parts
 * (the resource part keeps further colons) and each part is matched with `*`/`?`, case-sensitively.
 * A request value that is not an ARN never matches. A policy pattern with fewer than six parts (for
 * example `*`) is matched against the whole value (our choice; AWS is silent).
 */
import { matchGlob, matchGlobRange, splitGlob, type GlobPattern } from './glob.js';
import { withNegation, type OperatorDef } from './types.js';

export type ArnPattern = { whole: GlobPattern } | { parts: GlobPattern[] };

export function prepareArnPattern(v: GlobPattern): ArnPattern {
  const parts = splitGlob(v, 5);
  return parts.length === 6 ? { parts } : { whole: v };
}

/** Splits an ARN into its six parts; `undefined` when it is not `arn:partition:service:region:account:resource`. */
export function splitArn(value: string): string[] | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const out: string[] = [];
  let from = 0;
  for (let n = 0; n < 5; n++) {
    const at = value.indexOf(':', from);
    if (at < 0) return undefined;
    out.push(value.slice(from, at));
    from = at + 1;
  }
  out.push(value.slice(from));
  return out;
}

/** Matches part by part over offsets into `value` (no splitting: this runs per statement per request). */
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

const arnLike: OperatorDef<ArnPattern> = {
  name: 'ArnLike',
  family: 'arn',
  allowsVariables: true,
  allowsWildcards: true,
  isNegative: false,
  prepare: prepareArnPattern,
  matches: (r, p) => matchArn(r, p),
};

export const arnOperators: OperatorDef[] = [
  ...withNegation(arnLike, 'ArnNotLike'),
  ...withNegation({ ...arnLike, name: 'ArnEquals' }, 'ArnNotEquals'),
] as OperatorDef[];
