/**
 * One file through `arbiter validate`: load (JSON or YAML) → classify → find the policies →
 * validate each with its own evaluator → findings placed at file lines and columns.
 */
import { extname } from 'node:path';
import { CommonCodes, diagnostic, type Diagnostic } from '@arbiter/ir';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import { runValidator, checkPolicyValue, type PolicyLanguage } from './check-policy.js';
import { detectShape } from './detect-kind.js';
import { paramPosition, sortFindings, toFinding, type Finding } from './findings.js';
import { loadJson, looksLikeJson } from './load-json.js';
import { loadYaml } from './load-yaml.js';
import type { LoadedDocument } from './located.js';
import { checkSite } from './check-site.js';
import { checkIntrinsicArity } from './check-intrinsics.js';
import { findPolicySites, subscriptionSites } from './policy-sites.js';

export interface ValidateFileOptions {
  /** Treat standalone policies as this language instead of detecting it. */
  kind?: PolicyLanguage;
  /** Scope of standalone filter policies. Default `MessageAttributes`. */
  scope?: FilterPolicyScope;
  /** The user named this file (an unrecognised file is then a warning, not silently passed over). */
  explicit?: boolean;
}

export interface FileResult {
  file: string;
  /** False when the file is neither a template nor a recognisable policy. */
  recognised: boolean;
  findings: Finding[];
  policies: Record<PolicyLanguage, number>;
  ignoredResources: number;
  samPolicyTemplates: number;
}

/** Validates every policy in one file's text. Never throws on the text. */
export function validateFile(file: string, text: string, options: ValidateFileOptions = {}): FileResult {
  const result: FileResult = { file, recognised: true, findings: [], policies: { 'sns-filter': 0, 'data-protection': 0, iam: 0, 'event-pattern': 0 }, ignoredResources: 0, samPolicyTemplates: 0 };
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') {
    // Empty `.json` and empty `.yaml` alike: nothing to validate, said once, never a parse error.
    result.recognised = false;
    result.findings = [toFinding(diagnostic('input.empty', 'input', '', 'the file is empty: there is nothing to validate', { severity: 'warning' }), { line: 1, column: 1 }, { file })];
    return result;
  }
  const loaded = loadDocument(file, source);
  if (!loaded.ok) {
    result.findings = loaded.diagnostics.map((d) => toFinding(syntaxCode(d), paramPosition(d) ?? { line: 1, column: 1 }, { file }));
    return result;
  }
  const doc = loaded.value;
  const out = result.findings;
  for (const w of loaded.warnings) out.push(toFinding(w, paramPosition(w) ?? doc.locate(w.path), { file }));
  const shape = detectShape(doc.value, options.kind);
  if (shape.shape === 'template') {
    for (const d of checkIntrinsicArity(doc.value)) out.push(toFinding(d, doc.locate(d.path), { file }));
    const scan = findPolicySites(doc.value as Record<string, unknown>);
    for (const d of scan.diagnostics) out.push(toFinding(d, doc.locate(d.path), { file }));
    for (const site of scan.sites) {
      if (checkSite(doc, site, file, out)) result.policies[site.language]++;
    }
    result.ignoredResources = scan.ignored;
    result.samPolicyTemplates = scan.samPolicyTemplates;
  } else if (shape.shape === 'subscriptions') {
    for (const site of subscriptionSites(doc.value as Array<Record<string, unknown>>)) if (checkSite(doc, site, file, out)) result.policies['sns-filter']++;
  } else if (shape.shape === 'policy') {
    const target = { language: shape.language, scope: options.scope ?? 'MessageAttributes', ...(shape.iamKind ? { iamKind: shape.iamKind } : {}) } as const;
    // JSON text goes to the validator as written, so AWS's own parse errors and limits apply.
    const diagnostics = doc.format === 'json' ? runValidator(target, source) : checkPolicyValue(target, doc.value);
    for (const d of diagnostics) out.push(toFinding(d, doc.locate(d.path), { file, policyKind: shape.language, base: '' }));
    result.policies[shape.language]++;
  } else {
    result.recognised = false;
    if (options.explicit) {
      const d = diagnostic('input.unrecognised', 'input', '', 'neither a CloudFormation/SAM template nor a recognisable policy', { severity: 'warning', help: 'name the policy language with `--kind sns-filter|data-protection|iam`' });
      out.push(toFinding(d, { line: 1, column: 1 }, { file }));
    }
  }
  result.findings = sortFindings(out);
  return result;
}

/** `.json` is JSON, `.yaml`/`.yml` YAML; anything else by its first character. */
export function loadDocument(file: string, text: string): ReturnType<typeof loadJson> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || (ext !== '.yaml' && ext !== '.yml' && looksLikeJson(text))) return loadJson(text);
  return loadYaml(text);
}

function syntaxCode(d: Diagnostic): Diagnostic {
  return d.code === CommonCodes.jsonSyntax ? { ...d, code: 'template.syntax' } : d;
}

export type { LoadedDocument };
