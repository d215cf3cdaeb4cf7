/** A diagnostic placed in a file: what `arbiter validate` reports in every output format. */
import type { Diagnostic, Severity } from '@arbiter/ir';
import type { PolicyLanguage } from './check-policy.js';
import type { SourceLocation } from './located.js';

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
  help?: string;
  /** JSON pointer into the file's document (the template, or the standalone policy). */
  pointer: string;
  /** JSON pointer into the policy, when the finding is about one. */
  policyPointer?: string;
  policyKind?: PolicyLanguage;
  /** Logical id of the template resource (`Fn/EventName` for SAM events). */
  resource?: string;
  params?: Record<string, string | number | boolean>;
}

export interface PolicyContext {
  file: string;
  policyKind?: PolicyLanguage;
  resource?: string;
  /** Pointer of the policy in the file. */
  base?: string;
}

/** Places `d` at `where`; policy diagnostics get both pointers. */
export function toFinding(d: Diagnostic, where: SourceLocation, ctx: PolicyContext): Finding {
  const inPolicy = ctx.base !== undefined && d.document !== 'template';
  const f: Finding = {
    file: ctx.file,
    line: where.line,
    column: where.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    pointer: inPolicy ? (ctx.base as string) + d.path : d.path,
  };
  if (inPolicy) f.policyPointer = d.path;
  if (d.help) f.help = d.help;
  if (ctx.policyKind) f.policyKind = ctx.policyKind;
  if (ctx.resource) f.resource = ctx.resource;
  if (d.params) f.params = d.params;
  return f;
}

/** Position carried in a diagnostic's params (parsers put line/column there). */
export function paramPosition(d: Diagnostic): SourceLocation | undefined {
  const line = d.params?.['line'];
  const column = d.params?.['column'];
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : undefined;
}

/** One file's findings by line and column (stable otherwise). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || a.f.column - b.f.column || a.i - b.i)
    .map((x) => x.f);
}
