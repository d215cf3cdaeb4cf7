/** `equals-ignore-case`: a string equal to `value` after case folding (primitives/text.ts). */
import { equalsIgnoreCase, foldCase } from '../primitives/text.js';
import { definePredicate } from './definition.js';

export interface EqualsIgnoreCasePredicate {
  op: 'equals-ignore-case';
  value: string;
  at: string;
}

export const equalsIgnoreCaseDefinition = definePredicate<EqualsIgnoreCasePredicate>({
  op: 'equals-ignore-case',
  description: 'a string equal to `value` ignoring case (full Unicode lower-casing of both sides)',
  schema: { properties: { value: { type: 'string' } }, required: ['value'] },
  test: (p, value) => typeof value === 'string' && equalsIgnoreCase(p.value, value),
  compile: (p) => {
    const raw = p.value;
    const folded = foldCase(raw);
    return (v) => typeof v === 'string' && (v === raw || foldCase(v) === folded);
  },
  print: (p) => `equals-ignore-case ${JSON.stringify(p.value)}`,
  index: (p, sink) => sink.folded(foldCase(p.value)),
});
