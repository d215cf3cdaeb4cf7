/** `suffix-ignore-case`: a string whose case-folded form ends with the folded `value`. */
import { foldCase } from '../primitives/text.js';
import { definePredicate } from './definition.js';

export interface SuffixIgnoreCasePredicate {
  op: 'suffix-ignore-case';
  value: string;
  at: string;
}

export const suffixIgnoreCaseDefinition = definePredicate<SuffixIgnoreCasePredicate>({
  op: 'suffix-ignore-case',
  description: 'a string ending with `value`, ignoring case (both sides case-folded)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && foldCase(value).endsWith(foldCase(p.value)),
  compile: (p) => {
    const folded = foldCase(p.value);
    return (v) => typeof v === 'string' && foldCase(v).endsWith(folded);
  },
  print: (p) => `suffix-ignore-case ${JSON.stringify(p.value)}`,
});
