/**
 * The router's reading of a rule's IR: its disjunctive normal form over clauses. A clause is a
 * `test`, or an `any` of tests on one field (a policy key's condition array), hit when any of its
 * predicates holds; `all` multiplies terms out, `any` of anything else unites them. Each term is
 * a list of clauses that must all hold (matching counts them: state.ts). A `within` node is read
 * as its inner expression with fields under the `within` field: exact when the field holds one
 * object (rule-router.ts confirms the rule otherwise).
 */
import type { Expr, Predicate } from '@arbiter/ir';

export interface IndexClause {
  /** The message key, as people write it: nesting levels joined with dots. */
  field: string;
  predicates: Predicate[];
}

const dotted = (prefix: readonly string[], field: readonly string[]) => [...prefix, ...field].join('.');

/**
 * The clause `e` is, if it is one; memoised so a clause repeated across terms is one group (an
 * expression sits under one `within` path, so its prefix is always the same).
 */
function asClause(e: Expr, memo: Map<Expr, IndexClause>, prefix: readonly string[]): IndexClause | undefined {
  const known = memo.get(e);
  if (known) return known;
  let clause: IndexClause | undefined;
  if (e.kind === 'test') clause = { field: dotted(prefix, e.field), predicates: [e.predicate] };
  else if (e.kind === 'any' && e.of.length > 0 && e.of.every((c) => c.kind === 'test')) {
    const tests = e.of as Extract<Expr, { kind: 'test' }>[];
    const field = dotted(prefix, tests[0]!.field);
    if (tests.every((t) => dotted(prefix, t.field) === field)) clause = { field, predicates: tests.map((t) => t.predicate) };
  }
  if (clause) memo.set(e, clause);
  return clause;
}

/**
 * The terms of `e` (no term: never true; an empty term: always true), or `undefined` when `e`
 * holds a node the index cannot count (`not`): SNS's lowering never produces one.
 */
export function expandTerms(e: Expr, memo = new Map<Expr, IndexClause>(), prefix: readonly string[] = []): IndexClause[][] | undefined {
  const clause = asClause(e, memo, prefix);
  if (clause) return [[clause]];
  switch (e.kind) {
    case 'const':
      return e.value ? [[]] : [];
    case 'any': {
      const out: IndexClause[][] = [];
      for (const c of e.of) {
        const terms = expandTerms(c, memo, prefix);
        if (!terms) return undefined;
        out.push(...terms);
      }
      return out;
    }
    case 'all': {
      let out: IndexClause[][] = [[]];
      for (const c of e.of) {
        const terms = expandTerms(c, memo, prefix);
        if (!terms) return undefined;
        out = out.flatMap((t) => terms.map((u) => [...t, ...u]));
      }
      return out;
    }
    case 'within':
      return expandTerms(e.expr, memo, [...prefix, ...e.field]);
    default:
      return undefined;
  }
}

/** The dotted paths of the `within` nodes of `e` (each under its enclosing ones). */
export function withinFields(e: Expr, prefix: readonly string[] = [], out: string[] = []): string[] {
  if (e.kind === 'within') {
    const path = [...prefix, ...e.field];
    out.push(path.join('.'));
    withinFields(e.expr, path, out);
  } else if (e.kind === 'all' || e.kind === 'any') for (const c of e.of) withinFields(c, prefix, out);
  else if (e.kind === 'not') withinFields(e.expr, prefix, out);
  return out;
}
