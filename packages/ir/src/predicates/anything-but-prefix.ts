/** `anything-but-prefix`: a string not starting with `value` (non-strings never match). */
import { definePredicate } from './definition.js';

export interface AnythingButPrefixPredicate {
  op: 'anything-but-prefix';
  value: string;
  at: string;
}

export const anythingButPrefixDefinition = definePredicate<AnythingButPrefixPredicate>({
  op: 'anything-but-prefix',
  description: 'a string not starting with `value`; other values never match',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && !value.startsWith(p.value),
  compile: ({ value: s }) => (v) => typeof v === 'string' && !v.startsWith(s),
  print: (p) => `anything-but-prefix ${JSON.stringify(p.value)}`,
  index: (p, sink) => sink.excludePrefix(p.value),
});
