/**
 * Wildcard patterns that remember which characters are wildcards. `*` and `?` typed in a policy are
 * wildcards; the same characters from `${*}`, `${?}` or from a substituted variable are literal
 * (spec §1.8: "a substituted value is literal"), so a pattern is text plus a parallel kind string.
 * The pattern type and the matcher itself are the shared ones of @arbiter/ir.
 */
export { globFromText, literalGlob, matchGlob, matchGlobRange, type GlobPattern } from '@arbiter/ir';
import { globFromText, literalGlob, type GlobPattern } from '@arbiter/ir';
import type { TemplatePart } from '../types.js';
import type { VariableLookup } from '../variables.js';

/** Builds the pattern for one value; `null` when a variable has neither a value nor a default. */
export function globFromParts(parts: readonly TemplatePart[], lookup: VariableLookup | undefined): GlobPattern | null {
  if (parts.length === 1 && parts[0]?.kind === 'text' && !parts[0].literal) return globFromText(parts[0].text);
  let text = '';
  let kinds = '';
  for (const p of parts) {
    let piece: GlobPattern;
    if (p.kind === 'text') piece = p.literal ? literalGlob(p.text) : globFromText(p.text);
    else {
      const v = lookup?.(p.lowerKey) ?? p.fallback;
      if (v === undefined) return null;
      piece = literalGlob(v);
    }
    text += piece.text;
    kinds += piece.kinds;
  }
  return { text, kinds };
}

export function hasWildcard(p: GlobPattern): boolean {
  return /[*?]/.test(p.kinds);
}

export function lowerGlob(p: GlobPattern): GlobPattern {
  const text = p.text.toLowerCase();
  // toLowerCase can change length for a few code points; fall back to literal kinds then.
  return text.length === p.text.length ? { text, kinds: p.kinds } : globFromText(text);
}

/** Splits at the first `count` colons (ARN segments); the last piece keeps any further colons. */
export function splitGlob(p: GlobPattern, count: number): GlobPattern[] {
  const out: GlobPattern[] = [];
  let from = 0;
  for (let n = 0; n < count; n++) {
    const at = p.text.indexOf(':', from);
    if (at < 0) break;
    out.push({ text: p.text.slice(from, at), kinds: p.kinds.slice(from, at) });
    from = at + 1;
  }
  out.push({ text: p.text.slice(from), kinds: p.kinds.slice(from) });
  return out;
}
