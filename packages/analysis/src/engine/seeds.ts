/**
 * What each predicate contributes to the search for witness values: the constants it names, by
 * role. This table is the one place where analysis knows an op; an op without an entry makes its
 * field's search incomplete (answers that rest on "no such message" become `unknown`).
 */
import { wildcardToGlob, type Predicate } from '@arbiter/ir';

export interface Seeds {
  strings: Set<string>;
  prefixes: Set<string>;
  suffixes: Set<string>;
  /** Constants compared ignoring case. */
  folded: Set<string>;
  /** Prefixes and suffixes compared ignoring case (EventBridge). */
  foldedPrefixes: Set<string>;
  foldedSuffixes: Set<string>;
  /** Numbers compared at six decimals (`exact`, `numeric`). */
  numbers: number[];
  /** Numbers compared as doubles with no rounding (`double-range`). */
  doubles: number[];
  cidrs: string[];
  /** Wildcards with at least one `*`, as their literal segments (candidates.ts: one `*` is prefix and suffix, more need the automaton). */
  wildcards: string[][];
  /** False when some predicate's values cannot be covered by the candidates built from these seeds. */
  complete: boolean;
  /** Ops whose semantics the analysis does not cover (reported with `unknown`). */
  unsupported: Set<string>;
}

export function emptySeeds(): Seeds {
  return { strings: new Set(), prefixes: new Set(), suffixes: new Set(), folded: new Set(), foldedPrefixes: new Set(), foldedSuffixes: new Set(), numbers: [], doubles: [], cidrs: [], wildcards: [], complete: true, unsupported: new Set() };
}

function addScalar(seeds: Seeds, v: unknown): void {
  if (typeof v === 'string') seeds.strings.add(v);
  else if (typeof v === 'number' && Number.isFinite(v)) seeds.numbers.push(v);
}

type SeedRule = (p: never, seeds: Seeds) => void;

const rules: Record<string, SeedRule> = {
  exact: (p: { value: unknown }, s) => addScalar(s, p.value),
  prefix: (p: { value: string }, s) => void s.prefixes.add(p.value),
  suffix: (p: { value: string }, s) => void s.suffixes.add(p.value),
  'equals-ignore-case': (p: { value: string }, s) => void s.folded.add(p.value),
  'anything-but': (p: { values: unknown[] }, s) => p.values.forEach((v) => addScalar(s, v)),
  'anything-but-prefix': (p: { value: string }, s) => void s.prefixes.add(p.value),
  numeric: (p: { lower?: { value: number }; upper?: { value: number } }, s) => {
    if (p.lower) s.numbers.push(p.lower.value);
    if (p.upper) s.numbers.push(p.upper.value);
  },
  cidr: (p: { cidr: string }, s) => void s.cidrs.push(p.cidr),
  exists: (p: { ignoring?: unknown[] }, s) => p.ignoring?.forEach((v) => addScalar(s, v)),
  'double-range': (p: { lower?: { value: number }; upper?: { value: number } }, s) => {
    if (p.lower) s.doubles.push(p.lower.value);
    if (p.upper) s.doubles.push(p.upper.value);
  },
  'prefix-ignore-case': (p: { value: string }, s) => void s.foldedPrefixes.add(p.value),
  'suffix-ignore-case': (p: { value: string }, s) => void s.foldedSuffixes.add(p.value),
  // A NOR of child predicates: its regions are cut by the children's constants.
  'none-of': (p: { of: Predicate[] }, s) => p.of.forEach((c) => addSeeds(s, c)),
  wildcard: (p: { pattern: string }, s) => addWildcard(s, p.pattern),
};

/** The literal text between a wildcard's unescaped stars (runs of stars count as one). */
export function wildcardSegments(pattern: string): string[] {
  const { text, kinds } = wildcardToGlob(pattern);
  const segments = [''];
  for (let i = 0; i < text.length; i++) {
    const last = segments.length - 1;
    if (kinds[i] !== '*') segments[last] += text[i]!;
    else if (last === 0 || segments[last] !== '') segments.push('');
  }
  return segments;
}

/**
 * A wildcard without `*` is an exact string; `P*S` is "prefix P, suffix S, at least |P|+|S|
 * long", whose regions the prefix/suffix candidates already cover (candidates.ts: a string at most
 * that long is itself a candidate). With more stars the inner segments may sit anywhere: the
 * candidates come from the field's string automaton (candidates.ts).
 */
function addWildcard(s: Seeds, pattern: string): void {
  const segments = wildcardSegments(pattern);
  if (segments.length === 1) return void s.strings.add(segments[0]!);
  s.prefixes.add(segments[0]!);
  s.suffixes.add(segments[segments.length - 1]!);
  s.wildcards.push(segments);
}

export function addSeeds(seeds: Seeds, predicate: Predicate): void {
  const rule = rules[predicate.op];
  if (rule) rule(predicate as never, seeds);
  else {
    seeds.complete = false;
    seeds.unsupported.add(predicate.op);
  }
}
