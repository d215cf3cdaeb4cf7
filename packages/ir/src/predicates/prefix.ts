/** `prefix`: a string starting with `value`, case-sensitive. */
import { definePredicate } from './definition.js';

export interface PrefixPredicate {
  op: 'prefix';
  value: string;
  at: string;
}

export const prefixDefinition = definePredicate<PrefixPredicate>({
  op: 'prefix',
  description: 'a string starting with `value` (case-sensitive)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && value.startsWith(p.value),
  compile: ({ value: s }) => (v) => typeof v === 'string' && v.startsWith(s),
  print: (p) => `prefix ${JSON.stringify(p.value)}`,
  index: (p, sink) => sink.prefix(p.value),
});
