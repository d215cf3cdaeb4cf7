/**
 * A detector is what both scanners run: a managed or custom identifier reduced to a pattern
 * factory plus its keyword and validation rules.
 */
import type { CustomIdentifier } from '../identifiers/custom.js';
import type { CandidateContext, ManagedIdentifier } from '../identifiers/types.js';
import { boundedMatcher } from './bounded-matches.js';
import { DEFAULT_KEYWORD_WINDOW } from './keyword-rules.js';

/** The part of RegExp/RE2 a scanner uses. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

export interface Detector {
  name: string;
  /** A fresh matcher (patterns keep `lastIndex` state, so every scan gets its own). */
  matcher: () => Matcher;
  keywords: readonly string[];
  window: number;
  keywordOptional?: (candidate: string, context: CandidateContext) => boolean;
  validate?: (candidate: string, context: CandidateContext) => boolean;
  hint?: (text: string) => boolean;
  anchors?: ReadonlyArray<{ at: string; within: number }>;
  anchorWords?: { words: readonly string[]; within: number };
  keywordOptionalStarts?: string;
}

/** One finding: 0-based `start`, INCLUSIVE `end` (AWS's convention), and the JSON pointer of its field. */
export interface Finding {
  name: string;
  start: number;
  end: number;
  /** JSON messages only: the pointer of the value the finding lies in (`''` when it spans values). */
  pointer?: string;
  /** The matched text, when asked for. */
  text?: string;
}

/** Adapts a managed identifier. */
export function managedDetector(id: ManagedIdentifier): Detector {
  const flags = id.pattern.flags.includes('g') ? id.pattern.flags : id.pattern.flags + 'g';
  const withIndices = id.pattern.source.includes('(?<value>') && !flags.includes('d') ? flags + 'd' : flags;
  const d: Detector = {
    name: id.name,
    matcher: () => new RegExp(id.pattern.source, withIndices),
    keywords: id.keywords ?? [],
    window: id.keywordWindow ?? DEFAULT_KEYWORD_WINDOW,
  };
  if (id.keywordOptional) d.keywordOptional = id.keywordOptional;
  if (id.validate) d.validate = id.validate;
  if (id.hint) d.hint = id.hint;
  if (id.anchors) d.anchors = id.anchors;
  if (id.anchorWords) d.anchorWords = id.anchorWords;
  if (id.keywordOptionalStarts) d.keywordOptionalStarts = id.keywordOptionalStarts;
  return d;
}

/** Adapts a custom identifier: its RE2 pattern, no keywords (AWS gives custom identifiers none). */
export function customDetector(id: CustomIdentifier): Detector {
  // Bounded look-ahead: adversarial text costs linear time (see bounded-matches.ts).
  return { name: id.name, matcher: () => boundedMatcher(id.compiled), keywords: [], window: DEFAULT_KEYWORD_WINDOW };
}

/** The reported span of a match: the `value` group when the pattern has one, else the whole match. */
export function spanOf(m: RegExpExecArray): [number, number] {
  const value = m.indices?.groups?.['value'];
  if (value) return [value[0], value[1]];
  return [m.index, m.index + m[0].length];
}

/** Findings in a stable order: by start, then end, then name. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
