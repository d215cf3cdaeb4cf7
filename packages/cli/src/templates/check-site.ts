/**
 * One policy found in a template: resolve its filter scope, then validate it whether it is given
 * as an object (intrinsics become placeholders) or as a JSON string (positions inside the string
 * mapped back to the file where the string is a literal block).
 */
import { diagnostic, getAtPointer, joinPointer, parseJsonSafe, type Diagnostic } from '@arbiter/ir';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import { checkPolicyValue, runValidator, type PolicyTarget } from './check-policy.js';
import { paramPosition, toFinding, type Finding, type PolicyContext } from './findings.js';
import { checkSubPolicy, subTemplateOf } from './check-sub-policy.js';
import { intrinsicOf } from './intrinsics.js';
import { nearest, type LoadedDocument, type SourceLocation } from './located.js';
import { unresolved, type PolicySite } from './policy-sites.js';

const SCOPES: readonly string[] = ['MessageAttributes', 'MessageBody'];

const LANGUAGE_NAMES = { 'sns-filter': 'filter policy', 'data-protection': 'data protection policy', iam: 'IAM policy', 'event-pattern': 'event pattern' } as const;

/** Validates the policy at `site`, appending findings; false when it could not be checked at all. */
export function checkSite(doc: LoadedDocument, site: PolicySite, file: string, out: Finding[]): boolean {
  const ctx: PolicyContext = { file, policyKind: site.language, resource: site.resource, base: site.pointer };
  const inTemplate = (d: Diagnostic): void => void out.push(toFinding(d, doc.locate(d.path), { ...ctx, base: undefined }));
  const target: PolicyTarget = { language: site.language, ...(site.iamKind ? { iamKind: site.iamKind } : {}), ...(site.iamOptions ? { iamOptions: site.iamOptions } : {}) };
  if (site.scopePointer !== undefined) {
    const scope = getAtPointer(doc.value, site.scopePointer).value;
    if (intrinsicOf(scope)) {
      inTemplate(unresolved(site.scopePointer, '`FilterPolicyScope`'));
      return false;
    }
    if (typeof scope !== 'string' || !SCOPES.includes(scope)) {
      inTemplate(diagnostic('template.invalid-filter-policy-scope', 'template', site.scopePointer, `\`FilterPolicyScope\` must be \`MessageAttributes\` or \`MessageBody\`, not \`${String(JSON.stringify(scope))}\``));
      return false;
    }
    target.scope = scope as FilterPolicyScope;
  }
  const value = getAtPointer(doc.value, site.pointer).value;
  const call = intrinsicOf(value);
  const sub = call?.fn === 'Fn::Sub' ? subTemplateOf(call.arg) : undefined;
  if (sub) {
    const textAt = joinPointer(site.pointer, 'Fn::Sub', ...(Array.isArray(call?.arg) ? [0] : []));
    const toFile = doc.embedded(textAt);
    for (const { d, at } of checkSubPolicy(target, sub.text, sub.vars)) out.push(toFinding(d, toFile(at), ctx));
    out.push(toFinding(subWarning(), doc.locate(site.pointer), ctx));
    return true;
  }
  if (call) {
    inTemplate(unresolved(site.pointer, `the ${LANGUAGE_NAMES[site.language]}`));
    return false;
  }
  if (typeof value === 'string') {
    checkPolicyString(value, target, doc.embedded(site.pointer), ctx, out);
    return true;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    inTemplate(diagnostic('template.policy-wrong-type', 'template', site.pointer, `the ${LANGUAGE_NAMES[site.language]} must be a JSON object or a string holding one, not ${Array.isArray(value) ? 'an array' : `\`${String(value)}\``}`));
    return true;
  }
  for (const d of checkPolicyValue(target, value)) out.push(toFinding(d, doc.locate(site.pointer + d.path), ctx));
  return true;
}

/** A policy given as a JSON string: not JSON → one error at the string; otherwise validated as written. */
function checkPolicyString(text: string, target: PolicyTarget, toFile: (inner: SourceLocation) => SourceLocation, ctx: PolicyContext, out: Finding[]): void {
  const parsed = parseJsonSafe(text, { document: 'policy', locations: true });
  if (!parsed.ok) {
    for (const d of parsed.diagnostics.filter((x) => x.severity === 'error')) {
      const where = toFile(paramPosition(d) ?? { line: 1, column: 1 });
      const e = diagnostic('template.policy-not-json', 'policy', '', `the ${LANGUAGE_NAMES[target.language]} is a string that is not JSON: ${d.message}`, {
        help: 'write the policy as a YAML/JSON object, or fix the JSON inside the string',
      });
      out.push(toFinding(e, where, ctx));
    }
    return;
  }
  const positions = parsed.value.locations ?? new Map();
  for (const d of runValidator(target, text)) {
    const inner = nearest(positions, d.path) ?? { line: 1, column: 1 };
    out.push(toFinding(d, toFile(inner), ctx));
  }
}

function subWarning(): Diagnostic {
  return diagnostic('template.unresolved-intrinsic', 'policy', '', '`Fn::Sub` is resolved only at deployment: values holding its variables are not validated', {
    severity: 'warning',
    params: { function: 'Fn::Sub' },
  });
}
