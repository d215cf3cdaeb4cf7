/**
 * What each predicate contributes to the search for witness values: the constants it names, by
 * role. This table is the one place where analysis knows an op; an op without an entry makes its
 * field's search incomplete (answers that rest on "no such message" become `unknown`).
 */
import type { Predicate } from '@arbiter/ir';

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
  /** False when some predicate's values cannot be covered by the candidates built from these seeds. */
  complete: boolean;
  /** Ops whose semantics the analysis does not cover (reported with `unknown`). */
  unsupported: Set<string>;
}

export function emptySeeds(): Seeds {
  return { strings: new Set(), prefixes: new Set(), suffixes: new Set(), folded: new Set(), foldedPrefixes: new Set(), foldedSuffixes: new Set(), numbers: [], doubles: [], cidrs: [], complete: true, unsupported: new Set() };
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
  // No complete analysis of wildcards: the literal text (stars dropped) still seeds witnesses.
  wildcard: (p: { pattern: string }, s) => {
    s.strings.add(p.pattern.replace(/\\(.)|\*/g, (_, c: string | undefined) => c ?? ''));
    s.complete = false;
    s.unsupported.add('wildcard');
  },
};

export function addSeeds(seeds: Seeds, predicate: Predicate): void {
  const rule = rules[predicate.op];
  if (rule) rule(predicate as never, seeds);
  else {
    seeds.complete = false;
    seeds.unsupported.add(predicate.op);
  }
}
