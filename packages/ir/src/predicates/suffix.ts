/** `suffix`: a string ending with `value`, case-sensitive. */
import { definePredicate } from './definition.js';

export interface SuffixPredicate {
  op: 'suffix';
  value: string;
  at: string;
}

export const suffixDefinition = definePredicate<SuffixPredicate>({
  op: 'suffix',
  description: 'a string ending with `value` (case-sensitive)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && value.endsWith(p.value),
  compile: ({ value: s }) => (v) => typeof v === 'string' && v.endsWith(s),
  print: (p) => `suffix ${JSON.stringify(p.value)}`,
  index: (p, sink) => sink.suffix(p.value),
});
