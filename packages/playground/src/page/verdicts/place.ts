/** Puts library diagnostics at their place in an editor's text. */
import type { Diagnostic } from '@arbiter/ir';
import { nearestRange, type TextRange } from '../json-ranges.js';
import type { InlineDiagnostic, PaneResult } from './types.js';

/**
 * The text range of a diagnostic: its syntax-error offset when it has one (the text does not
 * parse, so there is no tree to point into), else the nearest node at its pointer.
 */
export function rangeOfDiagnostic(text: string, d: Diagnostic, prefix = ''): TextRange {
  const offset = d.params?.offset;
  if (typeof offset === 'number') {
    const from = Math.max(0, Math.min(offset, text.length));
    return { from, to: Math.min(text.length, from + 1) };
  }
  return nearestRange(text, prefix + d.path);
}

export function placeDiagnostic(doc: string, text: string, d: Diagnostic, message = d.message, prefix = ''): InlineDiagnostic {
  const range = rangeOfDiagnostic(text, d, prefix);
  return { doc, ...range, severity: d.severity, code: d.code, message };
}

/** The result for inputs that do not validate: every problem inline, and listed in the verdict. */
export function invalid(headline: string, diagnostics: InlineDiagnostic[]): PaneResult {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return {
    verdict: { tone: 'invalid', headline, details: errors.map((d) => `${d.doc}: ${d.message} (${d.code})`) },
    marks: [],
    diagnostics,
  };
}
