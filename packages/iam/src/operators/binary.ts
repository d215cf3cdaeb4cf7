/** `BinaryEquals` [OPS]: byte-for-byte equality; policy and request values are base64 text. */
import type { OperatorDef } from './types.js';

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Canonical base64 of the decoded bytes; `undefined` for text that is not base64. */
export function normalizeBase64(s: string): string | undefined {
  if (!BASE64_RE.test(s)) return undefined;
  return Buffer.from(s, 'base64').toString('base64');
}

export const binaryOperators: OperatorDef[] = [
  {
    name: 'BinaryEquals',
    family: 'binary',
    allowsVariables: false,
    allowsWildcards: false,
    isNegative: false,
    prepare: (v) => normalizeBase64(v.text),
    matches: (r, p) => r === p || normalizeBase64(r) === p,
  } as OperatorDef<string> as OperatorDef,
];
