/**
 * What changed between the two versions of one file: each filter policy or event pattern whose
 * value differs is compared with `@arbiter/analysis`, and a finding says whether it now lets more
 * through (with a witness replayed through the evaluator), less, or could not be decided.
 */
import { diffEventPatternSets, diffFilterPolicies, iamDiff, type Comparison } from '@arbiter/analysis';
import type { Finding } from '../../templates/findings.js';
import type { LoadedDocument } from '../../templates/located.js';
import { EVENT_WORDS, MESSAGE_WORDS, REQUEST_WORDS, type DiffWords } from '../diff-report.js';
import type { FileGroups, PolicyGroup } from './policy-groups.js';

export const ChangeCodes = {
  more: 'analysis.delivers-more',
  less: 'analysis.delivers-less',
  grantsMore: 'analysis.grants-more',
  grantsLess: 'analysis.grants-less',
  undecided: 'analysis.change-undecided',
} as const;

/** A stable text for comparing values (object keys sorted). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const NAMES = { 'sns-filter': 'filter policy', 'event-pattern': 'event pattern', iam: 'IAM policy' } as const;

interface Place {
  file: string;
  doc: LoadedDocument;
  base: string;
}

/** Every change finding is a warning: `--fail-on warning` gates on them. */
function finding(place: Place, group: PolicyGroup, code: string, message: string, params: Record<string, string>): Finding {
  const where = place.doc.locate(group.pointer);
  const f: Finding = { file: place.file, line: where.line, column: where.column, severity: 'warning', code, message, pointer: group.pointer, policyKind: group.language, params };
  if (group.resource) f.resource = group.resource;
  return f;
}

const whatOf = (group: PolicyGroup): string => `the ${NAMES[group.language]}${group.resource ? ` of \`${group.resource}\`` : ''}`;

function describe(place: Place, group: PolicyGroup, diff: Comparison<unknown>, words: DiffWords): Finding | undefined {
  const what = whatOf(group);
  const { onlyOld, onlyNew } = diff.witnesses;
  const params: Record<string, string> = { relation: diff.relation, base: place.base };
  const relation = diff.relation === 'unknown' ? 'the full relation is undecided' : diff.relation;
  if (onlyNew) {
    params.witness = JSON.stringify(onlyNew);
    const also = onlyOld ? `; it also no longer ${words.verb} some it did, e.g. ${JSON.stringify(onlyOld)}` : '';
    return finding(place, group, group.language === 'iam' ? ChangeCodes.grantsMore : ChangeCodes.more, `${what} now ${words.verb} ${words.noun} it did not at ${place.base} (${relation}), e.g. ${JSON.stringify(onlyNew)}${also}`, params);
  }
  const undecided = diff.unknown.onlyNew;
  if (undecided !== undefined) {
    return finding(place, group, ChangeCodes.undecided, `${what} changed since ${place.base}; whether it now ${words.verb} more ${words.noun} could not be decided: ${undecided}`, params);
  }
  if (onlyOld) {
    params.witness = JSON.stringify(onlyOld);
    return finding(place, group, group.language === 'iam' ? ChangeCodes.grantsLess : ChangeCodes.less, `${what} no longer ${words.verb} some ${words.noun} it did at ${place.base} (${relation}), e.g. ${JSON.stringify(onlyOld)}`, params);
  }
  return undefined;
}

/** A subscription without a filter policy receives every message: gaining one delivers less, losing it more. */
function filterPresenceChange(place: Place, group: PolicyGroup, gained: boolean): Finding {
  const params = { relation: gained ? 'narrower' : 'broader', base: place.base };
  const what = `the subscription \`${group.resource}\``;
  return gained
    ? finding(place, group, ChangeCodes.less, `${what} gained a filter policy since ${place.base}: it no longer receives every message`, params)
    : finding(place, group, ChangeCodes.more, `${what} lost its filter policy since ${place.base}: it now receives every message`, params);
}

/** The finding for one policy present in either version, or none when it did not change (or is invalid: validation says so). */
function compareGroup(place: Place, oldGroup: PolicyGroup | undefined, newGroup: PolicyGroup | undefined): Finding | undefined {
  const group = (newGroup ?? oldGroup)!;
  if (oldGroup && newGroup && canonical([oldGroup.values, oldGroup.scope]) === canonical([newGroup.values, newGroup.scope])) return undefined;
  const unresolved = newGroup?.unresolved ?? oldGroup?.unresolved;
  const notCompared = (why: string) => finding(place, group, ChangeCodes.undecided, `${whatOf(group)} changed since ${place.base}; it was not compared: ${why}`, { base: place.base });
  if (unresolved) return notCompared(unresolved);
  if (group.language === 'event-pattern') {
    const diff = diffEventPatternSets(oldGroup?.values ?? [], newGroup?.values ?? []);
    return diff.ok ? describe(place, group, diff.value, EVENT_WORDS) : undefined;
  }
  if (group.language === 'iam') {
    // A policy added to (or removed from) a resource that stays is compared with no policy at all:
    // what it grants is access added (or taken away). Like a changed policy, it is compared alone,
    // not with the resource's other policies.
    const diff = iamDiff(oldGroup ? oldGroup.values[0] : [], newGroup ? newGroup.values[0] : [], { kind: group.iamKind ?? 'identity' });
    if (!diff.ok) return undefined;
    const f = describe(place, group, diff.value, REQUEST_WORDS);
    if (f && (!oldGroup || !newGroup)) {
      f.params!.change = oldGroup ? 'removed' : 'added';
      f.message += ` — the policy was ${oldGroup ? 'removed' : 'added'} since ${place.base}`;
    }
    return f;
  }
  if (!oldGroup || !newGroup) return filterPresenceChange(place, group, newGroup !== undefined);
  if (oldGroup.scope !== newGroup.scope) return notCompared(`the FilterPolicyScope changed from ${oldGroup.scope} to ${newGroup.scope}`);
  const diff = diffFilterPolicies(oldGroup.values[0], newGroup.values[0], { scope: newGroup.scope });
  return diff.ok ? describe(place, group, diff.value, MESSAGE_WORDS) : undefined;
}

/** Findings for every compared policy that changed between `before` and `after` (the file as it is now). */
export function compareVersions(before: FileGroups, after: FileGroups, place: Place): Finding[] {
  const out: Finding[] = [];
  for (const key of new Set([...after.groups.keys(), ...before.groups.keys()])) {
    const oldGroup = before.groups.get(key);
    const newGroup = after.groups.get(key);
    // A policy of a resource that is new (or gone) is no change of a policy.
    const resource = (newGroup ?? oldGroup)!.resource.split('/')[0]!;
    if (resource && !(before.resources.has(resource) && after.resources.has(resource))) continue;
    const f = compareGroup(place, oldGroup, newGroup);
    if (f) out.push(f);
  }
  return out;
}
