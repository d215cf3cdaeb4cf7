/**
 * `any-of`: a value satisfying at least one of the child predicates (OR over a list of operands,
 * as IAM reads a condition's values). Children are dispatched through the registry, which hands
 * its lookup in (no import cycle).
 */
import { compileScalarSet } from '../primitives/scalar.js';
import { definePredicate, type PredicateBase, type PredicateDefinition, type PredicateSchema, type Scalar, type ValueTest } from './definition.js';

export interface AnyOfPredicate {
  op: 'any-of';
  of: PredicateBase[];
  at: string;
}

export type DefinitionLookup = (p: PredicateBase) => PredicateDefinition;

export const childrenSchema: PredicateSchema = { properties: { of: { type: 'array', items: { $ref: '#/definitions/predicate' } } }, required: ['of'] };

/** The children's compiled OR; a list of `exact` operands becomes one Set lookup. */
export function compileAnyOf(of: readonly PredicateBase[], lookup: DefinitionLookup): ValueTest {
  if (of.length > 1 && of.every((c) => c.op === 'exact')) {
    const member = compileScalarSet(of.map((c) => (c as PredicateBase & { value: Scalar }).value));
    return (v) => member(v);
  }
  const tests = of.map((c) => lookup(c).compile(c));
  if (tests.length === 1) return tests[0] as ValueTest;
  return (v, env) => {
    for (let i = 0; i < tests.length; i++) if ((tests[i] as ValueTest)(v, env)) return true;
    return false;
  };
}

export const printChildren = (of: readonly PredicateBase[], lookup: DefinitionLookup): string => `[${of.map((c) => lookup(c).print(c)).join('; ')}]`;

export function anyOfDefinition(lookup: DefinitionLookup): PredicateDefinition<AnyOfPredicate> {
  return definePredicate<AnyOfPredicate>({
    op: 'any-of',
    description: 'a value satisfying at least one of the `of` predicates (false when `of` is empty)',
    schema: childrenSchema,
    test: (p, value, env) => p.of.some((c) => lookup(c).test(c, value, env)),
    compile: (p) => compileAnyOf(p.of, lookup),
    print: (p) => `any-of ${printChildren(p.of, lookup)}`,
  });
}
