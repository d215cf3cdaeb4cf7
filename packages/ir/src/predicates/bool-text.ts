/** `bool-text`: a string `true`/`false` (any case) equal to `value`. */
import { parseBoolText } from '../primitives/text-values.js';
import { definePredicate } from './definition.js';

export interface BoolTextPredicate {
  op: 'bool-text';
  value: boolean;
  at: string;
}

export const boolTextDefinition = definePredicate<BoolTextPredicate>({
  op: 'bool-text',
  description: 'a string `true` or `false` (any case) equal to `value`',
  schema: { properties: { value: { type: 'boolean' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && parseBoolText(value) === p.value,
  compile: (p) => {
    const want = p.value;
    return (v) => typeof v === 'string' && parseBoolText(v) === want;
  },
  print: (p) => `bool ${p.value}`,
});
