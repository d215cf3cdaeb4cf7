/**
 * The one diagnostic type shared by every Arbiter evaluator and the CLI.
 *
 * User input never throws: public APIs return a {@link Result}. Every problem carries a stable
 * `code`, the document it is in, and an RFC 6901 JSON pointer into that document.
 */
export type Severity = 'error' | 'warning';

/** Which document a diagnostic's `path` points into. */
export type DocumentKind = 'policy' | 'message' | 'request' | 'template' | 'input';

export interface Diagnostic {
  /** Stable, namespaced code: `sns.unknown-operator`, `json.too-deep`, `iam.malformed-variable`. */
  code: string;
  severity: Severity;
  document: DocumentKind;
  /** RFC 6901 JSON pointer into `document` (`''` is the root). */
  path: string;
  /** AWS's exact text where AWS has one; otherwise lowercase, one line, values in backticks. */
  message: string;
  /** Machine-readable values the message was built from. */
  params?: Record<string, string | number | boolean>;
  /** What the user can do about it. */
  help?: string;
}

export type Result<T> =
  | { ok: true; value: T; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function ok<T>(value: T, warnings: Diagnostic[] = []): Result<T> {
  return { ok: true, value, warnings: sortDiagnostics(warnings) };
}

export function fail<T = never>(diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
}

/** Builds a result from collected diagnostics: any error makes it a failure. */
export function resultOf<T>(value: T, diagnostics: Diagnostic[]): Result<T> {
  const errors = diagnostics.some((d) => d.severity === 'error');
  return errors ? fail(diagnostics) : ok(value, diagnostics);
}

/** Stable order: by document, then pointer (segment-wise, so `/a/10` follows `/a/9`), then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.document.localeCompare(b.document) ||
      comparePointers(a.path, b.path) ||
      a.code.localeCompare(b.code),
  );
}

function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const xn = /^\d+$/.test(x) ? Number(x) : NaN;
    const yn = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(xn) && !Number.isNaN(yn)) return xn - yn;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/** Short constructor used by validators: `diag('sns.empty-array', 'policy', '/key', 'Empty arrays are not allowed')`. */
export function diagnostic(
  code: string,
  document: DocumentKind,
  path: string,
  message: string,
  extra: Partial<Pick<Diagnostic, 'params' | 'help' | 'severity'>> = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: extra.severity ?? 'error', document, path, message };
  if (extra.params) d.params = extra.params;
  if (extra.help) d.help = extra.help;
  return d;
}

/** Codes shared by every package; package-specific codes live beside their validators. */
export const CommonCodes = {
  jsonSyntax: 'json.syntax',
  jsonTooDeep: 'json.too-deep',
  jsonTooLarge: 'json.too-large',
  jsonDuplicateKey: 'json.duplicate-key',
  jsonLoneSurrogate: 'json.lone-surrogate',
  jsonWrongType: 'json.wrong-type',
  limitSize: 'limit.size',
} as const;

/** One-line rendering for people: `error sns.empty-array /key: Empty arrays are not allowed`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path === '' ? '(root)' : d.path;
  return `${d.severity} ${d.code} ${d.document}:${where}: ${d.message}${d.help ? ` (${d.help})` : ''}`;
}
