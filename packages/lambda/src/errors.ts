/** Configuration and event errors the adapters raise: the diagnostics, one per line. */
import { formatDiagnostic, type Diagnostic } from '@arbiter/ir';

export class ArbiterLambdaError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(`${message}\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
    this.name = 'ArbiterLambdaError';
  }
}

/** The value of a Result, or an {@link ArbiterLambdaError} naming what is wrong. */
export function valueOrThrow<T>(r: { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] }, what: string): T {
  if (!r.ok) throw new ArbiterLambdaError(what, r.diagnostics);
  return r.value;
}
