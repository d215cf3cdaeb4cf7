/**
 * Keywords inside JSON member names, per node: the detectors with a keyword in some member name on
 * the node's path. Member names are part of the raw text, so the keyword pass over the whole text
 * has already found them: a name's keywords are the occurrences lying inside its span (quotes are
 * word boundaries either way). Only a name written with escapes is decoded and searched again.
 */
import { keyOf, type JsonIndex } from './json-leaves.js';
import { findKeywordHits, type KeywordHits, type KeywordTrie } from './keyword-index.js';

const NONE: readonly number[] = [];

/** The owners with a keyword anywhere in `key` (a JSON member name). */
function keyOwners(trie: KeywordTrie, key: string): Set<number> {
  const found = new Set<number>();
  findKeywordHits(trie, key).ends.forEach((list, owner) => {
    if (list.length > 0) found.add(owner);
  });
  return found;
}

function union(a: readonly number[], b: Iterable<number>): readonly number[] {
  let out: number[] | undefined;
  for (const o of b) {
    if ((out ?? a).includes(o)) continue;
    (out ??= [...a]).push(o);
  }
  return out ?? a;
}

/** Owners of keywords in member names on each node's path, indexed by node. */
export function ownersByNode(index: JsonIndex, hits: KeywordHits, trie: KeywordTrie): Array<readonly number[]> {
  const { parent, keyStart, keyEnd, text } = index;
  const owners: Array<readonly number[]> = [NONE];
  let j = 0;
  for (let n = 1; n < parent.length; n++) {
    const inherited = owners[parent[n]!]!;
    const ks = keyStart[n]!;
    if (ks < 0) {
      owners.push(inherited);
      continue;
    }
    const ke = keyEnd[n]!;
    let own: readonly number[] = NONE;
    if (index.escapedKeys && text.slice(ks, ke).includes('\\')) own = [...keyOwners(trie, keyOf(index, n)!)];
    else {
      while (j < hits.starts.length && hits.starts[j]! < ks) j++;
      for (let k = j; k < hits.starts.length && hits.starts[k]! < ke; k++) {
        if (hits.hitEnds[k]! <= ke) own = union(own, hits.hitOwners[k]!);
      }
    }
    owners.push(own.length === 0 ? inherited : union(inherited, own));
  }
  return owners;
}

/** The owners that have a keyword in any member name of the document. */
export function ownersInAnyName(owners: ReadonlyArray<readonly number[]>): Set<number> {
  const out = new Set<number>();
  let previous: readonly number[] | undefined;
  for (const list of owners) {
    if (list === previous || list.length === 0) continue;
    previous = list;
    for (const o of list) out.add(o);
  }
  return out;
}
