/**
 * Reads policy input into a JSON value: raw text goes through the safe JSON parser (limits,
 * duplicate keys, `__proto__` as data); a JSON syntax error becomes Access Analyzer's "Json syntax
 * error" with line and column, and, when curly quotes caused it, the pointer of the value they
 * wrap (found by re-parsing with the quotes straightened).
 */
import { copyJsonInput, diagnostic, parseJsonSafe, type Diagnostic, type Result } from '@arbiter/ir';
import { AaText, IamCodes } from '../codes.js';
import { checkTypos } from './scan-strings.js';

/** Raw policy text larger than this is rejected (IAM's largest policy limit is 10,240 characters). */
export const MAX_POLICY_TEXT_BYTES = 1024 * 1024;
export const MAX_POLICY_DEPTH = 64;

const CURLY_RE = /[\u201c\u201d\u2018\u2019]/;

/** Parses raw policy text (or passes a JSON value through). Never throws. */
export function readPolicyJson(input: unknown): Result<unknown> {
  // A parsed value goes through the shared input guard: no cycles, no blow-up from shared sub-objects.
  if (typeof input !== 'string') return copyJsonInput(input, { document: 'policy', maxChars: MAX_POLICY_TEXT_BYTES, maxDepth: MAX_POLICY_DEPTH });
  const parsed = parseJsonSafe(input, { document: 'policy', maxBytes: MAX_POLICY_TEXT_BYTES, maxDepth: MAX_POLICY_DEPTH });
  if (parsed.ok) return { ok: true, value: parsed.value.value, warnings: parsed.warnings };
  const diagnostics = parsed.diagnostics.map((d) => (d.code === 'json.syntax' ? toAaSyntaxError(input, d) : d));
  // Curly-quote delimiters hide every other typo; report those found once the quotes are straightened.
  const repaired = CURLY_RE.test(input) ? parseJsonSafe(straighten(input), { document: 'policy', maxDepth: MAX_POLICY_DEPTH }) : undefined;
  if (repaired?.ok) diagnostics.push(...checkTypos(repaired.value.value).filter((d) => d.code !== IamCodes.curlyQuote));
  return { ok: false, diagnostics };
}

function straighten(text: string): string {
  return text.replace(/[\u201c\u201d]/g, '"');
}

function toAaSyntaxError(text: string, d: Diagnostic): Diagnostic {
  const line = Number(d.params?.line ?? 1);
  const column = Number(d.params?.column ?? 1);
  const index = Number(d.params?.offset ?? 0);
  const curly = CURLY_RE.exec(text);
  let path = d.path;
  let help = 'fix the JSON syntax at the given line and column';
  if (curly) {
    help = 'replace curly quotes (“ ” ‘ ’) with straight double quotes (")';
    path = recoverPointer(text, curly.index) ?? path;
  }
  return diagnostic(IamCodes.jsonSyntax, 'policy', path, AaText.jsonSyntax(index, line, column), {
    params: { index, line, column, parser: d.message, ...(curly ? { curlyQuote: curly[0] } : {}) },
    help,
  });
}

/** The pointer of the first value at or after `offset` once curly quotes are straightened. */
function recoverPointer(text: string, offset: number): string | undefined {
  const straight = straighten(text);
  const again = parseJsonSafe(straight, { document: 'policy', locations: true, maxDepth: MAX_POLICY_DEPTH });
  if (!again.ok || !again.value.locations) return undefined;
  let best: { pointer: string; offset: number } | undefined;
  for (const [pointer, pos] of again.value.locations) {
    if (pos.offset >= offset && (!best || pos.offset < best.offset)) best = { pointer, offset: pos.offset };
  }
  return best?.pointer;
}
