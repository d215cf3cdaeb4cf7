/** `BinaryEquals` [OPS]: byte-for-byte equality; policy and request values are base64 text. */
import { normalizeBase64 } from '@arbiter/ir';
import { literalText } from './operand.js';
import type { OperatorDef } from './types.js';

export { normalizeBase64 };

export const binaryOperators: OperatorDef[] = [
  {
    name: 'BinaryEquals',
    family: 'binary',
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    lower: (v) => {
      const value = normalizeBase64(literalText(v));
      return value === undefined ? undefined : { op: 'base64', value, at: v.at };
    },
  },
];
