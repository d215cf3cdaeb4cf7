import { checkArgument, formatDiagnostic, type Check, type Diagnostic } from '@arbiter/ir';
import { BARE_AWS_CODES } from './policy/codes.js';

const DIAGNOSTIC: Check<Diagnostic> = {
  what: 'a diagnostic with string `code` and `message`',
  accept: (v: unknown): v is Diagnostic => typeof v === 'object' && v !== null && typeof (v as Diagnostic).code === 'string' && typeof (v as Diagnostic).message === 'string',
};

/**
 * The full error text AWS returns for a policy diagnostic, with the prefix of the API that set
 * the policy: `Subscribe` (default) or `SetSubscriptionAttributes`.
 */
export function formatAwsError(d: Diagnostic, api: 'Subscribe' | 'SetSubscriptionAttributes' = 'Subscribe'): string {
  // A JavaScript caller's `null` or non-diagnostic gets the problem as text, not a TypeError.
  const given = checkArgument(d, DIAGNOSTIC, 'diagnostic');
  if (given.length > 0) return given.map(formatDiagnostic).join('\n');
  if (BARE_AWS_CODES.has(d.code)) return `Invalid parameter: ${d.message}`;
  return api === 'Subscribe' ? `Invalid parameter: Attributes Reason: FilterPolicy: ${d.message}` : `Invalid parameter: FilterPolicy: ${d.message}`;
}
