/**
 * Reading a data protection policy from a file: parse and validate it, and give each diagnostic
 * the line and column its pointer names, so people can jump to the problem.
 */
import { formatDiagnostic, parseJsonSafe, parsePointer, toPointer, type Diagnostic, type Result, type SourcePosition } from '@arbiter/ir';
import { parseDataProtectionPolicy, type DataProtectionPolicy, type ValidateOptions } from '@arbiter/data-protection';
import type { CommandContext } from '../../context.js';
import { CliInputError, readText } from '../../io.js';
import { countOf } from './options.js';

/** A diagnostic with the 1-based line and column of the nearest value its pointer reaches. */
export type LocatedDiagnostic = Diagnostic & { line?: number; column?: number };

export type PolicyCheck =
  | { ok: true; policy: DataProtectionPolicy; diagnostics: LocatedDiagnostic[] }
  | { ok: false; diagnostics: LocatedDiagnostic[] };

/** Parses and validates policy text; warnings and errors alike come back located. */
export function checkPolicyText(text: string, options: ValidateOptions = {}): PolicyCheck {
  return checkWith(text, (t) => parseDataProtectionPolicy(t, options));
}

/** Runs any policy parser over `text` and locates its diagnostics (SNS and CloudWatch Logs policies alike). */
export function checkWith<P>(text: string, parse: (text: string) => Result<P>): { ok: true; policy: P; diagnostics: LocatedDiagnostic[] } | { ok: false; diagnostics: LocatedDiagnostic[] } {
  const result = parse(text);
  const raw = result.ok ? result.warnings : result.diagnostics;
  // People read problems top to bottom: in the order of the file.
  const located = locateDiagnostics(text, raw).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  return result.ok ? { ok: true, policy: result.value, diagnostics: located } : { ok: false, diagnostics: located };
}

function locateDiagnostics(text: string, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  if (diagnostics.length === 0) return [];
  const parsed = parseJsonSafe(text, { document: 'policy', locations: true, loneSurrogates: 'ignore' });
  const locations = parsed.ok ? parsed.value.locations : undefined;
  return diagnostics.map((d) => {
    if (d.params?.['line'] !== undefined) return { ...d, line: Number(d.params['line']), column: Number(d.params['column']) };
    const pos = locations && nearestPosition(locations, d.path);
    return pos ? { ...d, line: pos.line, column: pos.column } : d;
  });
}

/** A missing member has no position: fall back to the closest enclosing value that has one. */
function nearestPosition(locations: Map<string, SourcePosition>, pointer: string): SourcePosition | undefined {
  const tokens = parsePointer(pointer);
  if (!tokens) return undefined;
  for (let n = tokens.length; n >= 0; n--) {
    const pos = locations.get(toPointer(tokens.slice(0, n)));
    if (pos) return pos;
  }
  return undefined;
}

/** `file:line:col: error dp.code policy:/Statement/0: message` */
export function formatLocated(file: string, d: LocatedDiagnostic): string {
  const where = d.line !== undefined ? `${file}:${d.line}:${d.column}` : file;
  return `${where}: ${formatDiagnostic(d)}`;
}

/** Reads the policy a command runs with; an unreadable or invalid policy is unusable input (exit 2). */
export function loadPolicy(ctx: CommandContext, file: string): DataProtectionPolicy {
  const checked = checkPolicyText(readText(ctx.io, file));
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (!checked.ok) {
    if (ctx.format() === 'text') for (const d of checked.diagnostics) ctx.io.stderr(`${formatLocated(file, d)}\n`);
    throw new CliInputError(`${file}: not a valid data protection policy (${countOf(errors.length, 'error')}; see \`arbiter dp validate\`)`, checked.diagnostics);
  }
  if (ctx.format() === 'text') for (const d of checked.diagnostics) ctx.io.stderr(`${formatLocated(file, d)}\n`);
  return checked.policy;
}
