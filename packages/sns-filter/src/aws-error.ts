import type { Diagnostic } from '@arbiter/ir';
import { BARE_AWS_CODES } from './policy/codes.js';

/**
 * The full error text AWS returns for a policy diagnostic, with the prefix of the API that set
 * the policy: `Subscribe` (default) or `SetSubscriptionAttributes`.
 */
export function formatAwsError(d: Diagnostic, api: 'Subscribe' | 'SetSubscriptionAttributes' = 'Subscribe'): string {
  if (BARE_AWS_CODES.has(d.code)) return `Invalid parameter: ${d.message}`;
  return api === 'Subscribe' ? `Invalid parameter: Attributes Reason: FilterPolicy: ${d.message}` : `Invalid parameter: FilterPolicy: ${d.message}`;
}
