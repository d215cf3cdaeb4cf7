/**
 * The compiled scanner's keyword pass (one trie walk, behind a three-character filter on word
 * starts) finds exactly the keyword occurrences a plain regex search per keyword finds, with the
 * same boundary rules (fast-check over texts built from every managed identifier's keywords).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listManagedIdentifiers } from '../src/index.js';
import { buildKeywordTrie, findKeywordHits } from '../src/scan/keyword-index.js';
import { keywordBoundariesHold, normalizeKeyword } from '../src/scan/keyword-rules.js';
import { lowerText } from '../src/scan/text-chars.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Sorted keyword ends per owner, by one regex per keyword over the lower-cased text. */
function referenceEnds(keywordsByOwner: readonly (readonly string[])[], text: string): number[][] {
  const lower = lowerText(text);
  return keywordsByOwner.map((keywords) => {
    const ends = new Set<number>();
    for (const raw of keywords) {
      const keyword = lowerText(normalizeKeyword(raw));
      const re = new RegExp(`(?=(${escapeRegex(keyword).replace(/ /g, '[ _\\-]?')}))`, 'g');
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        const end = m.index + m[1]!.length;
        if (keywordBoundariesHold(keyword, text, m.index, end)) ends.add(end);
        re.lastIndex = m.index + 1;
      }
    }
    return [...ends].sort((a, b) => a - b);
  });
}

describe('keyword pass', () => {
  const owners = listManagedIdentifiers().map((id) => id.keywords ?? []);
  const trie = buildKeywordTrie(owners);
  const all = [...new Set(owners.flat())];
  // Keywords as written, upper-cased, with their spaces as `_`, `-` or nothing, cut short or run on.
  const keyword = fc.tuple(fc.constantFrom(...all), fc.nat(5), fc.nat(12)).map(([k, how, cut]) => {
    const forms = [k, k.toUpperCase(), k.replace(/ /g, '_'), k.replace(/ /g, '-'), k.replace(/ /g, ''), k.slice(0, Math.max(1, k.length - cut % 4))];
    return forms[how]!;
  });
  const filler = fc.constantFrom(' ', '  ', ', ', '"', '":"', '-', '_', '.', 'x', 'the ', 'notes ', 'customer', 'no', 'S', 'é', '1', '42', 'aB', '#', '\n');
  const text = fc.array(fc.oneof(keyword, filler), { maxLength: 20 }).map((parts) => parts.join(''));

  it('finds exactly the occurrences a regex per keyword finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const hits = findKeywordHits(trie, t);
        const ends = hits.ends.map((list) => [...new Set(list)]);
        expect(ends).toEqual(referenceEnds(owners, t));
      }),
      { numRuns: 400 },
    );
  });

  it('records anchor words in their ends only, and not past the cap', () => {
    const withAnchors = buildKeywordTrie([['ssn'], ['st', 'street']], 1);
    const t = 'ssn St, Street. st.x stem';
    const all = findKeywordHits(withAnchors, t);
    expect(all.ends).toEqual([[3], [6, 14, 18]]);
    // Only keywords are occurrences for member names and run selection.
    expect(all.starts).toEqual([0]);
    expect(all.hitOwners).toEqual([[0]]);
    expect(findKeywordHits(withAnchors, t, 2).ends).toEqual([[3], [6, 14]]);
  });
});
