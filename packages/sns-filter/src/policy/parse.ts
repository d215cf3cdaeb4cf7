/**
 * Step 1: read the policy as the caller gave it. Text is parsed with the safe parser (Jackson-style
 * messages, as AWS echoes them after "failed to parse JSON. "); an already-parsed value is copied
 * into plain JSON data, rejecting what JSON cannot hold (undefined, functions, NaN, cycles).
 * Either way the result is bounded in size and depth, so later steps may recurse freely.
 */
import { CommonCodes, copyJsonInput, diagnostic, parseJsonSafe, type Diagnostic, type Result } from '@arbiter/ir';
import { SnsCodes } from './codes.js';
import { AwsText } from './messages.js';

/** SNS's policy size limit: 256 KiB. */
export const DEFAULT_MAX_POLICY_BYTES = 256 * 1024;
/** JSON nesting limit. A valid policy cannot nest deeper: each level multiplies its complexity. */
export const MAX_POLICY_DEPTH = 160;

export interface PolicyInput {
  /** `undefined` when there is no policy (absent or `""`). */
  value: unknown;
}

function tooLarge(size: number, limit: number): Diagnostic {
  return diagnostic(SnsCodes.policyTooLarge, 'policy', '', `filter policy is ${size} bytes, more than the limit of ${limit}`, {
    params: { size, limit },
    help: 'SNS accepts filter policies of up to 256 KB',
  });
}

function readText(text: string, maxBytes: number): Result<PolicyInput> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return { ok: false, diagnostics: [tooLarge(size, maxBytes)] };
  const parsed = parseJsonSafe(text, { document: 'policy', maxDepth: MAX_POLICY_DEPTH, maxBytes: Math.max(maxBytes, 1) });
  if (!parsed.ok) {
    const diagnostics = parsed.diagnostics.map((d) =>
      d.code === CommonCodes.jsonSyntax ? { ...d, code: SnsCodes.invalidJson, message: AwsText.parseFailed(d.message) } : d,
    );
    return { ok: false, diagnostics };
  }
  return { ok: true, value: { value: parsed.value.value }, warnings: parsed.warnings };
}

/** A caller's value is copied into plain JSON data by the shared input guard (no cycles, no sharing blow-up). */
function readValue(value: unknown, maxBytes: number): Result<PolicyInput> {
  const copied = copyJsonInput(value, {
    document: 'policy',
    maxDepth: MAX_POLICY_DEPTH,
    maxChars: maxBytes,
    codes: { notJson: SnsCodes.notJsonValue, tooDeep: SnsCodes.policyTooDeep, cycle: SnsCodes.policyTooDeep, tooLarge: SnsCodes.policyTooLarge },
  });
  if (!copied.ok) return copied;
  const size = Buffer.byteLength(JSON.stringify(copied.value), 'utf8');
  if (size > maxBytes) return { ok: false, diagnostics: [tooLarge(size, maxBytes)] };
  return { ok: true, value: { value: copied.value }, warnings: [] };
}

/** Reads a policy given as JSON text or as a parsed value; `""` and `undefined` mean "no policy". */
export function readPolicy(policy: unknown, maxBytes = DEFAULT_MAX_POLICY_BYTES): Result<PolicyInput> {
  if (policy === undefined || policy === '') return { ok: true, value: { value: undefined }, warnings: [] };
  return typeof policy === 'string' ? readText(policy, maxBytes) : readValue(policy, maxBytes);
}
