/** String operators [OPS]: case-sensitive unless `IgnoreCase`; `Like` matches `*`/`?` over the whole value. */
import { matchGlob, hasWildcard, type GlobPattern } from './glob.js';
import { withNegation, type OperatorDef } from './types.js';

const equals: OperatorDef<string> = {
  name: 'StringEquals',
  family: 'string',
  allowsVariables: true,
  allowsWildcards: false,
  isNegative: false,
  prepare: (v) => v.text,
  matches: (r, p) => r === p,
};

const equalsIgnoreCase: OperatorDef<string> = {
  ...equals,
  name: 'StringEqualsIgnoreCase',
  prepare: (v) => v.text.toLowerCase(),
  matches: (r, p) => r.toLowerCase() === p,
};

const like: OperatorDef<GlobPattern | string> = {
  name: 'StringLike',
  family: 'string',
  allowsVariables: true,
  allowsWildcards: true,
  isNegative: false,
  // A pattern without wildcards is compared as a plain string (the fast common case).
  prepare: (v) => (hasWildcard(v) ? v : v.text),
  matches: (r, p) => (typeof p === 'string' ? r === p : matchGlob(p, r)),
};

export const stringOperators: OperatorDef[] = [
  ...withNegation(equals, 'StringNotEquals'),
  ...withNegation(equalsIgnoreCase, 'StringNotEqualsIgnoreCase'),
  ...withNegation(like, 'StringNotLike'),
] as OperatorDef[];
