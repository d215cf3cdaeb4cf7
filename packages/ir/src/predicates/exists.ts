/** `exists`: presence of the field (`value: true`) or its absence (`value: false`); values are not looked at. */
import { definePredicate } from './definition.js';

export interface ExistsPredicate {
  op: 'exists';
  value: boolean;
  at: string;
}

export const existsDefinition = definePredicate<ExistsPredicate>({
  op: 'exists',
  description: 'presence of the field (`value: true`) or its absence (`value: false`)',
  schema: { properties: { value: { type: 'boolean' } }, required: ['value'] },
  presence: (p, present) => present === p.value,
  // A value reaching a presence predicate means the field is present.
  test: (p) => p.value,
  compile: (p) => {
    const v = p.value;
    return () => v;
  },
  print: (p) => `exists ${p.value}`,
  index: (p, sink) => sink.presence(p.value),
});
