/**
 * Access Analyzer's redundancy suggestions. A value is redundant when the other values of its
 * element already cover everything it names; values are judged from the last to the first, so of
 * two equal values the later one is reported, and a value once reported covers nothing.
 * Actions are compared through the data (what each names); resources by ARN patterns, soundly:
 * a pattern covers another only when it has no `?` and matches the other's text, wildcards included.
 */
import { globFromText, matchArn, prepareArnPattern, type Diagnostic } from '@arbiter/ir';
import type { ServiceData } from '../service-data/types.js';
import type { IamStatement, PolicyValue } from '../types.js';
import { expandAction } from './action-keys.js';
import { AaCheckCodes } from './codes.js';
import { finding } from './finding.js';

/**
 * Resource values are compared pairwise; one comparison costs about (the pattern's `*` + 1) × the
 * value's length. A policy gets this much of that work, then the check stops (hostile lists stay cheap).
 */
export const RESOURCE_WORK_BUDGET = 20_000_000;
const ALL = '*';

export function checkRedundantActions(st: IamStatement, data: ServiceData): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const list of [st.action, st.notAction]) {
    if (!list || list.length < 2) continue;
    const named = list.map((v) => (v.text === '*' ? [ALL] : qualifiedNames(v.text, data)));
    const count = new Map<string, number>();
    for (const names of named) for (const n of names ?? []) count.set(n, (count.get(n) ?? 0) + 1);
    const redundant: PolicyValue[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const names = named[i];
      if (!names) continue;
      const covered = names.every((n) => (count.get(n) ?? 0) >= 2 || (n !== ALL && (count.get(ALL) ?? 0) >= 1));
      if (!covered) continue;
      redundant.unshift(list[i]!);
      for (const n of names) count.set(n, count.get(n)! - 1);
    }
    for (const v of redundant) {
      out.push(finding(AaCheckCodes.redundantAction, v.at, `Redundant action: The ${redundant.length} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${v.text}.`, `remove \`${v.text}\`: the statement's other actions already include it`, { code: 'REDUNDANT_ACTION', type: 'SUGGESTION' }, { action: v.text }));
    }
  }
  return out;
}

/** `s3:Get*` → `['s3:getobject', …]`, cached per expansion (the expansions are cached in action-keys.ts). */
const names = new WeakMap<object, string[]>();
function qualifiedNames(text: string, data: ServiceData): string[] | undefined {
  const e = expandAction(text, (p) => data.service(p));
  if (!e) return undefined;
  let list = names.get(e.actions);
  if (!list) names.set(e.actions, (list = e.actions.map((a) => `${e.prefix}:${a.name.toLowerCase()}`)));
  return list;
}

export function checkRedundantResources(st: IamStatement, budget: { work: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const list of [st.resource, st.notResource]) {
    if (!list || list.length < 2) continue;
    const work = list.reduce((n, v) => n + v.text.split('*').length, 0) * list.reduce((n, v) => n + v.text.length, 0);
    if (work > budget.work) continue;
    budget.work -= work;
    const patterns = list.map((v) => (covering(v) ? prepareArnPattern(globFromText(v.text)) : undefined));
    const kept = list.map(() => true);
    for (let i = list.length - 1; i >= 0; i--) {
      const v = list[i]!;
      if (v.hasVariables || v.text.includes('${')) continue;
      const coveredBy = list.findIndex((w, j) => j !== i && kept[j] && (w.text === v.text || w.text === '*' || (patterns[j] !== undefined && v.text.startsWith('arn:') && matchArn(v.text, patterns[j]!))));
      if (coveredBy >= 0) kept[i] = false;
    }
    const redundant = list.filter((_, i) => !kept[i]);
    for (const v of redundant) {
      out.push(finding(AaCheckCodes.redundantResource, v.at, `Redundant resource: The ${redundant.length} resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)`, `remove \`${v.text}\`: another resource of this statement already matches it`, { code: 'REDUNDANT_RESOURCE', type: 'SUGGESTION' }, { resource: v.text }));
    }
  }
  return out;
}

/** A value that may cover others: an ARN pattern without `?` or variables. */
const covering = (v: PolicyValue) => v.text.startsWith('arn:') && !v.text.includes('?') && !v.hasVariables && !v.text.includes('${');

/** Statements equal in everything but Sid (values compared as sets, names without case where IAM ignores it). */
export function checkRedundantStatements(statements: IamStatement[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const st of statements) {
    const key = canonical(st);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    out.push(finding(AaCheckCodes.redundantStatement, st.at, 'Redundant statement: The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement.', 'remove this statement: an earlier one is identical', { code: 'REDUNDANT_STATEMENT', type: 'SUGGESTION' }));
  }
  return out;
}

function canonical(st: IamStatement): string {
  const set = (vs: PolicyValue[] | undefined, lower = false) => (vs ? [...new Set(vs.map((v) => (lower ? v.text.toLowerCase() : v.text)))].sort() : null);
  const principal = (p: IamStatement['principal']) => (p ? { w: p.wildcard, v: Object.entries(p.values).map(([k, vs]) => [k, [...new Set(vs)].sort()]).sort() } : null);
  const conditions = st.conditions.map((c) => [c.operatorText.toLowerCase(), c.lowerKey, set(c.values)]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return JSON.stringify([st.effect, set(st.action, true), set(st.notAction, true), set(st.resource), set(st.notResource), principal(st.principal), principal(st.notPrincipal), conditions]);
}
