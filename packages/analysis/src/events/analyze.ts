/**
 * `analyzeEventPatterns`: what a set of EventBridge rules (or Lambda filters) does as a whole —
 * patterns and `$or` branches no event can match, rules that match exactly the same events, and
 * every pair that shares an event, each with a witness event replayed through the real matcher.
 * What the engine cannot settle is reported as `analysis.unknown` with the reason, never guessed.
 */
import { Arg, checkArgument, diagnostic, fail, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { contradictionNote, sharedKeys } from '../engine/contradictions.js';
import type { Relation } from '../engine/relation.js';
import { AnalysisCodes } from '../sns/analyze.js';
import { deadBranches, satisfiable } from './branches.js';
import { compareEventSides, compileEventSide, type EventSide } from './diff.js';
import type { WitnessEvent } from './event.js';
import { flattenWithin } from './flatten.js';

export const EventAnalysisCodes = { ...AnalysisCodes, duplicate: 'analysis.duplicate-rules' } as const;

export interface EventPatternInput {
  id: string;
  /** The pattern as JSON text or a parsed value. */
  pattern: unknown;
}

export interface EventPairFinding {
  a: string;
  b: string;
  relation: Relation;
  /** An event both rules match (replayed through both matchers). */
  both: WitnessEvent;
}

export interface EventPatternAnalysis {
  /** Findings with `params.rule` naming the rule and `path` a pointer into its pattern. */
  diagnostics: Diagnostic[];
  /** Every pair that matches at least one event in common. */
  overlaps: EventPairFinding[];
  pairsChecked: number;
  /** Pairs left out because one of them matches no event. */
  pairsSkipped: number;
}

interface Rule {
  id: string;
  side: EventSide;
  live: boolean;
}

const warn = (code: string, path: string, message: string, rule: string, extra: Record<string, string> = {}): Diagnostic =>
  diagnostic(code, 'policy', path, message, { severity: 'warning', params: { rule, ...extra } });

function readRules(patterns: readonly EventPatternInput[]): Result<Rule[]> {
  const rules: Rule[] = [];
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const [i, p] of patterns.entries()) {
    if (p === null || typeof p !== 'object' || typeof p.id !== 'string') {
      errors.push(diagnostic('input.wrong-type', 'input', `/patterns/${i}`, 'each entry must be an object with a string `id` and a `pattern`'));
      continue;
    }
    if (seen.has(p.id)) errors.push(diagnostic('input.duplicate-id', 'input', `/patterns/${i}/id`, `the id \`${p.id}\` is used twice: give each rule its own id`));
    seen.add(p.id);
    const side = compileEventSide(p.pattern, p.id);
    if (!side.ok) errors.push(...side.diagnostics.map((d) => ({ ...d, params: { ...d.params, rule: p.id } })));
    else rules.push({ id: p.id, side: side.value, live: true });
  }
  return errors.length ? fail(errors) : ok(rules);
}

/** Whole patterns and `$or` branches that can never match (or could not be decided). */
function deadParts(rule: Rule, out: Diagnostic[]): void {
  const whole = satisfiable(rule.side);
  if (whole.kind === 'unknown') out.push(warn(AnalysisCodes.undecided, '', `could not decide whether rule \`${rule.id}\` matches any event: ${whole.why}`, rule.id));
  if (whole.kind === 'no') {
    rule.live = false;
    const note = contradictionNote(sharedKeys(flattenWithin(rule.side.expr)));
    out.push(warn(AnalysisCodes.neverMatches, '', `rule \`${rule.id}\` can never match: no event satisfies its pattern${note}`, rule.id));
    return;
  }
  for (const { at, verdict } of deadBranches(rule.side)) {
    if (verdict.kind === 'no') out.push(warn(AnalysisCodes.branchNeverMatches, at, `this \`$or\` branch of rule \`${rule.id}\` can never match: no event satisfies it`, rule.id));
    else if (verdict.kind === 'unknown') out.push(warn(AnalysisCodes.undecided, at, `could not decide whether this \`$or\` branch of rule \`${rule.id}\` can match: ${verdict.why}`, rule.id));
  }
}

/** Analyses rules `[{id, pattern}]`; invalid patterns fail with their diagnostics (`params.rule`). */
export function analyzeEventPatterns(patterns: readonly EventPatternInput[]): Result<EventPatternAnalysis> {
  const bad = checkArgument(patterns, Arg.array, 'patterns');
  if (bad.length) return fail(bad);
  const read = readRules(patterns);
  if (!read.ok) return read;
  const rules = read.value;
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) deadParts(rule, diagnostics);
  const overlaps: EventPairFinding[] = [];
  let pairsChecked = 0;
  let pairsSkipped = 0;
  for (const [i, a] of rules.entries()) {
    for (const b of rules.slice(i + 1)) {
      if (!a.live || !b.live) {
        pairsSkipped++;
        continue;
      }
      pairsChecked++;
      const cmp = compareEventSides(a.side, b.side);
      if (cmp.relation === 'equivalent') diagnostics.push(warn(EventAnalysisCodes.duplicate, '', `rules \`${a.id}\` and \`${b.id}\` match exactly the same events`, b.id, { duplicateOf: a.id }));
      if (cmp.witnesses.both) overlaps.push({ a: a.id, b: b.id, relation: cmp.relation, both: cmp.witnesses.both });
      else if (cmp.unknown.both !== undefined) diagnostics.push(warn(AnalysisCodes.undecided, '', `could not decide whether rules \`${a.id}\` and \`${b.id}\` share an event: ${cmp.unknown.both}`, b.id, { other: a.id }));
    }
  }
  return ok({ diagnostics, overlaps, pairsChecked, pairsSkipped });
}
