/** `prefix-ignore-case`: a string whose case-folded form starts with the folded `value`. */
import { foldCase } from '../primitives/text.js';
import { definePredicate } from './definition.js';

export interface PrefixIgnoreCasePredicate {
  op: 'prefix-ignore-case';
  value: string;
  at: string;
}

export const prefixIgnoreCaseDefinition = definePredicate<PrefixIgnoreCasePredicate>({
  op: 'prefix-ignore-case',
  description: 'a string starting with `value`, ignoring case (both sides case-folded)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && foldCase(value).startsWith(foldCase(p.value)),
  compile: (p) => {
    const folded = foldCase(p.value);
    return (v) => typeof v === 'string' && foldCase(v).startsWith(folded);
  },
  print: (p) => `prefix-ignore-case ${JSON.stringify(p.value)}`,
});
