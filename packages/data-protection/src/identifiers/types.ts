/**
 * How a managed data identifier is defined: data, not code paths, so the scanner can combine all
 * identifiers into one pass and the validator can list their names and ARNs.
 */
export type IdentifierCategory = 'Credentials' | 'Devices' | 'Financial' | 'Health' | 'Personal';

export interface CandidateContext {
  /** The whole text being scanned. */
  text: string;
  /** 0-based offset of the candidate in `text`. */
  start: number;
  /** Exclusive end offset. */
  end: number;
}

export interface ManagedIdentifier {
  /** AWS name with its country suffix where AWS requires one: `Ssn-US`, `DriversLicense-DE`, `EmailAddress`. */
  name: string;
  category: IdentifierCategory;
  /**
   * Finds candidates. Must be a trusted, linear-behaving JS RegExp with the `g` flag (and `u` only
   * if needed). Capture group `value` (or the whole match) is the reported span.
   */
  pattern: RegExp;
  /**
   * Keywords of which one must appear near the candidate (case-insensitive; a keyword with a
   * space also matches with no space, `_` or `-`). Empty or absent: no keyword needed.
   */
  keywords?: readonly string[];
  /** How far before the candidate (in characters, inclusive) a keyword may end. Default 30. */
  keywordWindow?: number;
  /**
   * Candidates for which the keyword is optional (e.g. a phone number written with its `+CC`
   * country code). Only consulted when `keywords` is non-empty and no keyword is near.
   */
  keywordOptional?: (candidate: string, context: CandidateContext) => boolean;
  /**
   * A cheap test on the whole text: when it is false no candidate can exist, so the compiled
   * scanner skips the pattern. Must never be false for a text that has a candidate.
   */
  hint?: (text: string) => boolean;
  /**
   * Every match has a position at most `within` characters after its start where one of these
   * `at` regex sources matches (e-mail: `@`). Lets the compiled scanner run the pattern only near
   * those positions instead of over the whole text; a wrong declaration would lose findings, so
   * each is property-tested against the reference.
   */
  anchors?: ReadonlyArray<{ at: string; within: number }>;
  /**
   * More anchors, as words the compiled scanner finds in its keyword pass (no regex search): every
   * match that has no `anchors` position holds one of `words` starting at most `within` characters
   * after its start, as a keyword would occur (case-insensitive, at a word start and a word end).
   */
  anchorWords?: { words: readonly string[]; within: number };
  /** Every candidate that `keywordOptional` accepts starts with one of these characters (phones: `+`). */
  keywordOptionalStarts?: string;
  /** Checksums and exclusions on the candidate text; false drops it. */
  validate?: (candidate: string, context: CandidateContext) => boolean;
  /** Free text: the rule's source or our reading where AWS is silent. */
  note?: string;
}

export const ARN_PREFIX = 'arn:aws:dataprotection::aws:data-identifier/';

export function identifierArn(name: string): string {
  return ARN_PREFIX + name;
}
