/**
 * The reference scanner: each detector's pattern runs separately over the whole text, and each
 * candidate looks for its keywords with a plain regex over the window before it. Obviously right,
 * and slow; the compiled scanner must agree with it.
 */
import { spanOf, type Detector, type Finding } from './detector.js';
import { keysOf, leafAt, pointerOf, type JsonIndex } from './json-leaves.js';
import { isWithinWindow, keywordBoundariesHold, normalizeKeyword } from './keyword-rules.js';
import { lowerText } from './text-chars.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const keywordRegexes = new Map<string, RegExp>();

/** Every occurrence (overlaps included) of `keyword` in `text` within [lo, hi): [start, end) pairs. */
function occurrences(keyword: string, text: string, lo: number, hi: number): Array<[number, number]> {
  let re = keywordRegexes.get(keyword);
  if (!re) keywordRegexes.set(keyword, (re = new RegExp(`(?=(${escapeRegex(keyword).replace(/ /g, '[ _\\-]?')}))`, 'g')));
  re.lastIndex = 0;
  const hay = lowerText(text.slice(lo, hi));
  const out: Array<[number, number]> = [];
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    const s = lo + m.index;
    const e = s + m[1]!.length;
    if (keywordBoundariesHold(keyword, text, s, e)) out.push([s, e]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

function keywordNear(d: Detector, text: string, start: number, keys: readonly string[]): boolean {
  for (const raw of d.keywords) {
    const keyword = lowerText(normalizeKeyword(raw));
    const lo = Math.max(0, start - d.window - keyword.length);
    if (occurrences(keyword, text, lo, start).some(([, e]) => isWithinWindow(e, start, d.window))) return true;
    if (keys.some((key) => occurrences(keyword, key, 0, key.length).length > 0)) return true;
  }
  return false;
}

/** Scans `text` with every detector; `leaves` is the JSON index when the text is JSON. */
export function scanReference(text: string, detectors: readonly Detector[], index: JsonIndex | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const d of detectors) {
    const re = d.matcher();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const [start, end] = spanOf(m);
      const leaf = index ? leafAt(index, start, end) : -1;
      const keys = (): string[] => (index && leaf >= 0 ? keysOf(index, index.leafNode[leaf]!) : []);
      const finding = acceptCandidate(d, text, start, end, index, leaf, () => keywordNear(d, text, start, keys()));
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/**
 * Applies keyword, keyword-optional and validation rules to the candidate [start, end) (shared by
 * both scanners); `leaf` is its JSON leaf (-1: none or spanning values), `near` the keyword test,
 * `candidate` its text (the compiled scanner slices it once for every detector sharing the pattern).
 */
export function acceptCandidate(
  d: Detector,
  text: string,
  start: number,
  end: number,
  index: JsonIndex | undefined,
  leaf: number,
  near: () => boolean,
  candidate = text.slice(start, end),
): Finding | undefined {
  if (end <= start) return undefined;
  const context = { text, start, end };
  if (d.keywords.length > 0 && !near() && !d.keywordOptional?.(candidate, context)) return undefined;
  if (d.validate && !d.validate(candidate, context)) return undefined;
  const finding: Finding = { name: d.name, start, end: end - 1 };
  if (index) finding.pointer = leaf >= 0 ? pointerOf(index, index.leafNode[leaf]!) : '';
  return finding;
}
