/** Totals over all files of one `arbiter validate` run. */
import type { Severity } from '@arbiter/ir';
import type { PolicyLanguage } from './check-policy.js';
import type { Finding } from './findings.js';
import type { FileResult } from './validate-file.js';

export interface ValidateSummary {
  files: number;
  policies: number;
  byLanguage: Record<PolicyLanguage, number>;
  errors: number;
  warnings: number;
  ignoredResources: number;
  samPolicyTemplates: number;
  /** Files found by walking or globbing that are neither a template nor a policy. */
  unrecognised: string[];
}

export function summarize(results: readonly FileResult[]): ValidateSummary {
  const findings = results.flatMap((r) => r.findings);
  const byLanguage: Record<PolicyLanguage, number> = { 'sns-filter': 0, 'data-protection': 0, iam: 0, 'event-pattern': 0 };
  for (const r of results) for (const k of Object.keys(byLanguage) as PolicyLanguage[]) byLanguage[k] += r.policies[k];
  return {
    files: results.length,
    policies: byLanguage['sns-filter'] + byLanguage['data-protection'] + byLanguage.iam + byLanguage['event-pattern'],
    byLanguage,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    ignoredResources: results.reduce((n, r) => n + r.ignoredResources, 0),
    samPolicyTemplates: results.reduce((n, r) => n + r.samPolicyTemplates, 0),
    unrecognised: results.filter((r) => !r.recognised).map((r) => r.file),
  };
}

/** `N files, M policies checked (x SNS filter, y data protection, z IAM), E errors, W warnings, K resources of other types ignored`. */
export function formatSummary(s: ValidateSummary): string {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  const sam = s.samPolicyTemplates ? `, ${plural(s.samPolicyTemplates, 'SAM policy template')} not checked` : '';
  return (
    `${plural(s.files, 'file')}, ${plural(s.policies, 'policy', 'policies')} checked ` +
    `(${s.byLanguage['sns-filter']} SNS filter, ${s.byLanguage['data-protection']} data protection, ${s.byLanguage.iam} IAM${s.byLanguage['event-pattern'] ? `, ${s.byLanguage['event-pattern']} event pattern` : ''}), ` +
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.ignoredResources, 'resource')} of other types ignored${sam}`
  );
}

/** Exit status for CI: 1 when a finding at or above `failOn` exists. */
export function exitStatusFor(findings: readonly Finding[], failOn: Severity): 0 | 1 {
  const gate = failOn === 'warning' ? ['warning', 'error'] : ['error'];
  return findings.some((f) => gate.includes(f.severity)) ? 1 : 0;
}
