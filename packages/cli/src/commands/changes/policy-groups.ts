/**
 * The policies of one version of a file that `validate --base` can compare, keyed so the same
 * policy is found in both versions: its pointer, or for Lambda FilterCriteria the criteria's
 * pointer with every filter's pattern (Lambda ORs them, so they are compared as one).
 */
import { getAtPointer, parseJsonSafe } from '@arbiter/ir';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import type { PolicyLanguage } from '../../templates/check-policy.js';
import { detectShape } from '../../templates/detect-kind.js';
import { intrinsicOf } from '../../templates/intrinsics.js';
import type { LoadedDocument } from '../../templates/located.js';
import { findPolicySites, type PolicySite } from '../../templates/policy-sites.js';

export interface PolicyGroup {
  language: 'sns-filter' | 'event-pattern' | 'iam';
  /** IAM: where the policy is attached, as the analysis reads it. */
  iamKind?: 'identity' | 'resource' | 'scp';
  /** Pointer of the policy (or the FilterCriteria) in the file. */
  pointer: string;
  resource: string;
  /** The policy values (several for FilterCriteria; parsed where given as JSON strings; as written when unresolved). */
  values: unknown[];
  scope: FilterPolicyScope;
  /** Set when a value holds an intrinsic function or is not JSON: it cannot be compared. */
  unresolved?: string;
}

export interface FileGroups {
  groups: Map<string, PolicyGroup>;
  /** Logical ids of the template's resources (empty for a standalone policy). */
  resources: Set<string>;
  /** Policies of other languages, not compared. */
  skipped: number;
}

const CRITERIA_FILTER = /^(.*\/FilterCriteria)\/Filters\/\d+\/Pattern$/;

function hasIntrinsic(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 256) return false;
  if (intrinsicOf(value)) return true;
  return Object.values(value).some((v) => hasIntrinsic(v, depth + 1));
}

/** The value at `pointer`, parsed when it is a JSON string; `unresolved` says why it cannot be used. */
function policyValue(doc: LoadedDocument, pointer: string): { value: unknown; unresolved?: string } {
  const raw = getAtPointer(doc.value, pointer).value;
  // An unresolved value is kept as written, so a change to it is still seen.
  if (hasIntrinsic(raw)) return { value: raw, unresolved: 'it is given by intrinsic functions' };
  if (typeof raw !== 'string') return { value: raw };
  const parsed = parseJsonSafe(raw, { document: 'policy' });
  return parsed.ok ? { value: parsed.value.value } : { value: raw, unresolved: 'it is a string that is not JSON' };
}

function scopeAt(doc: LoadedDocument, site: PolicySite): FilterPolicyScope {
  const scope = site.scopePointer === undefined ? undefined : getAtPointer(doc.value, site.scopePointer).value;
  return scope === 'MessageBody' ? 'MessageBody' : 'MessageAttributes';
}

function addSite(out: FileGroups, doc: LoadedDocument, site: PolicySite): void {
  const iamKind = site.iamKind === 'identity' || site.iamKind === 'scp' ? site.iamKind : site.iamKind === 'resource' || site.iamKind === 'trust' ? 'resource' : undefined;
  if (site.language === 'data-protection' || (site.language === 'iam' && !iamKind)) return void out.skipped++;
  const criteria = site.language === 'event-pattern' ? CRITERIA_FILTER.exec(site.pointer)?.[1] : undefined;
  const key = criteria ?? site.pointer;
  const group: PolicyGroup = out.groups.get(key) ?? { language: site.language, pointer: key, resource: site.resource, values: [], scope: scopeAt(doc, site), ...(iamKind ? { iamKind } : {}) };
  out.groups.set(key, group);
  const { value, unresolved } = policyValue(doc, site.pointer);
  if (unresolved) group.unresolved ??= unresolved;
  group.values.push(value);
}

/** Every comparable policy of a loaded file: a template's sites, or the file itself as one policy. */
export function policyGroups(doc: LoadedDocument, options: { kind?: PolicyLanguage; scope: FilterPolicyScope }): FileGroups {
  const out: FileGroups = { groups: new Map(), resources: new Set(), skipped: 0 };
  const shape = detectShape(doc.value, options.kind);
  if (shape.shape === 'template') {
    const resources = (doc.value as { Resources?: unknown }).Resources;
    if (resources && typeof resources === 'object') for (const id of Object.keys(resources)) out.resources.add(id);
    for (const site of findPolicySites(doc.value as Record<string, unknown>).sites) addSite(out, doc, site);
  } else if (shape.shape === 'policy') {
    const site: PolicySite = { language: shape.language, pointer: '', resource: '', ...(shape.iamKind ? { iamKind: shape.iamKind } : {}) };
    addSite(out, doc, site);
    const group = out.groups.get('');
    if (group) group.scope = options.scope;
  }
  return out;
}
