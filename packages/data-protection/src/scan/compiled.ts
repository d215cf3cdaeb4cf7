/**
 * The compiled scanner. Work is shared across detectors instead of repeated per identifier:
 * - one trie pass finds every keyword of every enabled identifier, so a keyword check is a binary
 *   search; JSON member names on a leaf's path are looked up lazily, only for leaves with candidates;
 * - a detector whose keywords occur nowhere (and that has no keyword-optional form) is skipped
 *   without running its pattern, as is one whose cheap `hint` fails on the text;
 * - candidates are extracted once per distinct pattern (the phone family shares one run), with
 *   their JSON leaf, and checksums run only on candidates that passed the keyword rule.
 * The result equals the reference scanner's (property-tested).
 */
import { acceptCandidate } from './reference.js';
import type { Detector, Finding, Matcher } from './detector.js';
import { keyOf, type JsonIndex } from './json-leaves.js';
import { buildKeywordTrie, findKeywordEnds, hasEndWithin, keyOwners, type KeywordTrie } from './keyword-index.js';
import { findCandidates, type Candidates } from './candidates.js';

export interface CompiledScanner {
  scan(text: string, index: JsonIndex | undefined): Finding[];
}

const NO_OWNERS: ReadonlySet<number> = new Set();

/** Keyword owners of member names, cached per name across scans (names repeat across messages). */
class KeyOwnerCache {
  private readonly byKey = new Map<string, ReadonlySet<number>>();
  constructor(private readonly trie: KeywordTrie) {}
  of(key: string): ReadonlySet<number> {
    let owners = this.byKey.get(key);
    if (!owners) {
      owners = keyOwners(this.trie, key);
      if (owners.size === 0) owners = NO_OWNERS;
      if (this.byKey.size < 10_000) this.byKey.set(key, owners);
    }
    return owners;
  }
}

/** The owners of every member name on a node's path, memoised per scan. */
function pathOwners(index: JsonIndex, node: number, keys: KeyOwnerCache, memo: Map<number, ReadonlySet<number>>): ReadonlySet<number> {
  if (node <= 0) return NO_OWNERS;
  let owners = memo.get(node);
  if (owners) return owners;
  const parent = pathOwners(index, index.parent[node]!, keys, memo);
  const key = keyOf(index, node);
  const own = key === undefined ? NO_OWNERS : keys.of(key);
  owners = own.size === 0 ? parent : parent.size === 0 ? own : new Set([...parent, ...own]);
  memo.set(node, owners);
  return owners;
}

/** Whether some member name anywhere in the document has a keyword of each owner (escaped names only). */
function escapedKeyOwners(index: JsonIndex, keys: KeyOwnerCache): Set<number> {
  const out = new Set<number>();
  for (let n = 1; n < index.parent.length; n++) {
    const key = keyOf(index, n);
    if (key !== undefined) for (const o of keys.of(key)) out.add(o);
  }
  return out;
}

/** Compiles detectors into a scanner. */
export function compileScanner(detectors: readonly Detector[]): CompiledScanner {
  const trie = buildKeywordTrie(detectors.map((d) => d.keywords));
  const keys = new KeyOwnerCache(trie);
  const matchers: Matcher[] = detectors.map((d) => d.matcher());
  // Detectors with the same pattern share one candidate run (the phone family).
  const runKeys = matchers.map((re) => `${re instanceof RegExp ? 'js' : 're2'}/${(re as RegExp).source}/${(re as RegExp).flags}`);
  return {
    scan(text, index) {
      const ends = findKeywordEnds(trie, text);
      // Member names are part of the raw text, so a keyword in a name was found by the pass above,
      // unless the name is written with escapes.
      const escaped = index?.escapedKeys ? escapedKeyOwners(index, keys) : undefined;
      const memo = new Map<number, ReadonlySet<number>>();
      const runs = new Map<string, Candidates>();
      const findings: Finding[] = [];
      for (let i = 0; i < detectors.length; i++) {
        const d = detectors[i]!;
        const needsKeyword = d.keywords.length > 0 && !d.keywordOptional;
        if (needsKeyword && ends[i]!.length === 0 && !escaped?.has(i)) continue;
        if (d.hint && !d.hint(text)) continue;
        let run = runs.get(runKeys[i]!);
        if (!run) runs.set(runKeys[i]!, (run = findCandidates(matchers[i]!, text, index)));
        const { starts, ends: candidateEnds, leaves } = run;
        for (let k = 0; k < starts.length; k++) {
          const start = starts[k]!;
          const leaf = leaves[k]!;
          const near = (): boolean =>
            hasEndWithin(ends[i]!, start, d.window) || (index !== undefined && leaf >= 0 && pathOwners(index, index.leafNode[leaf]!, keys, memo).has(i));
          const finding = acceptCandidate(d, text, start, candidateEnds[k]!, index, leaf, near);
          if (finding) findings.push(finding);
        }
      }
      return findings;
    },
  };
}
