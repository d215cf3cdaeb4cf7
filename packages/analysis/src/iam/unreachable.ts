/**
 * Statements that can never take effect: a statement no request satisfies (its conditions
 * contradict each other, or its Action/Resource/Principal match nothing), and an Allow every request
 * of which some Deny denies. (Rules are kept in policy order, one per statement.) Each is proved by an exhausted search; a search the engine cannot
 * finish is listed as undecided, never reported as a finding.
 */
import { all, diagnostic, ok, type Diagnostic, type Expr, type Result, type Rule } from '@arbiter/ir';
import { statementParts } from '@arbiter/iam';
import { readKind } from './diff.js';
import { allowedExpr, loadSide, spellingsOf, type AnalysedKind, type PolicySide } from './policies.js';
import { RequestSpace } from './search.js';
import { findOrProveEmpty } from './widen.js';

export const IamAnalysisCodes = {
  neverApplies: 'analysis.iam.statement-never-applies',
  shadowed: 'analysis.iam.allow-shadowed-by-deny',
} as const;

export interface StatementAnalysis {
  /** Warnings at each statement's pointer; `params.policyIndex` names the policy in the list. */
  diagnostics: Diagnostic[];
  /** Statements whose question the engine could not decide, with why. */
  undecided: Array<{ policyIndex: number; path: string; reason: string }>;
}

const nameOf = (r: Rule) => (/^\d+$/.test(r.id) ? `#${r.id}` : `\`${r.id}\``);

function conditionKeys(rule: Rule): string[] {
  const keys = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'test' && e.field[0]?.startsWith('context')) keys.add(`\`${e.field[1]}\``);
    if (e.kind === 'not') visit(e.expr);
    if (e.kind === 'all' || e.kind === 'any') e.of.forEach(visit);
  };
  statementParts(rule).conditions.forEach(visit);
  return [...keys];
}

export function analyzeIamStatements(policies: unknown, options: { kind?: AnalysedKind } = {}): Result<StatementAnalysis> {
  const kind = readKind(options);
  if (!kind.ok) return kind;
  const loaded = loadSide(policies, kind.value, 'policy');
  if (!loaded.ok) return loaded;
  const side: PolicySide = loaded.value;
  const texts = spellingsOf([side]).texts;
  const search = (goal: Expr) => findOrProveEmpty(new RequestSpace([goal], { texts }), goal);
  const diagnostics: Diagnostic[] = [];
  const undecided: StatementAnalysis['undecided'] = [];
  const denies = side.rules.filter((r) => r.effect === 'Deny');
  side.policies.forEach((policy, policyIndex) => {
    const start = side.policies.slice(0, policyIndex).reduce((n, p) => n + p.statements.length, 0);
    for (const rule of side.rules.slice(start, start + policy.statements.length)) {
      // An Allow of a resource-based policy takes effect only where it grants (allowedExpr).
      const r = search(rule.effect === 'Allow' ? allowedExpr([rule], side.kind) : rule.when);
      const params = { policyIndex };
      if (r.kind === 'unknown') undecided.push({ policyIndex, path: rule.at, reason: r.reason });
      else if (r.kind === 'none') {
        const parts = statementParts(rule);
        const matchable = search(all([parts.action, parts.resource, parts.principal], ''));
        const why = matchable.kind === 'found' ? `its conditions contradict each other (${conditionKeys(rule).join(', ')})` : 'no request matches its Action, Resource and Principal together';
        diagnostics.push(diagnostic(IamAnalysisCodes.neverApplies, 'policy', rule.at, `statement ${nameOf(rule)} can never apply: ${why}`, { severity: 'warning', params }));
      } else if (rule.effect === 'Allow' && denies.length > 0) {
        const shadow = search(allowedExpr([rule, ...denies], side.kind));
        if (shadow.kind === 'unknown') undecided.push({ policyIndex, path: rule.at, reason: shadow.reason });
        else if (shadow.kind === 'none') {
          diagnostics.push(diagnostic(IamAnalysisCodes.shadowed, 'policy', rule.at, `statement ${nameOf(rule)} never grants anything: every request it allows is denied by ${denies.map(nameOf).join(', ')}`, { severity: 'warning', params }));
        }
      }
    }
  });
  return ok({ diagnostics, undecided });
}
