/**
 * What changed between the two versions of one file: each filter policy or event pattern whose
 * value differs is compared with `@arbiter/analysis`, and a finding says whether it now lets more
 * through (with a witness replayed through the evaluator), less, or could not be decided.
 */
import { diffEventPatternSets, diffFilterPolicies, type Comparison } from '@arbiter/analysis';
import type { Result } from '@arbiter/ir';
import type { Finding } from '../../templates/findings.js';
import type { LoadedDocument } from '../../templates/located.js';
import { EVENT_WORDS, MESSAGE_WORDS, type DiffWords } from '../diff-report.js';
import type { FileGroups, PolicyGroup } from './policy-groups.js';

export const ChangeCodes = {
  more: 'analysis.delivers-more',
  less: 'analysis.delivers-less',
  undecided: 'analysis.change-undecided',
} as const;

/** A stable text for comparing values (object keys sorted). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const NAMES = { 'sns-filter': 'filter policy', 'event-pattern': 'event pattern' } as const;

function diffOf(before: PolicyGroup | undefined, after: PolicyGroup | undefined): Result<Comparison<unknown>> | string {
  const group = (after ?? before)!;
  if (group.language === 'event-pattern') return diffEventPatternSets(before?.values ?? [], after?.values ?? []);
  if (!before || !after) return 'the filter policy was added or removed'; // handled by the caller
  if (before.scope !== after.scope) return `the FilterPolicyScope changed from ${before.scope} to ${after.scope}`;
  return diffFilterPolicies(before.values[0], after.values[0], { scope: after.scope });
}

interface Place {
  file: string;
  doc: LoadedDocument;
  base: string;
}

function finding(place: Place, group: PolicyGroup, code: string, severity: Finding['severity'], message: string, params: Record<string, string>): Finding {
  const where = place.doc.locate(group.pointer);
  const f: Finding = { file: place.file, line: where.line, column: where.column, severity, code, message, pointer: group.pointer, policyKind: group.language, params };
  if (group.resource) f.resource = group.resource;
  return f;
}

function describe(place: Place, group: PolicyGroup, diff: Comparison<unknown>, words: DiffWords): Finding | undefined {
  const what = `the ${NAMES[group.language]}${group.resource ? ` of \`${group.resource}\`` : ''}`;
  const { onlyOld, onlyNew } = diff.witnesses;
  const params: Record<string, string> = { relation: diff.relation, base: place.base };
  const relation = diff.relation === 'unknown' ? 'the full relation is undecided' : diff.relation;
  if (onlyNew) {
    params.witness = JSON.stringify(onlyNew);
    const also = onlyOld ? `; it also no longer ${words.verb} some it did, e.g. ${JSON.stringify(onlyOld)}` : '';
    return finding(place, group, ChangeCodes.more, 'warning', `${what} now ${words.verb} ${words.noun} it did not at ${place.base} (${relation}), e.g. ${JSON.stringify(onlyNew)}${also}`, params);
  }
  const undecided = diff.unknown.onlyNew;
  if (undecided !== undefined) {
    return finding(place, group, ChangeCodes.undecided, 'warning', `${what} changed since ${place.base}; whether it now ${words.verb} more ${words.noun} could not be decided: ${undecided}`, params);
  }
  if (onlyOld) {
    params.witness = JSON.stringify(onlyOld);
    return finding(place, group, ChangeCodes.less, 'warning', `${what} no longer ${words.verb} some ${words.noun} it did at ${place.base} (${relation}), e.g. ${JSON.stringify(onlyOld)}`, params);
  }
  return undefined;
}

/** Findings for every compared policy that changed between `before` and `after` (the file as it is now). */
export function compareVersions(before: FileGroups, after: FileGroups, place: Place): Finding[] {
  const out: Finding[] = [];
  const keys = new Set([...after.groups.keys(), ...before.groups.keys()]);
  for (const key of keys) {
    const oldGroup = before.groups.get(key);
    const newGroup = after.groups.get(key);
    const group = (newGroup ?? oldGroup)!;
    // A policy of a resource that is new (or gone) is no change of a policy.
    const resource = group.resource.split('/')[0]!;
    if (resource && !(before.resources.has(resource) && after.resources.has(resource))) continue;
    if (oldGroup && newGroup && canonical([oldGroup.values, oldGroup.scope, oldGroup.unresolved]) === canonical([newGroup.values, newGroup.scope, newGroup.unresolved])) continue;
    const words = group.language === 'event-pattern' ? EVENT_WORDS : MESSAGE_WORDS;
    if (group.language === 'sns-filter' && (!oldGroup || !newGroup)) {
      // No filter policy: the subscription receives every message.
      const params = { relation: newGroup ? 'narrower' : 'broader', base: place.base };
      const what = `the subscription \`${group.resource}\``;
      out.push(newGroup
        ? finding(place, group, ChangeCodes.less, 'warning', `${what} gained a filter policy since ${place.base}: it no longer receives every message`, params)
        : finding(place, group, ChangeCodes.more, 'warning', `${what} lost its filter policy since ${place.base}: it now receives every message`, params));
      continue;
    }
    const unresolved = newGroup?.unresolved ?? oldGroup?.unresolved;
    const diff = unresolved ? `${unresolved}` : diffOf(oldGroup, newGroup);
    if (typeof diff === 'string' || !diff.ok) {
      // Invalid versions are reported by validation itself; only the undecidable is said here.
      if (typeof diff === 'string') out.push(finding(place, group, ChangeCodes.undecided, 'warning', `the ${NAMES[group.language]}${group.resource ? ` of \`${group.resource}\`` : ''} changed since ${place.base}; it was not compared: ${diff}`, { base: place.base }));
      continue;
    }
    const f = describe(place, group, diff.value, words);
    if (f) out.push(f);
  }
  return out;
}
