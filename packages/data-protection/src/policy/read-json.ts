/**
 * The first step every data protection policy takes, SNS's and CloudWatch Logs' alike: JSON text
 * or a parsed value (copied through the shared input guard, so shared sub-objects, cycles and
 * non-JSON values cost no more than the limit) → the length limit → the safe JSON parser.
 */
import { copyJsonInput, diagnostic, fail, parseJsonSafe, type Result } from '@arbiter/ir';
import { DpCodes } from '../codes.js';

/** `DataProtectionPolicy` length constraint of PutDataProtectionPolicy [doc S4]. */
export const MAX_POLICY_CHARACTERS = 30_720;

export function readPolicyJson(input: unknown): ReturnType<typeof parseJsonSafe> {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const copied = copyJsonInput(input, { document: 'policy', maxChars: MAX_POLICY_CHARACTERS, codes: { notJson: DpCodes.notJson, tooLarge: DpCodes.policyTooLarge } });
    if (!copied.ok) return copied as Result<never>;
    text = JSON.stringify(copied.value) ?? '';
  }
  if (text.length > MAX_POLICY_CHARACTERS) {
    return fail([diagnostic(DpCodes.policyTooLarge, 'policy', '', `the policy is ${text.length} characters, more than the limit of ${MAX_POLICY_CHARACTERS}`)]);
  }
  return parseJsonSafe(text, { document: 'policy', duplicateKeys: 'error', loneSurrogates: 'error' });
}
