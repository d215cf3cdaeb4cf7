/** Prints an invalid pattern's (or filter set's) diagnostics and sets exit status 1. */
import { formatDiagnostic, type Diagnostic } from '@arbiter/ir';
import type { CommandContext } from '../../context.js';
import { EXIT_NEGATIVE, printJson } from '../../io.js';

export function reportInvalid(ctx: CommandContext, file: string, diagnostics: Diagnostic[]): void {
  if (ctx.format() === 'json') printJson(ctx.io, { file, valid: false, diagnostics });
  else for (const d of diagnostics) ctx.io.stdout(`${file}: ${formatDiagnostic(d)}\n`);
  ctx.exitCode = EXIT_NEGATIVE;
}
