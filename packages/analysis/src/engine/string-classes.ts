/**
 * String candidates for a field with a wildcard of two or more `*`, where prefix/suffix reasoning
 * no longer covers every region: each string constraint of the field (exact, prefix, suffix,
 * wildcard; the values of `anything-but` and `exists` ignoring) becomes a pattern, and the product
 * automaton's walk (automaton.ts) gives one string per achievable combination of them — a complete
 * set. Constants compared ignoring case stay outside (their folds beyond ASCII are not modelled).
 */
import { literalPattern, prefixPattern, segmentsPattern, stringClasses, suffixPattern } from './automaton.js';
import type { Seeds } from './seeds.js';

/** Beyond this many patterns on one field the walk is not tried (its cost grows with each). */
const MAX_PATTERNS = 64;

export type AutomatonCandidates = { values: string[]; complete: boolean; reason?: string };

/** The field's string classes, or the reason they are not computed. */
export function automatonCandidates(seeds: Seeds): AutomatonCandidates {
  if (seeds.folded.size + seeds.foldedPrefixes.size + seeds.foldedSuffixes.size > 0) {
    return { values: [], complete: false, reason: 'wildcard with more than one `*` beside constants compared ignoring case' };
  }
  const patterns = [
    ...[...seeds.strings].map((t) => literalPattern(t)),
    ...[...seeds.prefixes].map(prefixPattern),
    ...[...seeds.suffixes].map(suffixPattern),
    ...seeds.wildcards.map(segmentsPattern),
  ];
  if (patterns.length > MAX_PATTERNS) return { values: [], complete: false, reason: `wildcard with more than one \`*\` among more than ${MAX_PATTERNS} string constants` };
  const classes = stringClasses(patterns);
  return { values: classes.classes.map((c) => c.value), complete: classes.complete, ...(classes.reason ? { reason: classes.reason } : {}) };
}
