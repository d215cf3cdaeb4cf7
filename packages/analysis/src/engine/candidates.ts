/**
 * Candidate values for one field: a finite set that meets every region the field's predicates
 * cut the value space into (each region: which tests one value passes). For exact, prefix,
 * suffix, equals-ignore-case, anything-but and numeric predicates the set is complete: a string
 * built as prefix + fresh character + suffix avoids every other constant, numbers between and
 * around the sorted constants cover every interval, and the ends of CIDR blocks (±1) cover every
 * difference of blocks. Where completeness cannot be argued, `complete` is false.
 */
import ipaddr from 'ipaddr.js';
import type { Seeds } from './seeds.js';

/** Characters used to build strings no constant contains (checked against all constants). */
const FRESH = ['x', 'z', 'q', '~', '#', '§', '¤', 'ǂ'];
/** Beyond this many cased letters, case variants are sampled, not enumerated. */
const MAX_CASED_LETTERS = 8;

export interface Candidates {
  values: unknown[];
  complete: boolean;
}

function freshChar(seeds: Seeds): string {
  const all = [...seeds.strings, ...seeds.prefixes, ...seeds.suffixes, ...seeds.folded, ...seeds.cidrs].join('');
  const lower = all.toLowerCase();
  return FRESH.find((c) => !all.includes(c) && !lower.includes(c.toLowerCase())) ?? '\u{10FFFF}';
}

/** Every spelling of `s` that folds to the same text (all, up to MAX_CASED_LETTERS cased letters). */
function caseVariants(s: string): { variants: string[]; complete: boolean } {
  const chars = [...s];
  const cased = chars.map((c, i) => (c.toLowerCase() !== c.toUpperCase() ? i : -1)).filter((i) => i >= 0);
  const nonAscii = chars.some((c, i) => cased.includes(i) && (c.toLowerCase().length !== 1 || c.toUpperCase().length !== 1 || c > '\u007f'));
  if (cased.length > MAX_CASED_LETTERS || nonAscii) {
    return { variants: [s, s.toLowerCase(), s.toUpperCase()], complete: false };
  }
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << cased.length; mask++) {
    const out = [...chars];
    cased.forEach((pos, bit) => {
      out[pos] = mask & (1 << bit) ? chars[pos]!.toUpperCase() : chars[pos]!.toLowerCase();
    });
    variants.push(out.join(''));
  }
  return { variants, complete: true };
}

/** `p` and `x` laid over each other where `p`'s end equals `x`'s start. */
function overlaps(p: string, x: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < Math.min(p.length, x.length); k++) if (p.endsWith(x.slice(0, k))) out.push(p + x.slice(k));
  return out;
}

function stringCandidates(seeds: Seeds, fresh: string): Candidates {
  const out = new Set<string>([fresh]);
  let complete = true;
  const prefixes = ['', ...seeds.prefixes];
  const suffixes = ['', ...seeds.suffixes];
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
  return { values: [...out], complete };
}

function numberCandidates(numbers: readonly number[]): Candidates {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return { values: [0], complete: true };
  const out = new Set<number>(sorted);
  out.add(sorted[0]! - 1);
  out.add(sorted[sorted.length - 1]! + 1);
  let complete = sorted.every((n) => Math.abs(n) < 1e9);
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    // Numbers closer than the comparison precision may compare equal: not argued complete.
    if (gap < 1e-4) complete = false;
    out.add((sorted[i]! + sorted[i - 1]!) / 2);
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
  const numbers = numberCandidates(seeds.numbers);
  const cidrs = cidrCandidates(seeds.cidrs);
  // Shape constants that could be part of an address's text make IP candidates insufficient.
  const ipText = seeds.cidrs.every((c) => !c.includes(':')) ? /^[0-9.]+$/ : /^[0-9a-fA-F.:]+$/;
  const shaped = [...seeds.prefixes, ...seeds.suffixes, ...seeds.folded].some((s) => ipText.test(s));
  const values: unknown[] = [...strings.values, ...numbers.values, ...numbers.values.map(String), ...cidrs, true, false, null];
  return {
    values,
    // IP text under prefix/suffix/case constraints is not covered by the block ends.
    complete: strings.complete && numbers.complete && seeds.complete && !(cidrs.length > 0 && shaped),
  };
}
