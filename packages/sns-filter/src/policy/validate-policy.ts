import type { Result } from '@arbiter/ir';
import type { FilterPolicy, ValidateOptions } from '../types.js';
import { analyzePolicy } from './analyze.js';

/**
 * Validates a filter policy exactly as SNS does. `policy` is JSON text (parse errors read
 * "failed to parse JSON. …" as AWS says them) or an already-parsed value. Every problem is
 * reported with its JSON pointer, sorted by path; `message` is AWS's text after the API prefix.
 */
export function validateFilterPolicy(policy: string | unknown, options: ValidateOptions = {}): Result<FilterPolicy> {
  const analyzed = analyzePolicy(policy, options);
  if (!analyzed.ok) return analyzed;
  return { ok: true, value: analyzed.value.policy, warnings: analyzed.warnings };
}
