/** `base64`: a string of base64 whose decoded bytes equal those of `value` (canonical base64). */
import { normalizeBase64 } from '../primitives/text-values.js';
import { definePredicate } from './definition.js';

export interface Base64Predicate {
  op: 'base64';
  value: string;
  at: string;
}

export const base64Definition = definePredicate<Base64Predicate>({
  op: 'base64',
  description: 'base64 text whose decoded bytes equal those of `value` (given in canonical base64)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && normalizeBase64(value) === p.value,
  compile: (p) => {
    const want = p.value;
    return (v) => typeof v === 'string' && (v === want || normalizeBase64(v) === want);
  },
  print: (p) => `base64 ${JSON.stringify(p.value)}`,
});
