/**
 * `none-of`: a value satisfying none of the child predicates (NOR over a list of operands, as IAM
 * reads a negated condition operator such as `StringNotEquals`).
 */
import { childrenSchema, compileAnyOf, printChildren, type DefinitionLookup } from './any-of.js';
import { definePredicate, type PredicateBase, type PredicateDefinition } from './definition.js';

export interface NoneOfPredicate {
  op: 'none-of';
  of: PredicateBase[];
  at: string;
}

export function noneOfDefinition(lookup: DefinitionLookup): PredicateDefinition<NoneOfPredicate> {
  return definePredicate<NoneOfPredicate>({
    op: 'none-of',
    description: 'a value satisfying none of the `of` predicates (true when `of` is empty)',
    schema: childrenSchema,
    test: (p, value, env) => !p.of.some((c) => lookup(c).test(c, value, env)),
    compile: (p) => {
      const some = compileAnyOf(p.of, lookup);
      return (v, env) => !some(v, env);
    },
    print: (p) => `none-of ${printChildren(p.of, lookup)}`,
  });
}
