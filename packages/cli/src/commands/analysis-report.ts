/**
 * The report of a set analysis (`filter analyze`, `events analyze`): each diagnostic placed in the
 * input file (a subscriptions/patterns file or a template) and printed as text, JSON or SARIF like
 * `validate`; exit status 1 when anything was found.
 */
import type { Diagnostic } from '@arbiter/ir';
import type { CommandContext } from '../context.js';
import { EXIT_NEGATIVE, printJson } from '../io.js';
import type { PolicyLanguage } from '../templates/check-policy.js';
import type { Finding } from '../templates/findings.js';
import type { LoadedDocument } from '../templates/located.js';
import { toSarif } from '../templates/report-sarif.js';
import type { ValidateSummary } from '../templates/summary.js';

export interface AnalysedFile {
  file: string;
  doc?: LoadedDocument;
  language: PolicyLanguage;
  /** How many policies were analysed. */
  policies: number;
  /** The diagnostic parameter naming the policy a finding is about (`subscription`, `rule`). */
  idParam: string;
  /** Pointer of a policy in the file, by id (`''` when unknown: the finding's own path is then file-relative). */
  pointerOf(id: string): string;
}

export interface AnalysisOutput {
  /** Extra members of the JSON report (overlaps, pair counts). */
  json?: Record<string, unknown>;
  /** Lines printed after the findings in text output. */
  text?: string[];
}

function summaryOf(source: AnalysedFile, findings: readonly Finding[]): ValidateSummary {
  const byLanguage: ValidateSummary['byLanguage'] = { 'sns-filter': 0, 'data-protection': 0, iam: 0, 'event-pattern': 0 };
  byLanguage[source.language] = source.policies;
  return {
    files: 1,
    policies: source.policies,
    byLanguage,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    ignoredResources: 0,
    samPolicyTemplates: 0,
    unrecognised: [],
  };
}

function findingOf(source: AnalysedFile, d: Diagnostic): Finding {
  const id = d.params?.[source.idParam];
  const pointer = (typeof id === 'string' ? source.pointerOf(id) : '') + d.path;
  const where = source.doc?.locate(pointer) ?? { line: 1, column: 1 };
  return { file: source.file, line: where.line, column: where.column, severity: d.severity, code: d.code, message: d.message, pointer, policyPointer: d.path, policyKind: source.language, ...(typeof id === 'string' ? { resource: id } : {}) };
}

export function reportAnalysis(ctx: CommandContext, source: AnalysedFile, diagnostics: readonly Diagnostic[], output: AnalysisOutput = {}): void {
  const findings = diagnostics.map((d) => findingOf(source, d));
  const format = ctx.format();
  if (format === 'sarif') printJson(ctx.io, toSarif(findings, summaryOf(source, findings), ctx.io.cwd, '0.1.0'));
  else if (format === 'json') printJson(ctx.io, { file: source.file, findings, ...output.json });
  else {
    for (const f of findings) ctx.io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`);
    for (const line of output.text ?? []) ctx.io.stdout(`${line}\n`);
  }
  if (findings.length > 0) ctx.exitCode = EXIT_NEGATIVE;
}
