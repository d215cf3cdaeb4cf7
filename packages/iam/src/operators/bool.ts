/** `Bool` [OPS]: `true`/`false`, compared case-insensitively on both sides (spec §1.7, derived). */
import type { OperatorDef } from './types.js';

export function parseIamBool(s: string): 'true' | 'false' | undefined {
  const l = s.toLowerCase();
  return l === 'true' || l === 'false' ? l : undefined;
}

export const boolOperators: OperatorDef[] = [
  {
    name: 'Bool',
    family: 'bool',
    // [OPS] allows variables, [VAR] and Access Analyzer do not; we follow Access Analyzer (spec §1.8).
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    prepare: (v) => parseIamBool(v.text),
    matches: (r, p) => parseIamBool(r) === p,
  } as OperatorDef<'true' | 'false'> as OperatorDef,
];
