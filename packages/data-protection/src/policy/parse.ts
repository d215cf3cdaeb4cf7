/**
 * Entry point for policies: JSON text or a parsed value → size limit → JSON parse (safe) → schema
 * (ajv) → semantic validation. Never throws; every problem has a pointer into the policy.
 */
import { Arg, readOptions, fail, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
import { checkCustomIdentifier } from '../identifiers/custom.js';
import { checkPolicySchema } from './schema-check.js';
import type { DataProtectionPolicy } from './types.js';
import { validatePolicyDocument, type ValidateOptions } from './validate.js';
import { DpCodes } from '../codes.js';
import { readPolicyJson } from './read-json.js';

export { MAX_POLICY_CHARACTERS } from './read-json.js';

/** Parses and validates a data protection policy given as JSON text or as a parsed value. */
export function parseDataProtectionPolicy(input: unknown, given: ValidateOptions = {}): Result<DataProtectionPolicy> {
  const read = readOptions<ValidateOptions>(given, { inboundOnlyDeidentify: Arg.boolean });
  if (!read.ok) return read;
  const options = read.value;
  // Scalars keep their schema diagnostics (`NaN` reads as null, a wrong type); values go through the guard.
  const scalar = input === null || input === undefined || typeof input === 'number' || typeof input === 'boolean';
  const parsed = readPolicyJson(scalar ? (JSON.stringify(input) ?? '') : input);
  if (!parsed.ok) return parsed;
  const schema = checkPolicySchema(parsed.value.value);
  // A schema error elsewhere must not hide what is wrong with the custom identifiers' regexes.
  if (schema.length > 0) return fail([...parsed.warnings, ...schema, ...customRegexProblems(parsed.value.value, schema)]);
  const { policy, diagnostics } = validatePolicyDocument(parsed.value.value as Record<string, unknown>, options);
  return resultOf(policy, [...parsed.warnings, ...diagnostics]);
}

/** Name and regex checks of every well-formed custom identifier entry, except where the schema already spoke. */
function customRegexProblems(doc: unknown, schema: readonly Diagnostic[]): Diagnostic[] {
  const list = (doc as { Configuration?: { CustomDataIdentifier?: unknown } } | null)?.Configuration?.CustomDataIdentifier;
  if (!Array.isArray(list)) return [];
  const said = new Set(schema.map((d) => d.path));
  return list.flatMap((entry: unknown, i) => {
    const e = entry as { Name?: unknown; Regex?: unknown } | null;
    if (typeof e?.Name !== 'string' || typeof e.Regex !== 'string') return [];
    return checkCustomIdentifier({ name: e.Name, regex: e.Regex }, `/Configuration/CustomDataIdentifier/${i}`).filter((d) => !said.has(d.path));
  });
}
