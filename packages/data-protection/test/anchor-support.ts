/** What the compiled scanner assumes of a declared anchor, checked independently of it by the tests. */
import { keywordBoundariesHold } from '../src/scan/keyword-rules.js';
import { lowerText } from '../src/scan/text-chars.js';
import type { ManagedIdentifier } from '../src/identifiers/types.js';

/** Whether the match [at, end) of `t` holds an anchor `id` declares, as the compiled scanner looks for it. */
export function holdsAnchor(id: ManagedIdentifier, t: string, at: number, end: number): boolean {
  const byRegex = (id.anchors ?? []).some(({ at: source, within }) => {
    const anchor = new RegExp(`(?=${source})`, 'y');
    const positions = Array.from({ length: within + 1 }, (_, k) => at + k).filter((p) => p < end);
    return positions.some((p) => ((anchor.lastIndex = p), anchor.test(t)));
  });
  if (byRegex || !id.anchorWords) return byRegex;
  // A word counts as a keyword occurrence does (case-insensitive, word start and end), wholly inside the match.
  const lower = lowerText(t);
  return id.anchorWords.words.some((word) => {
    const w = word.toLowerCase();
    for (let s = lower.indexOf(w, at); s >= 0 && s - at <= id.anchorWords!.within; s = lower.indexOf(w, s + 1)) {
      if (s + w.length <= end && keywordBoundariesHold(w, t, s, s + w.length)) return true;
    }
    return false;
  });
}
