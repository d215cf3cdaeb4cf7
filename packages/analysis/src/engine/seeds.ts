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
  numbers: number[];
  cidrs: string[];
  /** False when some predicate's values cannot be covered by the candidates built from these seeds. */
  complete: boolean;
  /** Ops whose semantics the analysis does not cover (reported with `unknown`). */
  unsupported: Set<string>;
}

export function emptySeeds(): Seeds {
  return { strings: new Set(), prefixes: new Set(), suffixes: new Set(), folded: new Set(), numbers: [], cidrs: [], complete: true, unsupported: new Set() };
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
};

export function addSeeds(seeds: Seeds, predicate: Predicate): void {
  const rule = rules[predicate.op];
  if (rule) rule(predicate as never, seeds);
  else {
    seeds.complete = false;
    seeds.unsupported.add(predicate.op);
  }
}
