/**
 * Candidate values for one field: a finite set that meets every region the field's predicates
 * cut the value space into (each region: which tests one value passes). For exact, prefix,
 * suffix, equals-ignore-case, anything-but, numeric predicates and wildcards with at most one `*`
 * the set is complete: numbers between and around the sorted constants cover every interval, the
 * ends of CIDR blocks (±1) cover every difference of blocks, and a string w that equals no constant
 * passes the same tests as a candidate. Take P and X, the longest prefix and suffix constants of w:
 * if w is at most |P|+|X| long, it is P and X laid over each other — a candidate itself; if longer,
 * P + fresh character + X has exactly w's prefix and suffix constants (no constant holds the fresh
 * character), is as long as every `P'*X'` wildcard needs (|P'| ≤ |P|, |X'| ≤ |X|), and equals no
 * constant. Where completeness cannot be argued, `complete` is false.
 */
import ipaddr from 'ipaddr.js';
import type { Seeds } from './seeds.js';
import { overlaps } from './overlaps.js';
import { keyCandidates, nextUp } from './key-candidates.js';
import { automatonCandidates } from './string-classes.js';
import { wildcardCandidates } from './wildcard-candidates.js';

/** Characters used to build strings no constant contains (checked against all constants). */
const FRESH = ['x', 'z', 'q', '~', '#', '§', '¤', 'ǂ'];
/** Beyond this many cased letters, case variants are sampled, not enumerated. */
const MAX_CASED_LETTERS = 8;

export interface Candidates {
  values: unknown[];
  complete: boolean;
  /** Why the values are not complete, where a predicate's semantics are beyond them. */
  unsupported?: string[];
}

function freshChar(seeds: Seeds): string {
  const all = [...seeds.strings, ...seeds.prefixes, ...seeds.suffixes, ...seeds.folded, ...seeds.foldedPrefixes, ...seeds.foldedSuffixes, ...seeds.cidrs, ...seeds.wildcards.flat()].join('');
  const lower = all.toLowerCase();
  return FRESH.find((c) => !all.includes(c) && !lower.includes(c.toLowerCase())) ?? '\u{10FFFF}';
}

/** Characters beyond ASCII whose lower case holds an ASCII letter (the only two in Unicode): they fold like it. */
const FOLDS_LIKE: Readonly<Record<string, string>> = { k: '\u212A', i: '\u0130' };
/** Beyond this many spellings of one constant, case variants are sampled, not enumerated. */
const MAX_VARIANTS = 512;

/** Every spelling of `s` that folds to the same text (all, up to MAX_CASED_LETTERS cased letters). */
function caseVariants(s: string): { variants: string[]; complete: boolean } {
  const chars = [...s];
  const cased = chars.filter((c) => c.toLowerCase() !== c.toUpperCase());
  const nonAscii = cased.some((c) => c.toLowerCase().length !== 1 || c.toUpperCase().length !== 1 || c > '\u007f');
  if (cased.length > MAX_CASED_LETTERS || nonAscii) {
    return { variants: [s, s.toLowerCase(), s.toUpperCase()], complete: false };
  }
  let variants = [''];
  for (const c of chars) {
    const lower = c.toLowerCase();
    const spellings = lower === c.toUpperCase() ? [c] : [lower, c.toUpperCase(), ...(FOLDS_LIKE[lower] ? [FOLDS_LIKE[lower]] : [])];
    variants = variants.flatMap((v) => spellings.map((sp) => v + sp));
    if (variants.length > MAX_VARIANTS) return { variants: [s, s.toLowerCase(), s.toUpperCase()], complete: false };
  }
  return { variants, complete: true };
}

function stringCandidates(seeds: Seeds, fresh: string): Candidates {
  const out = new Set<string>([fresh]);
  let complete = true;
  // An affix compared ignoring case is the union of its spellings' plain affixes.
  const spellings = (set: ReadonlySet<string>): string[] =>
    [...set].flatMap((a) => {
      const { variants, complete: all } = caseVariants(a);
      complete &&= all;
      return variants;
    });
  const prefixes = ['', ...seeds.prefixes, ...spellings(seeds.foldedPrefixes)];
  const suffixes = ['', ...seeds.suffixes, ...spellings(seeds.foldedSuffixes)];
  for (const p of prefixes) {
    for (const x of suffixes) {
      out.add(p + fresh + x);
      out.add(p + x);
      for (const o of overlaps(p, x)) out.add(o);
    }
  }
  const exacts = [...seeds.strings];
  for (const f of seeds.folded) {
    const { variants, complete: all } = caseVariants(f);
    complete &&= all;
    exacts.push(...variants);
  }
  for (const e of exacts) {
    out.add(e);
    out.add(e + fresh);
    out.add(fresh + e);
    if (e.length > 0) out.add(e.slice(0, -1));
  }
  const multiStar = seeds.wildcards.filter((w) => w.length > 2);
  if (multiStar.length === 0) return { values: [...out], complete };
  // Several stars: the automaton's classes where it applies; else (or past its bound) witness candidates only.
  const classes = automatonCandidates(seeds);
  for (const v of classes.values) out.add(v);
  if (classes.complete) return { values: [...out], complete };
  for (const w of wildcardCandidates(multiStar, [...exacts, ...prefixes, ...suffixes], fresh)) out.add(w);
  return { values: [...out], complete: false, unsupported: [classes.reason ?? 'wildcard with more than one `*`'] };
}


/**
 * Constants, a number strictly between each two neighbours (none exists between adjacent doubles)
 * and one beyond each end. Six-decimal comparison (`numbers`) makes constants closer than 10⁻⁴ or
 * beyond ±10⁹ unreliable; where doubles meet six-decimal constants, both sides of each such
 * constant inside its six-decimal class are added too.
 */
function numberCandidates(sixDecimal: readonly number[], doubles: readonly number[]): Candidates {
  // Six-decimal constants alone: exact in key space (key-candidates.ts).
  if (doubles.length === 0) return keyCandidates(sixDecimal);
  const sorted = [...new Set([...sixDecimal, ...doubles])].sort((a, b) => a - b);
  if (sorted.length === 0) return { values: [0], complete: true };
  const out = new Set<number>(sorted);
  const reach = (n: number): number => (doubles.length > 0 ? Math.max(1, Math.abs(n)) : 1);
  out.add(sorted[0]! - reach(sorted[0]!));
  out.add(sorted[sorted.length - 1]! + reach(sorted[sorted.length - 1]!));
  let complete = [...out].every(Number.isFinite);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    const mid = a / 2 + b / 2;
    if (mid > a && mid < b) out.add(mid);
    else if (nextUp(a) !== b) complete = false;
    // Numbers closer than the comparison precision may compare equal: not argued complete.
    if (sixDecimal.length > 0 && b - a < 1e-4) complete = false;
  }
  if (sixDecimal.length > 0) {
    complete &&= sorted.every((n) => Math.abs(n) < 1e9);
    if (doubles.length > 0) {
      for (const c of sixDecimal) {
        out.add(c - 1e-7);
        out.add(c + 1e-7);
        complete &&= Math.round(c * 1e6) / 1e6 === c && c - 1e-7 !== c && c + 1e-7 !== c;
      }
    }
  }
  return { values: [...out], complete };
}

function addressText(bytes: number[]): string {
  return ipaddr.fromByteArray(bytes).toString();
}

function step(bytes: number[], delta: 1 | -1): number[] | undefined {
  const out = [...bytes];
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i]! + delta;
    if (v >= 0 && v <= 255) {
      out[i] = v;
      return out;
    }
    out[i] = delta === 1 ? 0 : 255;
  }
  return undefined;
}

/** First and last address of each block and their neighbours: the ends of every difference of blocks. */
export function cidrCandidates(cidrs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const cidr of cidrs) {
    let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      range = ipaddr.parseCIDR(cidr);
    } catch {
      continue;
    }
    const [addr, bits] = range;
    const bytes = addr.toByteArray();
    const first = bytes.map((b, i) => b & (0xff << Math.max(0, Math.min(8, 8 - (bits - i * 8)))) & 0xff);
    const last = first.map((b, i) => b | (0xff >> Math.max(0, Math.min(8, bits - i * 8))));
    for (const b of [first, last, step(first, -1), step(last, 1)]) if (b) out.add(addressText(b));
  }
  return [...out];
}

export function candidateValues(seeds: Seeds): Candidates {
  const fresh = freshChar(seeds);
  const strings = stringCandidates(seeds, fresh);
  const numbers = numberCandidates(seeds.numbers, seeds.doubles);
  const cidrs = cidrCandidates(seeds.cidrs);
  // Shape constants that could be part of an address's text make IP candidates insufficient.
  const ipText = seeds.cidrs.every((c) => !c.includes(':')) ? /^[0-9.]+$/ : /^[0-9a-fA-F.:]+$/;
  const shaped = [...seeds.prefixes, ...seeds.suffixes, ...seeds.folded, ...seeds.foldedPrefixes, ...seeds.foldedSuffixes, ...seeds.wildcards.flat()].some((s) => ipText.test(s));
  const values: unknown[] = [...strings.values, ...numbers.values, ...numbers.values.map(String), ...cidrs, true, false, null];
  return {
    values,
    // IP text under prefix/suffix/case constraints is not covered by the block ends.
    complete: strings.complete && numbers.complete && seeds.complete && !(cidrs.length > 0 && shaped),
    ...(strings.unsupported ? { unsupported: strings.unsupported } : {}),
  };
}
