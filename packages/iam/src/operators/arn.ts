/**
 * ARN operators [OPS]: `ArnEquals` ≡ `ArnLike`. Both sides split into six colon-separated parts
 * (the resource part keeps further colons) and each part is matched with `*`/`?`, case-sensitively.
 * A request value that is not an ARN never matches. A policy pattern with fewer than six parts (for
 * example `*`) is matched against the whole value (our choice; AWS is silent).
 */
import { matchGlob, splitGlob, type GlobPattern } from './glob.js';
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

export function matchArn(value: string, pattern: ArnPattern): boolean {
  if ('whole' in pattern) return matchGlob(pattern.whole, value);
  const parts = splitArn(value);
  if (!parts) return false;
  for (let i = 0; i < 6; i++) if (!matchGlob(pattern.parts[i] as GlobPattern, parts[i] as string)) return false;
  return true;
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
