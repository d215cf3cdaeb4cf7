/**
 * `Null` [OPS]: `"true"` holds when the key is absent, `"false"` when it is present (an empty string
 * or an empty list counts as present: our choice, spec §1.6). Several values are OR'ed. The
 * qualifier driver special-cases this operator; `matches` compares presence text.
 */
import { parseIamBool } from './bool.js';
import type { OperatorDef } from './types.js';

export const nullOperator: OperatorDef<'true' | 'false'> = {
  name: 'Null',
  family: 'null',
  allowsVariables: false,
  allowsWildcards: false,
  isNegative: false,
  prepare: (v) => parseIamBool(v.text),
  // The request "value" given to Null is `'true'` when the key is absent, `'false'` when present.
  matches: (r, p) => r === p,
};
