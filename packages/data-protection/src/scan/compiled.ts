/**
 * The compiled scanner. Work is shared across detectors instead of repeated per identifier:
 * - one trie pass finds every keyword of every enabled identifier (and in JSON, of every member
 *   name on a value's path), so a keyword check is a binary search;
 * - a detector whose keywords occur nowhere (and that has no keyword-optional form) is skipped
 *   without running its pattern, as is one whose cheap `hint` fails on the text;
 * - checksums and other validation run only on candidates that passed the keyword rule.
 * The result equals the reference scanner's (property-tested).
 */
import { acceptCandidate } from './reference.js';
import type { Detector, Finding, Matcher } from './detector.js';
import type { JsonLeaf } from './json-leaves.js';
import { buildKeywordTrie, findKeywordEnds, hasEndWithin, keyOwners, type KeywordTrie } from './keyword-index.js';

export interface CompiledScanner {
  scan(text: string, leaves: readonly JsonLeaf[] | undefined): Finding[];
}

/** Member-name keyword owners, cached per name across scans (names repeat across messages). */
function ownersOfKeys(trie: KeywordTrie, cache: Map<string, Set<number>>, keys: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const key of keys) {
    let owners = cache.get(key);
    if (!owners) {
      owners = keyOwners(trie, key);
      if (cache.size < 10_000) cache.set(key, owners);
    }
    for (const o of owners) out.add(o);
  }
  return out;
}

/** All non-empty matches of a pattern; detectors sharing a pattern (the phone family) share one run. */
function matchesOf(re: Matcher, text: string, cache: Map<string, RegExpExecArray[]>): RegExpExecArray[] {
  const key = `${re instanceof RegExp ? 'js' : 're2'}/${(re as RegExp).source}/${(re as RegExp).flags}`;
  let found = cache.get(key);
  if (found) return found;
  found = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else found.push(m);
  }
  cache.set(key, found);
  return found;
}

/** Compiles detectors into a scanner. */
export function compileScanner(detectors: readonly Detector[]): CompiledScanner {
  const trie = buildKeywordTrie(detectors.map((d) => d.keywords));
  const keyCache = new Map<string, Set<number>>();
  const matchers = detectors.map((d) => d.matcher());
  return {
    scan(text, leaves) {
      const ends = findKeywordEnds(trie, text);
      // Keyword owners of each leaf's member names, and their union (to skip detectors early).
      const ownersByLeaf = new Map<JsonLeaf, Set<number>>();
      const leafOwners = new Set<number>();
      let previousKeys: readonly string[] | undefined;
      let previousOwners = new Set<number>();
      for (const leaf of leaves ?? []) {
        // Siblings share their parent's keys array only by value, so compare the last key cheaply.
        if (leaf.keys !== previousKeys) previousOwners = ownersOfKeys(trie, keyCache, (previousKeys = leaf.keys));
        ownersByLeaf.set(leaf, previousOwners);
        for (const o of previousOwners) leafOwners.add(o);
      }
      const matchCache = new Map<string, RegExpExecArray[]>();
      const findings: Finding[] = [];
      detectors.forEach((d, i) => {
        const needsKeyword = d.keywords.length > 0 && !d.keywordOptional;
        if (needsKeyword && ends[i]!.length === 0 && !leafOwners.has(i)) return;
        if (d.hint && !d.hint(text)) return;
        const near = (start: number, leaf: JsonLeaf | undefined): boolean =>
          hasEndWithin(ends[i]!, start, d.window) || (leaf !== undefined && ownersByLeaf.get(leaf)!.has(i));
        for (const m of matchesOf(matchers[i]!, text, matchCache)) {
          const finding = acceptCandidate(d, text, m, leaves, near);
          if (finding) findings.push(finding);
        }
      });
      return findings;
    },
  };
}
