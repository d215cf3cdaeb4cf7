/**
 * Finding offsets in Unicode code points. Scanners report UTF-16 code units (JavaScript and Java
 * string indices, what `text.slice` takes); a caller counting characters as code points (Python's
 * `str`, Rust's `chars()`) asks for `offsets: 'code-points'` and gets them converted here in one pass.
 */
import type { Finding } from './detector.js';

export type OffsetUnit = 'utf-16' | 'code-points';

/** Rewrites each finding's `start`/`end` (inclusive) from UTF-16 code units to code points. */
export function toCodePointOffsets(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !/[\ud800-\udfff]/.test(text)) return findings;
  // unitToPoint[u] = index of the code point that contains code unit u.
  const unitToPoint = new Uint32Array(text.length);
  let point = 0;
  for (let u = 0; u < text.length; u++) {
    const c = text.charCodeAt(u);
    unitToPoint[u] = point;
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
      const next = text.charCodeAt(u + 1);
      if (next >= 0xdc00 && next <= 0xdfff) unitToPoint[++u] = point;
    }
    point++;
  }
  return findings.map((f) => ({ ...f, start: unitToPoint[f.start]!, end: unitToPoint[Math.min(f.end, text.length - 1)]! }));
}
