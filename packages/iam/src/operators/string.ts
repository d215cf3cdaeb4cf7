/** String operators [OPS]: case-sensitive unless `IgnoreCase`; `Like` matches `*`/`?` over the whole value. */
import { stringOperand } from './operand.js';
import { withNegation, type OperatorDef } from './types.js';

const equals: OperatorDef = {
  name: 'StringEquals',
  family: 'string',
  allowsVariables: true,
  allowsWildcards: false,
  isNegative: false,
  lower: (v) => stringOperand(v, 'equals', (text) => ({ op: 'exact', value: text, at: v.at })),
};

const equalsIgnoreCase: OperatorDef = {
  ...equals,
  name: 'StringEqualsIgnoreCase',
  lower: (v) => stringOperand(v, 'equals-ignore-case', (text) => ({ op: 'equals-ignore-case', value: text, at: v.at })),
};

const like: OperatorDef = {
  ...equals,
  name: 'StringLike',
  allowsWildcards: true,
  // A pattern without wildcards is compared as a plain string (the fast common case).
  lower: (v) => stringOperand(v, 'like', (text) => (/[*?]/.test(text) ? { op: 'glob', pattern: text, ignoreCase: false, at: v.at } : { op: 'exact', value: text, at: v.at })),
};

export const stringOperators: OperatorDef[] = [
  ...withNegation(equals, 'StringNotEquals'),
  ...withNegation(equalsIgnoreCase, 'StringNotEqualsIgnoreCase'),
  ...withNegation(like, 'StringNotLike'),
];
