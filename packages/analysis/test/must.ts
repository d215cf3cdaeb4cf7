import type { Result } from '@arbiter/ir';

/** The value of a result the test expects to be ok; a failure shows its diagnostics. */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.diagnostics)}`);
  return r.value;
}
