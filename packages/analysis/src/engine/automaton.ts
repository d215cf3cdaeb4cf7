/**
 * Representative strings for a set of string patterns. Each pattern (exact text, ignore-case text,
 * glob, ARN) is a small NFA over an abstract alphabet: every character a pattern names (with its
 * other case), `:` and one fresh character standing for every other character (no pattern can tell
 * those apart). A breadth-first walk of the product automaton reaches every combination of patterns
 * one string can satisfy, each with its shortest string — the complete set of string classes.
 */
import { splitGlob, type GlobPattern } from '@arbiter/ir';

export type Item = { kind: 'lit'; ch: string; ignoreCase: boolean } | { kind: 'one' | 'star'; noColon: boolean };
/** `null`: a pattern no string matches. */
export type Pattern = readonly Item[] | null;

/** Beyond this many product states the walk stops and the classes are incomplete. */
export const MAX_PRODUCT_STATES = 20_000;
const FRESH = ['x', 'z', 'q', '~', '#', '§', '¤'];
/** `*` that may cross `:`. */
export const STAR: Item = { kind: 'star', noColon: false };
const NON_EMPTY: Item[] = [{ kind: 'one', noColon: false }, STAR];
const ANY: Item[] = [STAR];

/** One item per UTF-16 code unit, as the matchers compare (an astral character is two units). */
export function literalPattern(text: string, ignoreCase = false): Item[] {
  return text.split('').map((ch): Item => ({ kind: 'lit', ch, ignoreCase }));
}

export const prefixPattern = (text: string): Item[] => [...literalPattern(text), STAR];
export const suffixPattern = (text: string): Item[] => [STAR, ...literalPattern(text)];

/** A wildcard's literal segments (text between stars) as a pattern: `a*b*c`. */
export function segmentsPattern(segments: readonly string[]): Item[] {
  return segments.flatMap((seg, i) => [...(i > 0 ? [STAR] : []), ...literalPattern(seg)]);
}

/** A glob whose `kinds` mark live wildcards; `noColon` keeps wildcards inside one ARN part. */
export function globPattern(g: GlobPattern, ignoreCase = false, noColon = false): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < g.text.length; i++) {
    const k = g.kinds[i];
    if (k === '*') out.push({ kind: 'star', noColon });
    else if (k === '?') out.push({ kind: 'one', noColon });
    else out.push({ kind: 'lit', ch: g.text[i] as string, ignoreCase });
  }
  return out;
}

/** `arn-like` (primitives/arn.ts): six parts, wildcards of the first five stay inside their part. */
export function arnPattern(g: GlobPattern): Pattern {
  const parts = splitGlob(g, 5);
  if (parts.length !== 6) return globPattern(g);
  const first = parts[0] as GlobPattern;
  // The value's first part is `arn`; a pattern whose first part cannot match it matches nothing.
  if (!matchesArn(first)) return null;
  const out: Item[] = literalPattern('arn:');
  parts.slice(1).forEach((p, i) => {
    out.push(...globPattern(p, false, i < 4));
    if (i < 4) out.push({ kind: 'lit', ch: ':', ignoreCase: false });
  });
  return out;
}

function matchesArn(p: GlobPattern): boolean {
  const re = new RegExp(`^${[...p.text].map((c, i) => (p.kinds[i] === '*' ? '.*' : p.kinds[i] === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's');
  return re.test('arn');
}

/** Caseless (and not half of an astral character, whose case a code unit cannot show), or ASCII. */
const asciiCaseSafe = (c: string): boolean => (c.toLowerCase() === c.toUpperCase() && !(c >= '\uD800' && c <= '\uDFFF')) || (c.length === 1 && c < '\u0080');

function closure(items: readonly Item[], set: Set<number>): number[] {
  const out = [...set];
  for (let k = 0; k < out.length; k++) {
    const i = out[k] as number;
    if (i < items.length && items[i]!.kind === 'star' && !set.has(i + 1)) {
      set.add(i + 1);
      out.push(i + 1);
    }
  }
  return out.sort((a, b) => a - b);
}

function step(items: readonly Item[], from: readonly number[], c: string): number[] {
  const next = new Set<number>();
  for (const i of from) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'lit') {
      if (item.ch === c || (item.ignoreCase && item.ch.toLowerCase() === c.toLowerCase())) next.add(i + 1);
    } else if (!(item.noColon && c === ':')) next.add(item.kind === 'star' ? i : i + 1);
  }
  return closure(items, next);
}

/** One pattern's NFA, determinised lazily over the alphabet's indexes: states are numbered position sets. */
class LazyDfa {
  private readonly ids = new Map<string, number>();
  private readonly sets: number[][] = [];
  private readonly accepting: boolean[] = [];
  /** `moves[state * width + char]`: the next state, -1 until computed. */
  private readonly moves: number[] = [];
  readonly start: number;
  constructor(private readonly items: Pattern, private readonly chars: readonly string[]) {
    this.start = this.id(items === null ? [] : closure(items, new Set([0])));
  }
  private id(set: number[]): number {
    const key = set.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.ids.set(key, id);
      this.sets.push(set);
      this.accepting.push(this.items !== null && set.includes(this.items.length));
      for (let c = 0; c < this.chars.length; c++) this.moves.push(-1);
    }
    return id;
  }
  move(state: number, c: number): number {
    const at = state * this.chars.length + c;
    let next = this.moves[at]!;
    if (next < 0) {
      next = this.items === null ? state : this.id(step(this.items, this.sets[state]!, this.chars[c]!));
      this.moves[at] = next;
    }
    return next;
  }
  accepts(state: number): boolean {
    return this.accepting[state]!;
  }
}

export interface StringClass {
  value: string;
  /** Which patterns the value matches, in the order given. */
  accepts: boolean[];
}

export interface StringClasses {
  classes: StringClass[];
  complete: boolean;
  reason?: string;
}

function alphabetOf(patterns: readonly Pattern[]): { chars: string[]; caseSafe: boolean } {
  const chars = new Set<string>([':']);
  let caseSafe = true;
  for (const p of patterns) {
    for (const item of p ?? []) {
      if (item.kind !== 'lit') continue;
      chars.add(item.ch);
      if (item.ignoreCase) {
        caseSafe &&= asciiCaseSafe(item.ch);
        chars.add(item.ch.toLowerCase());
        chars.add(item.ch.toUpperCase());
      }
    }
  }
  const fresh = FRESH.find((c) => !chars.has(c) && !chars.has(c.toUpperCase())) ?? '\u{10FFFF}';
  return { chars: [fresh, ...chars].filter((c) => c.length === 1), caseSafe };
}

/**
 * One shortest string per achievable combination of `patterns` (each string must also match
 * `shape` when given: the strings a request field can hold, e.g. `service:action`).
 */
export function stringClasses(patterns: readonly Pattern[], shape?: Pattern): StringClasses {
  // Two hidden patterns: non-empty (to prefer non-empty representatives) and the shape.
  const all = [...patterns, NON_EMPTY, shape === undefined ? ANY : shape];
  const { chars, caseSafe } = alphabetOf(all);
  const dfas = all.map((p) => new LazyDfa(p, chars));
  const start = dfas.map((d) => d.start);
  const seen = new Set<string>([start.join('|')]);
  const bySignature = new Map<string, StringClass>();
  const queue: Array<{ states: number[]; value: string }> = [{ states: start, value: '' }];
  let complete = caseSafe;
  let reason = caseSafe ? undefined : 'ignore-case text outside ASCII';
  for (let head = 0; head < queue.length; head++) {
    const { states, value } = queue[head]!;
    const accepts = dfas.map((d, i) => d.accepts(states[i]!));
    const shapeOk = accepts.pop() === true;
    const nonEmpty = accepts.pop() === true;
    const signature = accepts.map((a) => (a ? '1' : '0')).join('');
    // The empty string stands for its class only until a non-empty one is found (readable witnesses).
    if (shapeOk && (!bySignature.has(signature) || (nonEmpty && bySignature.get(signature)!.value === ''))) bySignature.set(signature, { value, accepts });
    if (!complete && reason !== undefined && seen.size >= MAX_PRODUCT_STATES) continue;
    for (let c = 0; c < chars.length; c++) {
      const next = dfas.map((d, i) => d.move(states[i]!, c));
      const key = next.join('|');
      if (seen.has(key)) continue;
      if (seen.size >= MAX_PRODUCT_STATES) {
        complete = false;
        reason = `more than ${MAX_PRODUCT_STATES} pattern states`;
        break;
      }
      seen.add(key);
      queue.push({ states: next, value: value + chars[c] });
    }
  }
  return { classes: [...bySignature.values()], complete, ...(reason ? { reason } : {}) };
}
