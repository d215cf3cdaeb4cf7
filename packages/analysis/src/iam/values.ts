/**
 * Representative values for one request field from the predicates that test it: one string per
 * class of strings the predicates cannot tell apart. String patterns (exact, ignore-case, glob, ARN,
 * resolved templates) go through the product automaton (automaton.ts); parsed operands (numbers,
 * dates, IP blocks, booleans, base64) through their sorted constants, midpoints and neighbours.
 * Each family alone is covered completely; a field mixing families is marked incomplete.
 */
import { globFromText, literalGlob, parseDateText, parseDecimalText, parseIpAddress, resolveTemplate, shapeOf, type EvalEnv, type Predicate } from '@arbiter/ir';
import { cidrCandidates } from '../engine/candidates.js';
import { arnPattern, globPattern, literalPattern, prefixPattern, stringClasses, suffixPattern, type Pattern } from '../engine/automaton.js';

export interface ValueSpace {
  values: string[];
  complete: boolean;
  reason?: string;
}

/** A string no parsed family reads (not a number, date, address, boolean or base64 text). */
const UNPARSED = 'x';

type Leaf = Predicate & Record<string, unknown>;

/** The distinct value predicates under any-of / none-of (their truth decides the composite's). */
export function leavesOf(predicates: readonly Predicate[]): Leaf[] {
  const out: Leaf[] = [];
  const seen = new Set<string>();
  const visit = (p: Leaf): void => {
    if (p.op === 'any-of' || p.op === 'none-of') (p.of as Leaf[]).forEach(visit);
    else if (p.op !== 'exists') {
      const key = shapeOf(p);
      if (!seen.has(key)) out.push(p);
      seen.add(key);
    }
  };
  (predicates as Leaf[]).forEach(visit);
  return out;
}

/** The string pattern of a leaf; `undefined` when the leaf is not a string pattern. */
function patternOf(leaf: Leaf, env: EvalEnv): Pattern | undefined {
  switch (leaf.op) {
    case 'exact':
      return typeof leaf.value === 'string' ? literalPattern(leaf.value) : null;
    case 'equals-ignore-case':
      return literalPattern(leaf.value as string, true);
    case 'prefix':
      return prefixPattern(leaf.value as string);
    case 'suffix':
      return suffixPattern(leaf.value as string);
    case 'glob':
      return globPattern(globFromText(leaf.pattern as string), leaf.ignoreCase as boolean);
    case 'arn-like':
      return arnPattern(globFromText(leaf.pattern as string));
    case 'template': {
      const operand = resolveTemplate(leaf.parts as never, env);
      if (operand === null) return null;
      if (leaf.match === 'arn-like') return arnPattern(operand);
      if (leaf.match === 'like') return globPattern(operand);
      return globPattern(literalGlob(operand.text), leaf.match === 'equals-ignore-case');
    }
    default:
      return undefined;
  }
}

/** Sorted constants, one beyond each end, midpoints: a member of every interval they cut. */
function orderedPoints(points: readonly number[], unit: number): number[] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out = [sorted[0]! - unit, ...sorted, sorted[sorted.length - 1]! + unit];
  for (let i = 1; i < sorted.length; i++) out.push((sorted[i - 1]! + sorted[i]!) / 2);
  return out;
}

function decimalText(n: number): string | undefined {
  for (const t of [String(n), n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '')]) if (parseDecimalText(t) === n) return t;
  return undefined;
}

function dateText(ms: number): string | undefined {
  const iso = Number.isInteger(ms) && Number.isFinite(new Date(ms).getTime()) ? new Date(ms).toISOString() : undefined;
  for (const t of [iso, String(ms / 1000)]) if (t !== undefined && parseDateText(t) === ms) return t;
  return undefined;
}

function base64Values(values: readonly string[]): string[] {
  const fresh = ['YQ==', 'Yg==', 'Yw==', 'ZA=='].find((v) => !values.includes(v)) as string;
  return [...values, fresh];
}

/** Values of the parsed families; `lost` counts points whose text does not read back. */
function parsedValues(family: string, leaves: readonly Leaf[]): { values: string[]; lost: number } {
  const numbers = leaves.map((l) => l.value as number);
  let lost = 0;
  const texts = (points: number[], text: (n: number) => string | undefined) =>
    points.flatMap((n) => {
      const t = text(n);
      if (t === undefined) lost++;
      return t === undefined ? [] : [t];
    });
  switch (family) {
    case 'decimal':
      return { values: texts(orderedPoints(numbers, 1), decimalText), lost };
    case 'date':
      return { values: texts(orderedPoints(numbers, 1), dateText), lost };
    case 'cidr':
      return { values: cidrCandidates(leaves.map((l) => l.cidr as string)).filter((a) => parseIpAddress(a)), lost };
    case 'bool-text':
      return { values: ['true', 'false'], lost };
    default:
      return { values: base64Values(leaves.map((l) => l.value as string)), lost };
  }
}

const PARSED = new Set(['decimal', 'date', 'cidr', 'bool-text', 'base64']);

/** Every class of values `predicates` can tell apart (strings only: IAM request values are text). */
export function representativeValues(predicates: readonly Predicate[], env: EvalEnv, shape?: Pattern): ValueSpace {
  const leaves = leavesOf(predicates);
  const patterns: Pattern[] = [];
  const families = new Map<string, Leaf[]>();
  const unsupported = new Set<string>();
  for (const leaf of leaves) {
    const p = patternOf(leaf, env);
    if (p !== undefined) patterns.push(p);
    else if (PARSED.has(leaf.op)) families.set(leaf.op, [...(families.get(leaf.op) ?? []), leaf]);
    else unsupported.add(leaf.op);
  }
  const strings = stringClasses(patterns, shape);
  const values = new Set(strings.classes.map((c) => c.value));
  let complete = strings.complete && unsupported.size === 0;
  const reasons = strings.reason ? [strings.reason] : [];
  if (unsupported.size) reasons.push(`no analysis for ${[...unsupported].join(', ')}`);
  for (const [family, members] of families) {
    const { values: parsed, lost } = parsedValues(family, members);
    parsed.forEach((v) => values.add(v));
    if (lost) reasons.push(`${family} values too close to write`);
    complete &&= lost === 0;
  }
  if (families.size > 0) {
    values.add(UNPARSED);
    // One family decides by its parsed value alone; several, or text patterns beside them, may interact.
    if (families.size + (patterns.length ? 1 : 0) > 1) {
      complete = false;
      reasons.push(`${[...families.keys(), ...(patterns.length ? ['text'] : [])].join(' and ')} comparisons on one key`);
    }
  }
  return { values: [...values], complete, ...(reasons.length ? { reason: reasons.join('; ') } : {}) };
}
