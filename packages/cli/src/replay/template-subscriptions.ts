/**
 * `--template T`: the SNS subscriptions of a CloudFormation/SAM template (JSON or YAML with
 * intrinsic tags), through the template loading of `arbiter validate` (src/templates). Each
 * `AWS::SNS::Subscription` or SAM SNS event with a `FilterPolicy` becomes a subscription whose id
 * is its logical id (`Function/Event` for SAM events). A policy or scope that an intrinsic decides
 * cannot be replayed: it is skipped with a warning naming its line, never guessed.
 */
import { getAtPointer } from '@arbiter/ir';
import { intrinsicOf } from '../templates/intrinsics.js';
import { loadJson, looksLikeJson } from '../templates/load-json.js';
import { loadYaml } from '../templates/load-yaml.js';
import type { LoadedDocument } from '../templates/located.js';
import { findPolicySites } from '../templates/policy-sites.js';
import type { SubscriptionSpec } from './target.js';

export interface TemplateSubscriptions {
  subscriptions: SubscriptionSpec[];
  /** `file:line:col: message` for each subscription left out. */
  skipped: string[];
  /** The loaded template, to place findings about a subscription's policy (`pointer`) in the file. */
  doc?: LoadedDocument;
}

/** True when an intrinsic function appears anywhere inside `value`. */
export function holdsIntrinsic(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (intrinsicOf(value)) return true;
  return Object.values(value).some((v) => holdsIntrinsic(v, depth + 1));
}

function collect(doc: LoadedDocument, file: string): TemplateSubscriptions {
  const out: TemplateSubscriptions = { subscriptions: [], skipped: [] };
  const at = (pointer: string): string => {
    const p = doc.locate(pointer);
    return `${file}:${p.line}:${p.column}`;
  };
  for (const site of findPolicySites(doc.value as Record<string, unknown>).sites) {
    if (site.language !== 'sns-filter') continue;
    const policy = getAtPointer(doc.value, site.pointer).value;
    const scope = site.scopePointer === undefined ? undefined : getAtPointer(doc.value, site.scopePointer).value;
    if (holdsIntrinsic(policy) || holdsIntrinsic(scope)) {
      out.skipped.push(`${at(site.pointer)}: \`${site.resource}\`: its filter policy or scope is given by an intrinsic function, unknowable before deployment; not replayed`);
      continue;
    }
    out.subscriptions.push({ id: site.resource, policy, pointer: site.pointer, ...(scope === undefined ? {} : { scope: scope as SubscriptionSpec['scope'] }) });
  }
  return out;
}

/** Loads template text (JSON, or YAML with intrinsic tags) with a `Resources` object, or says why it cannot be used. */
export function loadTemplate(file: string, text: string): LoadedDocument | string {
  const source = text.replace(/^\uFEFF/, '');
  const loaded = looksLikeJson(source) ? loadJson(source) : loadYaml(source);
  if (!loaded.ok) {
    const d = loaded.diagnostics[0];
    const where = d?.params?.line !== undefined ? `:${d.params.line}:${d.params.column}` : '';
    return `${file}${where}: ${d?.message ?? 'not a template'}`;
  }
  const resources = (loaded.value.value as Record<string, unknown> | null)?.['Resources'];
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return `${file}: not a CloudFormation/SAM template (no \`Resources\` object)`;
  return loaded.value;
}

/** Reads the subscriptions of template text, or why the template cannot be used. */
export function subscriptionsFromTemplate(file: string, text: string): TemplateSubscriptions | string {
  const doc = loadTemplate(file, text);
  if (typeof doc === 'string') return doc;
  const found = { ...collect(doc, file), doc };
  if (found.subscriptions.length === 0 && found.skipped.length === 0) return `${file}: no SNS subscription with a \`FilterPolicy\` in the template`;
  return found;
}
