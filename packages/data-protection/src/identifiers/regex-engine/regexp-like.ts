/**
 * The generic `matchAll` over any RegExp-like `g` matcher, shared by the back ends whose native
 * object already has `lastIndex`/`exec`.
 */
import { alignToCodePoint, nextCodePoint, type RegexMatcher } from './types.js';

export function matchAllWith(re: RegexMatcher, text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  re.lastIndex = alignToCodePoint(text, from);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex = nextCodePoint(text, m.index);
      continue;
    }
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}
