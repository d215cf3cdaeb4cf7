/**
 * The router's reading of a rule's IR: its disjunctive normal form over clauses. A clause is a
 * `test`, or an `any` of tests on one field (a policy key's condition array), hit when any of its
 * predicates holds; `all` multiplies terms out, `any` of anything else unites them. Each term is
 * a list of clauses that must all hold (matching counts them: state.ts).
 */
import type { Expr, Predicate } from '@arbiter/ir';

export interface IndexClause {
  /** The message key, as people write it: nesting levels joined with dots. */
  field: string;
  predicates: Predicate[];
}

/** The clause `e` is, if it is one; memoised so a clause repeated across terms is one group. */
function asClause(e: Expr, memo: Map<Expr, IndexClause>): IndexClause | undefined {
  const known = memo.get(e);
  if (known) return known;
  let clause: IndexClause | undefined;
  if (e.kind === 'test') clause = { field: e.field.join('.'), predicates: [e.predicate] };
  else if (e.kind === 'any' && e.of.length > 0 && e.of.every((c) => c.kind === 'test')) {
    const tests = e.of as Extract<Expr, { kind: 'test' }>[];
    const field = tests[0]!.field.join('.');
    if (tests.every((t) => t.field.join('.') === field)) clause = { field, predicates: tests.map((t) => t.predicate) };
  }
  if (clause) memo.set(e, clause);
  return clause;
}

/**
 * The terms of `e` (no term: never true; an empty term: always true), or `undefined` when `e`
 * holds a node the index cannot count (`not`): SNS's lowering never produces one.
 */
export function expandTerms(e: Expr, memo = new Map<Expr, IndexClause>()): IndexClause[][] | undefined {
  const clause = asClause(e, memo);
  if (clause) return [[clause]];
  switch (e.kind) {
    case 'const':
      return e.value ? [[]] : [];
    case 'any': {
      const out: IndexClause[][] = [];
      for (const c of e.of) {
        const terms = expandTerms(c, memo);
        if (!terms) return undefined;
        out.push(...terms);
      }
      return out;
    }
    case 'all': {
      let out: IndexClause[][] = [[]];
      for (const c of e.of) {
        const terms = expandTerms(c, memo);
        if (!terms) return undefined;
        out = out.flatMap((t) => terms.map((u) => [...t, ...u]));
      }
      return out;
    }
    default:
      return undefined;
  }
}
