/**
 * Small builders shared by the national identifier tables, so each table reads as data: a value
 * shape, a keyword list, and (where the format has one) a checksum.
 */
import type { CandidateContext, IdentifierCategory, ManagedIdentifier } from '../../types.js';

/**
 * A global pattern for whole tokens only: the value may not continue a run of letters or digits,
 * directly or across one separator (`X123456789` is not the 9-digit `123456789`, and `A1234` is not
 * a value inside `A1234-56789-01234`). `source` should use non-capturing groups only, so the
 * scanner may combine patterns freely.
 */
export function tokenPattern(source: string, flags = ''): RegExp {
  const before = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-./])';
  const after = '(?![\\p{L}\\p{N}]|[-./][\\p{L}\\p{N}])';
  return new RegExp(`${before}(?:${source})${after}`, `gu${flags}`);
}

/** Letters and digits of a candidate, upper-cased: what checksums run over. */
export function compact(candidate: string): string {
  return candidate.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

export interface IdentifierSpec {
  name: string;
  category?: IdentifierCategory;
  pattern: RegExp;
  keywords: readonly string[];
  /** Runs on the compacted candidate (see {@link compact}). */
  check?: (value: string, context: CandidateContext) => boolean;
  hint?: (text: string) => boolean;
  note?: string;
}

/** Builds a keyword-gated identifier; `check` sees the candidate without separators. */
export function defineIdentifier(spec: IdentifierSpec): ManagedIdentifier {
  const { check } = spec;
  return {
    name: spec.name,
    category: spec.category ?? 'Personal',
    pattern: spec.pattern,
    keywords: spec.keywords,
    ...(spec.hint ? { hint: spec.hint } : {}),
    ...(check ? { validate: (candidate: string, context: CandidateContext) => check(compact(candidate), context) } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  };
}
