/** `Bool` [OPS]: `true`/`false`, compared case-insensitively on both sides (spec §1.7, derived). */
import { parseBoolText } from '@arbiter/ir';
import { literalText } from './operand.js';
import type { OperatorDef } from './types.js';

export function parseIamBool(s: string): 'true' | 'false' | undefined {
  const b = parseBoolText(s);
  return b === undefined ? undefined : b ? 'true' : 'false';
}

export const boolOperators: OperatorDef[] = [
  {
    name: 'Bool',
    family: 'bool',
    // [OPS] allows variables, [VAR] and Access Analyzer do not; we follow Access Analyzer (spec §1.8).
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    lower: (v) => {
      const value = parseBoolText(literalText(v));
      return value === undefined ? undefined : { op: 'bool-text', value, at: v.at };
    },
  },
];
