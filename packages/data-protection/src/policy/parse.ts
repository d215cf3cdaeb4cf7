/**
 * Entry point for policies: JSON text or a parsed value → size limit → JSON parse (safe) → schema
 * (ajv) → semantic validation. Never throws; every problem has a pointer into the policy.
 */
import { copyJsonInput, diagnostic, fail, parseJsonSafe, resultOf, type Result } from '@arbiter/ir';
import { checkPolicySchema } from './schema-check.js';
import type { DataProtectionPolicy } from './types.js';
import { validatePolicyDocument, type ValidateOptions } from './validate.js';
import { DpCodes } from '../codes.js';

/** `DataProtectionPolicy` length constraint of PutDataProtectionPolicy [doc S4]. */
export const MAX_POLICY_CHARACTERS = 30_720;

/** Parses and validates a data protection policy given as JSON text or as a parsed value. */
export function parseDataProtectionPolicy(input: unknown, options: ValidateOptions = {}): Result<DataProtectionPolicy> {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    // The shared input guard: shared sub-objects, cycles and non-JSON values cost no more than the limit.
    const copied = copyJsonInput(input, { document: 'policy', maxChars: MAX_POLICY_CHARACTERS, codes: { notJson: DpCodes.notJson, tooLarge: DpCodes.policyTooLarge } });
    if (!copied.ok) return copied;
    text = JSON.stringify(copied.value) ?? '';
  }
  if (text.length > MAX_POLICY_CHARACTERS) {
    return fail([diagnostic(DpCodes.policyTooLarge, 'policy', '', `the policy is ${text.length} characters, more than the limit of ${MAX_POLICY_CHARACTERS}`)]);
  }
  const parsed = parseJsonSafe(text, { document: 'policy', duplicateKeys: 'error', loneSurrogates: 'error' });
  if (!parsed.ok) return parsed;
  const schema = checkPolicySchema(parsed.value.value);
  if (schema.length > 0) return fail([...parsed.warnings, ...schema]);
  const { policy, diagnostics } = validatePolicyDocument(parsed.value.value as Record<string, unknown>, options);
  return resultOf(policy, [...parsed.warnings, ...diagnostics]);
}
