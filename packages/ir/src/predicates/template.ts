/**
 * `template`: an operand built per evaluation from literal text and variable references (IAM
 * policy variables such as `${aws:username}`), then compared with the value as `match` says.
 * - A `{variable}` part reads `env.variable(name)`: it resolves when that holds exactly one string;
 *   otherwise `fallback` is used; with neither, the operand is unresolved and matches nothing.
 * - For `like` and `arn-like`, `*` and `?` in a `{text}` part are wildcards unless the part is
 *   `literal` (an escape such as `${*}`); substituted variable text is always literal.
 */
import { compileArnMatcher, matchArn, prepareArnPattern } from '../primitives/arn.js';
import { globFromText, literalGlob, matchGlob, type GlobPattern } from '../primitives/glob.js';
import { foldCase } from '../primitives/text.js';
import { definePredicate, type EvalEnv, type ValueTest } from './definition.js';

export type TemplatePart = { text: string; literal?: boolean } | { variable: string; fallback?: string };
export type TemplateMatch = 'equals' | 'equals-ignore-case' | 'like' | 'arn-like';

export interface TemplatePredicate {
  op: 'template';
  parts: TemplatePart[];
  match: TemplateMatch;
  at: string;
}

/** The operand with variables substituted (kinds mark the live wildcards); `null` when unresolved. */
export function resolveTemplate(parts: readonly TemplatePart[], env: EvalEnv): GlobPattern | null {
  let text = '';
  let kinds = '';
  for (const part of parts) {
    let piece: GlobPattern;
    if ('text' in part) piece = part.literal ? literalGlob(part.text) : globFromText(part.text);
    else {
      const values = env.variable?.(part.variable);
      const only = values?.length === 1 ? values[0] : undefined;
      const v = typeof only === 'string' ? only : part.fallback;
      if (v === undefined) return null;
      piece = literalGlob(v);
    }
    text += piece.text;
    kinds += piece.kinds;
  }
  return { text, kinds };
}

/** The comparison of one value with a resolved operand. */
function matcherFor(match: TemplateMatch, operand: GlobPattern): (value: string) => boolean {
  switch (match) {
    case 'equals':
      return (v) => v === operand.text;
    case 'equals-ignore-case': {
      const folded = foldCase(operand.text);
      return (v) => v === operand.text || foldCase(v) === folded;
    }
    case 'like':
      return /[*?]/.test(operand.kinds) ? (v) => matchGlob(operand, v) : (v) => v === operand.text;
    case 'arn-like':
      return compileArnMatcher(prepareArnPattern(operand));
  }
}

function testOnce(p: TemplatePredicate, value: unknown, env: EvalEnv): boolean {
  if (typeof value !== 'string') return false;
  const operand = resolveTemplate(p.parts, env);
  if (operand === null) return false;
  switch (p.match) {
    case 'equals':
      return value === operand.text;
    case 'equals-ignore-case':
      return foldCase(value) === foldCase(operand.text);
    case 'like':
      return matchGlob(operand, value);
    case 'arn-like':
      return matchArn(value, prepareArnPattern(operand));
  }
}

const printPart = (part: TemplatePart): string =>
  'text' in part ? (part.literal ? part.text.replace(/[*?$]/g, (c) => '${' + c + '}') : part.text) : '${' + part.variable + (part.fallback !== undefined ? `, '${part.fallback}'` : '') + '}';

export const templateDefinition = definePredicate<TemplatePredicate>({
  op: 'template',
  description: 'a string compared (`match`) with an operand built from `parts`: literal text and variables read from the evaluation environment',
  schema: {
    properties: {
      parts: {
        type: 'array',
        items: {
          oneOf: [
            { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string' }, literal: { type: 'boolean' } } },
            { type: 'object', required: ['variable'], additionalProperties: false, properties: { variable: { type: 'string' }, fallback: { type: 'string' } } },
          ],
        },
      },
      match: { enum: ['equals', 'equals-ignore-case', 'like', 'arn-like'] },
    },
    required: ['parts', 'match'],
  },
  test: testOnce,
  compile: (p): ValueTest => {
    const { parts, match } = p;
    if (parts.every((part) => 'text' in part)) {
      // No variable: the operand is known now.
      const fixed = matcherFor(match, resolveTemplate(parts, {}) as GlobPattern);
      return (v) => typeof v === 'string' && fixed(v);
    }
    if (match === 'equals' && parts.length === 1) {
      // The ABAC hot path: `"${aws:PrincipalTag/team}"` alone.
      const only = parts[0] as { variable: string; fallback?: string };
      return (v, env) => {
        if (typeof v !== 'string') return false;
        const values = env.variable?.(only.variable);
        const s = values?.length === 1 && typeof values[0] === 'string' ? values[0] : only.fallback;
        return s !== undefined && v === s;
      };
    }
    return (v, env) => {
      if (typeof v !== 'string') return false;
      const operand = resolveTemplate(parts, env);
      return operand !== null && matcherFor(match, operand)(v);
    };
  },
  print: (p) => `${p.match} template ${JSON.stringify(p.parts.map(printPart).join(''))}`,
});
