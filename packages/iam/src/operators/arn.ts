/**
 * ARN operators [OPS]: `ArnEquals` ≡ `ArnLike`. Both sides split into six colon-separated parts
 * (the resource part keeps further colons) and each part is matched with `*`/`?`, case-sensitively
 * (@arbiter/ir `arn-like`). A request value that is not an ARN never matches. A policy pattern with
 * fewer than six parts (for example `*`) is matched against the whole value (our choice; AWS is silent).
 */
import { stringOperand } from './operand.js';
import { withNegation, type OperatorDef } from './types.js';

const arnLike: OperatorDef = {
  name: 'ArnLike',
  family: 'arn',
  allowsVariables: true,
  allowsWildcards: true,
  isNegative: false,
  lower: (v) => stringOperand(v, 'arn-like', (pattern) => ({ op: 'arn-like', pattern, at: v.at })),
};

export const arnOperators: OperatorDef[] = [...withNegation(arnLike, 'ArnNotLike'), ...withNegation({ ...arnLike, name: 'ArnEquals' }, 'ArnNotEquals')];
