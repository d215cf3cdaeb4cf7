/** `anything-but`: a value equal (as `exact`) to none of `values`. */
import { compileScalarSet, scalarEquals } from '../primitives/scalar.js';
import { definePredicate, type Scalar } from './definition.js';

export interface AnythingButPredicate {
  op: 'anything-but';
  values: Scalar[];
  at: string;
}

export const anythingButDefinition = definePredicate<AnythingButPredicate>({
  op: 'anything-but',
  description: 'a value equal (type-aware, as `exact`) to none of `values`',
  schema: { properties: { values: { type: 'array', items: { $ref: '#/definitions/scalar' } } }, required: ['values'] },
  test: (p, value) => !p.values.some((v) => scalarEquals(v, value)),
  compile: (p) => {
    const member = compileScalarSet(p.values);
    return (v) => !member(v);
  },
  print: (p) => `anything-but ${JSON.stringify(p.values)}`,
  index: (p, sink) => sink.excludeValues(p.values),
});
