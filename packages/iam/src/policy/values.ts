/** Reading string-or-array elements and turning strings into policy values (with variables). */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { AaText, IamCodes } from '../codes.js';
import type { PolicyValue } from '../types.js';
import { parseTemplate } from '../variables.js';

export interface ValidationContext {
  kind: import('../types.js').PolicyKind;
  /** Version 2012-10-17: `${…}` is substituted. */
  expands: boolean;
  diagnostics: Diagnostic[];
}

export function error(ctx: ValidationContext, code: string, at: string, message: string, help: string, params?: Record<string, string | number | boolean>): void {
  ctx.diagnostics.push(diagnostic(code, 'policy', at, message, params ? { help, params } : { help }));
}

export function warn(ctx: ValidationContext, code: string, at: string, message: string, help: string, params?: Record<string, string | number | boolean>): void {
  ctx.diagnostics.push(diagnostic(code, 'policy', at, message, { help, severity: 'warning', ...(params ? { params } : {}) }));
}

/** A string or an array of strings; reports anything else. Returns `[string, pointer]` pairs. */
export function readStringList(ctx: ValidationContext, value: unknown, at: string, element: string): Array<[string, string]> {
  const items: Array<[unknown, string]> = Array.isArray(value) ? value.map((v, i) => [v, joinPointer(at, i)]) : [[value, at]];
  const out: Array<[string, string]> = [];
  for (const [v, p] of items) {
    if (typeof v === 'string') out.push([v, p]);
    else error(ctx, IamCodes.wrongType, p, `\`${element}\` must be a string or an array of strings, not ${describe(v)}`, `write \`${element}\` as "..." or ["...", "..."]`);
  }
  return out;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Builds a policy value. `variables`: where `${…}` may appear (`allowed`), or is an error for this
 * element (`element`, message names the element).
 */
export function toPolicyValue(ctx: ValidationContext, text: string, at: string, variables: 'allowed' | 'forbidden-element' | 'forbidden-operator'): PolicyValue {
  const literal: PolicyValue = { text, parts: [{ kind: 'text', text }], hasVariables: false, at };
  if (!text.includes('${')) return literal;
  const parsed = parseTemplate(text);
  for (const p of parsed.problems) error(ctx, p.code, at, p.message, p.help, p.variable ? { variable: p.variable } : undefined);
  if (!parsed.hasVariables) return ctx.expands ? { text, parts: parsed.parts, hasVariables: false, at } : literal;
  if (variables === 'forbidden-element') {
    error(ctx, IamCodes.variableInElement, at, AaText.variableInElement(text), 'policy variables work only in Resource, NotResource and condition values', { value: text });
  } else if (variables === 'forbidden-operator') {
    error(ctx, IamCodes.variableForOperator, at, AaText.variableForOperator, 'use a String or Arn operator, or a literal value', { value: text });
  }
  if (!ctx.expands) {
    warn(ctx, IamCodes.variableVersion, at, AaText.variableVersion, 'add "Version": "2012-10-17"; until then the variable is literal text');
    return literal;
  }
  return { text, parts: parsed.parts, hasVariables: true, at };
}
