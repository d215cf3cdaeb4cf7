/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`, `${*}`): parsing a
 * policy string into literal text and variables and checking the syntax as Access Analyzer does.
 * Substitution happens at evaluation, in the IR's `template` predicate (see policy/to-ir.ts).
 */
import { AaText, IamCodes } from './codes.js';
import type { TemplatePart } from './types.js';

export interface TemplateProblem {
  code: string;
  message: string;
  help: string;
  variable?: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** True when at least one part is a variable (escapes like `${*}` become text). */
  hasVariables: boolean;
  problems: TemplateProblem[];
}

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' };
const DEFAULT_RE = /^([^,]*), '([^']*)'$/;

/** Splits `text` at `${…}`; never throws. Problems name the Access Analyzer check that failed. */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let hasVariables = false;
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) break;
    literal += text.slice(i, start);
    const end = text.indexOf('}', start + 2);
    if (end < 0) {
      problems.push({ code: IamCodes.missingBrace, message: AaText.missingBrace, help: 'add `}` after the variable name', variable: text.slice(start) });
      literal += text.slice(start);
      i = text.length;
      break;
    }
    const body = text.slice(start + 2, end);
    const escaped = ESCAPES[body];
    if (escaped !== undefined) {
      if (literal) parts.push({ kind: 'text', text: literal });
      literal = '';
      parts.push({ kind: 'text', text: escaped, literal: true });
    } else {
      const variable = parseVariableBody(body, problems);
      if (variable) {
        if (literal) parts.push({ kind: 'text', text: literal });
        literal = '';
        parts.push(variable);
        hasVariables = true;
      } else {
        literal += text.slice(start, end + 1);
      }
    }
    i = end + 1;
  }
  literal += text.slice(i);
  if (literal || parts.length === 0) parts.push({ kind: 'text', text: literal });
  return { parts, hasVariables, problems };
}

function parseVariableBody(body: string, problems: TemplateProblem[]): TemplatePart | undefined {
  const shown = '${' + body + '}';
  if (body.trim() === '') {
    problems.push({ code: IamCodes.emptyVariable, message: AaText.emptyVariable, help: 'name a key inside `${}` or remove it', variable: shown });
    return undefined;
  }
  let key = body;
  let fallback: string | undefined;
  if (body.includes(',')) {
    const m = DEFAULT_RE.exec(body);
    if (!m) {
      const after = body.slice(body.indexOf(',') + 1).trim();
      const quoted = after.length >= 2 && after.startsWith("'") && after.endsWith("'");
      problems.push(
        quoted
          ? { code: IamCodes.variableSpace, message: AaText.variableSpace, help: "write the default as `, 'value'` (one space after the comma)", variable: shown }
          : { code: IamCodes.variableQuote, message: AaText.missingQuote, help: "quote the default value: `${key, 'value'}`", variable: shown },
      );
      return undefined;
    }
    key = m[1] as string;
    fallback = m[2] as string;
  }
  if (/\s/.test(key)) {
    problems.push({ code: IamCodes.variableSpace, message: AaText.variableSpace, help: 'remove the space from the variable name', variable: shown });
    return undefined;
  }
  if (key === '') {
    problems.push({ code: IamCodes.emptyVariable, message: AaText.emptyVariable, help: 'name a key inside `${}`', variable: shown });
    return undefined;
  }
  const part: TemplatePart = { kind: 'var', key, lowerKey: key.toLowerCase() };
  if (fallback !== undefined) part.fallback = fallback;
  return part;
}

/** Typos the project rejects on purpose (spec §4): `$}key}`, `{aws:key}` without `$`, `$(`. */
export function findVariableTypo(text: string): string | undefined {
  // Well-formed `${…}` (escapes included) are removed first, so `${$}` is not mistaken for `$}`.
  const m = /\$\}|\$\(|(?:^|[^$])\{aws:/i.exec(text.replace(/\$\{[^{}]*\}/g, ''));
  return m ? m[0].replace(/^[^$\{]/, '') : undefined;
}

const CURLY_QUOTES = /[\u2018\u2019\u201c\u201d]/;

/** The first curly quote in `text`, if any (a quote pasted from a word processor). */
export function findCurlyQuote(text: string): string | undefined {
  const m = CURLY_QUOTES.exec(text);
  return m ? m[0] : undefined;
}
