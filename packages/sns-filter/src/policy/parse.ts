/**
 * Step 1: read the policy as the caller gave it. Text is parsed with the safe parser (Jackson-style
 * messages, as AWS echoes them after "failed to parse JSON. "); an already-parsed value is copied
 * into plain JSON data, rejecting what JSON cannot hold (undefined, functions, NaN, cycles).
 * Either way the result is bounded in size and depth, so later steps may recurse freely.
 */
import { CommonCodes, diagnostic, joinPointer, parseJsonSafe, type Diagnostic, type Result } from '@arbiter/ir';
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

/** Copies a caller's value into plain JSON data; appends diagnostics for anything JSON cannot hold. */
function copyJson(value: unknown, path: string, depth: number, out: Diagnostic[]): unknown {
  const bad = (what: string) => {
    out.push(diagnostic(SnsCodes.notJsonValue, 'policy', path, `${what} is not a JSON value`));
    return null;
  };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? bad('`NaN`') : value;
  if (typeof value !== 'object') return bad(`a ${typeof value}`);
  if (depth >= MAX_POLICY_DEPTH) {
    out.push(diagnostic(SnsCodes.policyTooDeep, 'policy', path, `policy nests deeper than ${MAX_POLICY_DEPTH} levels (or refers to itself)`));
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => copyJson(v, joinPointer(path, i), depth + 1, out));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return bad(`a ${proto?.constructor?.name ?? 'non-plain'} object`);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyJson((value as Record<string, unknown>)[key], joinPointer(path, key), depth + 1, out);
    // defineProperty keeps a `__proto__` key as data.
    Object.defineProperty(copy, key, { value: v, writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

function readValue(value: unknown, maxBytes: number): Result<PolicyInput> {
  const diagnostics: Diagnostic[] = [];
  let copy: unknown;
  try {
    copy = copyJson(value, '', 0, diagnostics);
  } catch (e) {
    diagnostics.push(diagnostic(SnsCodes.notJsonValue, 'policy', '', `policy could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const size = Buffer.byteLength(JSON.stringify(copy), 'utf8');
  if (size > maxBytes) return { ok: false, diagnostics: [tooLarge(size, maxBytes)] };
  return { ok: true, value: { value: copy }, warnings: [] };
}

/** Reads a policy given as JSON text or as a parsed value; `""` and `undefined` mean "no policy". */
export function readPolicy(policy: unknown, maxBytes = DEFAULT_MAX_POLICY_BYTES): Result<PolicyInput> {
  if (policy === undefined || policy === '') return { ok: true, value: { value: undefined }, warnings: [] };
  return typeof policy === 'string' ? readText(policy, maxBytes) : readValue(policy, maxBytes);
}
