/**
 * `exists`: presence of the field (`value: true`) or its absence (`value: false`). A field is
 * present when it has some value not equal (as `exact`) to one of `ignoring`: SNS's body scope
 * ignores `null` and `""` (an attribute, or an IAM key, has no such values: `ignoring` absent).
 */
import type { FieldValues } from '../nodes.js';
import { scalarEquals } from '../primitives/scalar.js';
import { definePredicate, type Scalar } from './definition.js';

export interface ExistsPredicate {
  op: 'exists';
  value: boolean;
  /** Values that do not count as presence. */
  ignoring?: Scalar[];
  at: string;
}

function isPresent(p: ExistsPredicate, values: FieldValues): boolean {
  if (values === undefined) return false;
  const ignoring = p.ignoring;
  if (ignoring === undefined || ignoring.length === 0) return true;
  return values.some((v) => !ignoring.some((x) => scalarEquals(x, v)));
}

export const existsDefinition = definePredicate<ExistsPredicate>({
  op: 'exists',
  description: 'presence of the field (`value: true`) or its absence (`value: false`); values listed in `ignoring` do not count as presence',
  schema: { properties: { value: { type: 'boolean' }, ignoring: { type: 'array', items: { $ref: '#/definitions/scalar' } } }, required: ['value'] },
  presence: (p, values) => isPresent(p, values) === p.value,
  // Never called for a presence predicate (the evaluators use `presence`): one value is present.
  test: (p) => p.value,
  compile: (p) => {
    const v = p.value;
    return () => v;
  },
  print: (p) => `exists ${p.value}${p.ignoring?.length ? ` ignoring ${JSON.stringify(p.ignoring)}` : ''}`,
  index: (p, sink) => sink.presence(p.value, p.ignoring ?? []),
});
