/**
 * Dead `$or` branches of an event pattern. The pattern compiles to an OR of conjunctions, one per
 * combination of `$or` branches (event-ruler's expansion), and every test keeps the JSON pointer of
 * its condition, so a branch is the set of conjunctions holding a test under its pointer: it can
 * never match exactly when none of them can. A conjunction is decided like a whole pattern (a
 * witness event, replayed through the pattern's matcher — which any event satisfying one
 * conjunction satisfies — or a proof that none exists, or `unknown` with the reason).
 */
import { constant, parsePointer, toPointer, type Expr } from '@arbiter/ir';
import { compareEventSides, type EventSide } from './diff.js';

export type Satisfiable = { kind: 'yes' } | { kind: 'no' } | { kind: 'unknown'; why: string };

const NOTHING: EventSide = { expr: constant(false, ''), matches: () => false };

/** Whether any event satisfies `side`: the `onlyOld` part of a comparison with the empty pattern. */
export function satisfiable(side: EventSide): Satisfiable {
  const cmp = compareEventSides(side, NOTHING);
  if (cmp.witnesses.onlyOld !== null) return { kind: 'yes' };
  const why = cmp.unknown.onlyOld;
  return why === undefined ? { kind: 'no' } : { kind: 'unknown', why };
}

/** The conjunctions of a compiled pattern (its root is an OR of them only when it has `$or`). */
function conjunctionsOf(expr: Expr): Expr[] {
  return expr.kind === 'any' && expr.at === '' ? expr.of : [expr];
}

/** Pointers of the `$or` branches a conjunction's tests sit in (`/$or/0`, `/a/$or/1/$or/0`, …). */
function branchesOf(expr: Expr, out = new Set<string>()): Set<string> {
  if (expr.kind === 'test') {
    const segments = parsePointer(expr.at) ?? [];
    segments.forEach((seg, i) => {
      if (seg === '$or' && i + 1 < segments.length) out.add(toPointer(segments.slice(0, i + 2)));
    });
  } else if (expr.kind === 'all' || expr.kind === 'any') expr.of.forEach((e) => branchesOf(e, out));
  else if (expr.kind === 'not' || expr.kind === 'within') branchesOf(expr.expr, out);
  return out;
}

export interface BranchVerdict {
  /** JSON pointer of the branch in the pattern. */
  at: string;
  verdict: Satisfiable;
}

/** Each `$or` branch no event can satisfy (`no`) or that could not be decided (`unknown`); inner branches of a dead one are left out. */
export function deadBranches(side: EventSide): BranchVerdict[] {
  const conjunctions = conjunctionsOf(side.expr).map((expr) => ({ expr, branches: branchesOf(expr) }));
  const all = new Set(conjunctions.flatMap((c) => [...c.branches]));
  if (all.size === 0) return [];
  const verdicts = new Map<Expr, Satisfiable>();
  const verdictOf = (expr: Expr): Satisfiable => {
    let v = verdicts.get(expr);
    if (!v) verdicts.set(expr, (v = satisfiable({ expr, matches: side.matches })));
    return v;
  };
  const out: BranchVerdict[] = [];
  for (const at of [...all].sort((a, b) => a.length - b.length)) {
    if (out.some((d) => d.verdict.kind === 'no' && at.startsWith(`${d.at}/`))) continue;
    const holding = conjunctions.filter((c) => c.branches.has(at));
    const found = holding.map((c) => verdictOf(c.expr));
    if (found.some((v) => v.kind === 'yes')) continue;
    const unknown = found.find((v) => v.kind === 'unknown');
    out.push({ at, verdict: unknown ?? { kind: 'no' } });
  }
  return out;
}
