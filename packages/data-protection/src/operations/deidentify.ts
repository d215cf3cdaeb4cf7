/**
 * De-identify: mask (one mask character per UTF-16 code unit, so lengths and offsets are kept) or
 * redact (remove). Spans of several statements are merged; where a redact and a mask span overlap,
 * redact wins [unknown at AWS; spec suggestion].
 */
import type { Finding } from '../scan/detector.js';

export type Replacement = { redact: true } | { mask: string };

/** Applies each finding's replacement; findings use AWS's inclusive `end`. */
export function deidentifyText(text: string, edits: ReadonlyArray<{ finding: Finding; replacement: Replacement }>): string {
  if (edits.length === 0) return text;
  // Per code unit: undefined keeps it, '' removes it, else the mask character.
  const out: Array<string | undefined> = new Array(text.length);
  for (const { finding, replacement } of edits) {
    for (let i = finding.start; i <= finding.end && i < text.length; i++) {
      if ('redact' in replacement) out[i] = '';
      else if (out[i] !== '') out[i] ??= replacement.mask;
    }
  }
  let result = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const r = out[i];
    if (r === undefined) continue;
    result += text.slice(run, i) + r;
    run = i + 1;
  }
  return result + text.slice(run);
}
