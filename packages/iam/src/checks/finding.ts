/** Builds an Access Analyzer finding as an Arbiter diagnostic (ERROR is an error; the rest warn). */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import type { FindingType } from './codes.js';

export function finding(
  code: string,
  at: string,
  message: string,
  help: string,
  aa: { code?: string; type: FindingType },
  params: Record<string, string | number | boolean> = {},
): Diagnostic {
  const all: Record<string, string | number | boolean> = { ...params, findingType: aa.type };
  if (aa.code) all.accessAnalyzerCode = aa.code;
  return diagnostic(code, 'policy', at, message, { help, severity: aa.type === 'ERROR' ? 'error' : 'warning', params: all });
}

/** `s3:Get*` → a case-insensitive regex over whole action names. */
export function wildcardRegex(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}
