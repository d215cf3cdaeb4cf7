/**
 * `Null` [OPS]: `"true"` holds when the key is absent, `"false"` when it is present (an empty string
 * or an empty list counts as present: our choice, spec §1.6). Several values are OR'ed. The lowering
 * (policy/to-ir.ts) turns each into an `exists` test; `lower` gives the value's reading.
 */
import { parseBoolText } from '@arbiter/ir';
import { literalText } from './operand.js';
import type { OperatorDef } from './types.js';

export const nullOperator: OperatorDef = {
  name: 'Null',
  family: 'null',
  allowsVariables: false,
  allowsWildcards: false,
  isNegative: false,
  // `Null: "true"` asks for absence: `exists false`.
  lower: (v) => {
    const absent = parseBoolText(literalText(v));
    return absent === undefined ? undefined : { op: 'exists', value: !absent, at: v.at };
  },
};
