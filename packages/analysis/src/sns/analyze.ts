/**
 * `analyzeSubscriptions`: what a set of SNS subscriptions does as a whole — policies and `$or`
 * branches that can never match, conditions that contradict each other, and pairs of
 * subscriptions that receive exactly the same messages or overlap, each with a witness message.
 */
import { Arg, checkArgument, diagnostic, fail, ok, type Diagnostic, type Expr, type Result } from '@arbiter/ir';
import type { FilterPolicyScope, SnsMessage } from '@arbiter/sns-filter';
import { findWitness, searchSpace } from '../engine/search.js';
import { contradictionNote, sharedKeys } from '../engine/contradictions.js';
import type { Relation } from '../engine/relation.js';
import { compileSide } from './diff.js';
import { comparePair, pairSide, type PairSide } from './pairs.js';
import { finiteKeys, surelyDisjoint, type FiniteKeys } from './finite-keys.js';
import { snsShape } from './message.js';

export const AnalysisCodes = {
  neverMatches: 'analysis.never-matches',
  branchNeverMatches: 'analysis.branch-never-matches',
  duplicate: 'analysis.duplicate-subscriptions',
  undecided: 'analysis.unknown',
} as const;

export interface SubscriptionInput {
  id: string;
  policy?: unknown;
  scope?: FilterPolicyScope;
}

export interface PairFinding {
  a: string;
  b: string;
  /** Decided for pairs testing the same keys or none in common; absent otherwise. */
  relation?: Relation;
  /** A message both subscriptions receive. */
  both: SnsMessage | null;
}

export interface SubscriptionAnalysis {
  /** Findings with `params.subscription` naming the subscription and `path` its policy pointer. */
  diagnostics: Diagnostic[];
  /** Every pair that shares at least one message; duplicates are looked for among pairs testing the same keys. */
  overlaps: PairFinding[];
  pairsChecked: number;
  pairsSkipped: number;
}

interface Prepared extends PairSide {
  finite: FiniteKeys;
}

function satisfiable(expr: Expr, scope: FilterPolicyScope): boolean | undefined {
  const r = findWitness(expr, searchSpace([expr], () => snsShape(scope)));
  return r.kind === 'found' ? true : r.kind === 'none' ? false : undefined;
}

/** `$or` branches no message satisfies. */
function deadParts(expr: Expr, sub: Prepared, out: Diagnostic[]): void {
  const visit = (e: Expr): void => {
    if (e.kind === 'any' && e.at.endsWith('/$or')) {
      e.of.forEach((branch) => {
        if (satisfiable(branch, sub.scope) !== false) return;
        out.push(diagnostic(AnalysisCodes.branchNeverMatches, 'policy', branch.at, `this \`$or\` branch of subscription \`${sub.id}\` can never match: no message satisfies it`, { severity: 'warning', params: { subscription: sub.id } }));
      });
    }
    if (e.kind === 'all' || e.kind === 'any') e.of.forEach(visit);
    else if (e.kind === 'not') visit(e.expr);
  };
  visit(expr);
}

export function analyzeSubscriptions(subscriptions: readonly SubscriptionInput[]): Result<SubscriptionAnalysis> {
  const bad = checkArgument(subscriptions, Arg.array, 'subscriptions');
  if (bad.length) return fail(bad);
  const prepared: Prepared[] = [];
  const errors: Diagnostic[] = [];
  for (const [i, s] of subscriptions.entries()) {
    if (s === null || typeof s !== 'object' || typeof s.id !== 'string') {
      errors.push(diagnostic('input.wrong-type', 'input', `/subscriptions/${i}`, 'each subscription must be an object with a string `id` and a `policy`'));
      continue;
    }
    const scope = s.scope ?? 'MessageAttributes';
    const side = compileSide(s.policy, scope, s.id);
    if (!side.ok) errors.push(...side.diagnostics.map((d) => ({ ...d, params: { ...d.params, subscription: s.id } })));
    else prepared.push({ ...pairSide(s.id, scope, side.value), finite: finiteKeys(side.value.expr) });
  }
  if (errors.length) return fail(errors);
  const diagnostics: Diagnostic[] = [];
  for (const sub of prepared) {
    const any = satisfiable(sub.side.expr, sub.scope);
    if (any === false) diagnostics.push(diagnostic(AnalysisCodes.neverMatches, 'policy', '', `subscription \`${sub.id}\` can never receive a message: no message satisfies its filter policy${contradictionNote(sharedKeys(sub.side.expr))}`, { severity: 'warning', params: { subscription: sub.id } }));
    else deadParts(sub.side.expr, sub, diagnostics);
  }
  const overlaps: PairFinding[] = [];
  let pairsChecked = 0;
  let pairsSkipped = 0;
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      if (a.scope !== b.scope || surelyDisjoint(a.finite, b.finite)) {
        pairsSkipped++;
        continue;
      }
      pairsChecked++;
      const cmp = comparePair(a, b);
      if (cmp.relation === 'equivalent') {
        diagnostics.push(diagnostic(AnalysisCodes.duplicate, 'policy', '', `subscriptions \`${a.id}\` and \`${b.id}\` receive exactly the same messages`, { severity: 'warning', params: { subscription: b.id, duplicateOf: a.id } }));
      }
      if (cmp.both) overlaps.push({ a: a.id, b: b.id, ...(cmp.relation ? { relation: cmp.relation } : {}), both: cmp.both });
    }
  }
  return ok({ diagnostics, overlaps, pairsChecked, pairsSkipped });
}
