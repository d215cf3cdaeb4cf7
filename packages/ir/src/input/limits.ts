/**
 * Resource limits a service can set on every evaluator, with defaults that bound the time one
 * document or message can take. Each package takes a `limits` option of this shape (or the subset
 * that applies to it) and reports a limit reached as a diagnostic, never as a hang or a throw.
 */
export interface ResourceLimits {
  /** Largest document (JSON text, template file, message) in bytes. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most values in one parsed document (shared sub-objects count each time they appear). */
  maxNodes: number;
  /** Most findings one scan reports before it stops with a `limit.findings` warning (a finding per character of a 1 MiB message). */
  maxFindings: number;
  /**
   * Most characters the regex engine may read for custom identifiers in one message before
   * `limit.work` (about twice the message per identifier: 10 identifiers on SNS's 256 KB largest
   * message read about 5 M).
   */
  maxWorkPerMessage: number;
}

export const DEFAULT_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 512,
  maxNodes: 1_000_000,
  maxFindings: 1_048_576,
  maxWorkPerMessage: 16_000_000,
});

/** Stable codes for a limit reached. */
export const LimitCodes = {
  findings: 'limit.findings',
  work: 'limit.work',
} as const;

/** Caller's limits over the defaults; non-positive or non-numeric entries keep the default. */
export function resolveLimits(limits: Partial<ResourceLimits> | undefined): ResourceLimits {
  const out: ResourceLimits = { ...DEFAULT_LIMITS };
  if (limits === null || typeof limits !== 'object') return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ResourceLimits>) {
    const v = (limits as Record<string, unknown>)[key];
    if (typeof v === 'number' && v > 0) out[key] = Math.floor(v);
  }
  return out;
}
