/**
 * `none-of`: a value matching none of the listed conditions — EventBridge's `anything-but` in all
 * its forms. `values` compare type-aware with numbers as doubles; `prefixes`, `suffixes`,
 * `equalsIgnoreCase` and `wildcards` only ever match strings, so any non-string value passes them.
 */
import { foldCase } from '../primitives/text.js';
import { wildcardMatch, wildcardToGlob } from '../primitives/wildcard.js';
import { definePredicate, type Scalar } from './definition.js';

export interface NoneOfPredicate {
  op: 'none-of';
  values: Scalar[];
  prefixes: string[];
  suffixes: string[];
  equalsIgnoreCase: string[];
  wildcards: string[];
  at: string;
}

const strings = { type: 'array', items: { type: 'string' } };

function matchesAny(p: NoneOfPredicate, v: unknown): boolean {
  if (p.values.some((x) => x === v)) return true;
  if (typeof v !== 'string') return false;
  return (
    p.prefixes.some((s) => v.startsWith(s)) ||
    p.suffixes.some((s) => v.endsWith(s)) ||
    p.equalsIgnoreCase.some((s) => foldCase(s) === foldCase(v)) ||
    p.wildcards.some((w) => wildcardMatch(w, v))
  );
}

export const noneOfDefinition = definePredicate<NoneOfPredicate>({
  op: 'none-of',
  description: 'a value that equals none of `values` (numbers as doubles) and, if a string, has none of the prefixes/suffixes, equals none of `equalsIgnoreCase` ignoring case and matches none of the wildcards',
  schema: {
    properties: { values: { type: 'array', items: { $ref: '#/definitions/scalar' } }, prefixes: strings, suffixes: strings, equalsIgnoreCase: strings, wildcards: strings },
    required: ['values', 'prefixes', 'suffixes', 'equalsIgnoreCase', 'wildcards'],
  },
  test: (p, value) => !matchesAny(p, value),
  compile: (p) => {
    const values = new Set<unknown>(p.values);
    const { prefixes, suffixes } = p;
    const folded = new Set(p.equalsIgnoreCase.map(foldCase));
    const globs = p.wildcards.map(wildcardToGlob);
    return (v) => {
      if (values.has(v)) return false;
      if (typeof v !== 'string') return true;
      for (const s of prefixes) if (v.startsWith(s)) return false;
      for (const s of suffixes) if (v.endsWith(s)) return false;
      if (folded.size > 0 && folded.has(foldCase(v))) return false;
      for (const g of globs) if (wildcardMatch(g, v)) return false;
      return true;
    };
  },
  print: (p) => {
    const parts = [
      ...p.values.map((v) => JSON.stringify(v)),
      ...p.prefixes.map((s) => `prefix ${JSON.stringify(s)}`),
      ...p.suffixes.map((s) => `suffix ${JSON.stringify(s)}`),
      ...p.equalsIgnoreCase.map((s) => `equals-ignore-case ${JSON.stringify(s)}`),
      ...p.wildcards.map((s) => `wildcard ${JSON.stringify(s)}`),
    ];
    return `none-of [${parts.join(', ')}]`;
  },
  index: (p, sink) => {
    const onlyStrings = p.values.every((v) => typeof v === 'string');
    const others = p.suffixes.length + p.equalsIgnoreCase.length + p.wildcards.length;
    // The sink's excludePrefix rejects non-strings, which none-of lets through: prefixes stay residual.
    return onlyStrings && others === 0 && p.prefixes.length === 0 ? sink.excludeValues(p.values) : undefined;
  },
});
