/** JSON templates and policy files: the safe parser with positions recorded for every value. */
import { parseJsonSafe, type Result } from '@arbiter/ir';
import { createLocator, type LoadedDocument, type SourceLocation } from './located.js';

/** Parses JSON text; duplicate keys and lone surrogates come back as warnings. */
export function loadJson(text: string): Result<LoadedDocument> {
  const parsed = parseJsonSafe(text, { document: 'template', locations: true });
  if (!parsed.ok) return parsed;
  const positions = new Map<string, SourceLocation>();
  for (const [pointer, p] of parsed.value.locations ?? []) positions.set(pointer, { line: p.line, column: p.column });
  return { ok: true, value: { value: parsed.value.value, format: 'json', ...createLocator(positions) }, warnings: parsed.warnings };
}

/** JSON when the first non-blank character opens an object or array; YAML otherwise. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}
