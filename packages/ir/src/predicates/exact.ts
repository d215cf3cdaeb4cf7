/** `exact`: type-aware equality (strings by text, numbers at six decimals, true/false/null literally). */
import { compileScalarSet, scalarEquals } from '../primitives/scalar.js';
import { definePredicate, type Scalar } from './definition.js';

export interface ExactPredicate {
  op: 'exact';
  value: Scalar;
  at: string;
}

export const exactDefinition = definePredicate<ExactPredicate>({
  op: 'exact',
  description: 'type-aware equality: strings equal strings, numbers equal numbers at six decimals, true/false/null literally',
  schema: { properties: { value: { $ref: '#/definitions/scalar' } }, required: ['value'] },
  test: (p, value) => scalarEquals(p.value, value),
  compile: (p) => compileScalarSet([p.value]),
  print: (p) => `= ${JSON.stringify(p.value)}`,
  index: (p, sink) => sink.exact(p.value),
});
