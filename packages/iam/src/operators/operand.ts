/**
 * Policy values as IR operands: a value without variables is known at lowering time; a value with
 * variables (or, for the wildcard operators, with an escape such as `${*}` that must stay literal)
 * becomes a `template` predicate, substituted per request by the evaluators.
 */
import type { Predicate, TemplateMatch, TemplatePart } from '@arbiter/ir';
import type { PolicyValue } from '../types.js';

/** The value's text with escapes resolved (`a${*}` → `a*`); for values without variables. */
export function literalText(v: PolicyValue): string {
  let out = '';
  for (const p of v.parts) if (p.kind === 'text') out += p.text;
  return out;
}

export function templateParts(v: PolicyValue): TemplatePart[] {
  return v.parts.map((p) => {
    if (p.kind === 'text') return p.literal ? { text: p.text, literal: true } : { text: p.text };
    return p.fallback !== undefined ? { variable: p.lowerKey, fallback: p.fallback } : { variable: p.lowerKey };
  });
}

/** `fixed(text)` when the operand is known now, else a template compared as `match`. */
export function stringOperand(v: PolicyValue, match: TemplateMatch, fixed: (text: string) => Predicate): Predicate {
  const wildcards = match === 'like' || match === 'arn-like';
  const escaped = v.parts.some((p) => p.kind === 'text' && p.literal === true);
  if (!v.hasVariables && !(wildcards && escaped)) return fixed(literalText(v));
  return { op: 'template', parts: templateParts(v), match, at: v.at };
}
