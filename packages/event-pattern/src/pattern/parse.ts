/**
 * Step 1: read the pattern as the caller gave it. JSON text goes through the safe parser (bounded
 * size and depth; duplicate keys allowed, the last one wins as AWS documents); an already-parsed
 * value is copied into plain JSON data, rejecting what JSON cannot hold.
 */
import { CommonCodes, diagnostic, joinPointer, parseJsonSafe, type Diagnostic, type Result } from '@arbiter/ir';
import { EventPatternCodes as Codes } from './codes.js';
import { readNumberSpellings, type NumberSpellings } from './number-spellings.js';

/** EventBridge does not document a pattern size limit; this bound keeps hostile input cheap. */
export const DEFAULT_MAX_PATTERN_BYTES = 256 * 1024;
export const MAX_PATTERN_DEPTH = 128;

export interface PatternInput {
  value: unknown;
  /** Number spellings by pointer, when the pattern was given as text. */
  spellings: NumberSpellings;
}

function tooLarge(size: number, limit: number): Diagnostic {
  return diagnostic(Codes.tooLarge, 'policy', '', `event pattern is ${size} bytes, more than the limit of ${limit}`, { params: { size, limit } });
}

function readText(text: string, maxBytes: number): Result<PatternInput> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return { ok: false, diagnostics: [tooLarge(size, maxBytes)] };
  const parsed = parseJsonSafe(text, { document: 'policy', maxDepth: MAX_PATTERN_DEPTH, maxBytes: Math.max(maxBytes, 1) });
  if (!parsed.ok) {
    const diagnostics = parsed.diagnostics.map((d) => (d.code === CommonCodes.jsonSyntax ? { ...d, code: Codes.invalidJson, message: `event pattern is not valid JSON: ${d.message}` } : d));
    return { ok: false, diagnostics };
  }
  // Duplicate keys are legal in event patterns (the last one wins): drop the parser's warning.
  const warnings = parsed.warnings.filter((d) => d.code !== CommonCodes.jsonDuplicateKey);
  return { ok: true, value: { value: parsed.value.value, spellings: readNumberSpellings(text) }, warnings };
}

function copyJson(value: unknown, path: string, depth: number, out: Diagnostic[]): unknown {
  const bad = (what: string) => {
    out.push(diagnostic(Codes.notJsonValue, 'policy', path, `${what} is not a JSON value`));
    return null;
  };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? bad('`NaN`') : value;
  if (typeof value !== 'object') return bad(`a ${typeof value}`);
  if (depth >= MAX_PATTERN_DEPTH) {
    out.push(diagnostic(Codes.tooDeep, 'policy', path, `event pattern nests deeper than ${MAX_PATTERN_DEPTH} levels (or refers to itself)`));
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => copyJson(v, joinPointer(path, i), depth + 1, out));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return bad(`a ${proto?.constructor?.name ?? 'non-plain'} object`);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyJson((value as Record<string, unknown>)[key], joinPointer(path, key), depth + 1, out);
    Object.defineProperty(copy, key, { value: v, writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

function readValue(value: unknown, maxBytes: number): Result<PatternInput> {
  const diagnostics: Diagnostic[] = [];
  let copy: unknown;
  try {
    copy = copyJson(value, '', 0, diagnostics);
  } catch (e) {
    diagnostics.push(diagnostic(Codes.notJsonValue, 'policy', '', `event pattern could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const size = Buffer.byteLength(JSON.stringify(copy), 'utf8');
  if (size > maxBytes) return { ok: false, diagnostics: [tooLarge(size, maxBytes)] };
  return { ok: true, value: { value: copy, spellings: new Map() }, warnings: [] };
}

/** Reads a pattern given as JSON text or as a parsed value. */
export function readPattern(pattern: unknown, maxBytes = DEFAULT_MAX_PATTERN_BYTES): Result<PatternInput> {
  return typeof pattern === 'string' ? readText(pattern, maxBytes) : readValue(pattern, maxBytes);
}
