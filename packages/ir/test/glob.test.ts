/**
 * Wildcard matching (primitives/glob.ts) against an obviously-right dynamic-programming oracle, and
 * the hostile pattern of issue 17 item 6, which took over 90 s when matching backtracked per star.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globFromText, literalGlob, matchGlob, matchGlobRange, type GlobPattern } from '../src/index.js';
import { segmentWork } from '../src/primitives/glob-segment.js';

/** The textbook O(pattern × value) table: can pattern[0, i) match value[0, j)? */
function oracle(p: GlobPattern, value: string): boolean {
  const m = p.text.length;
  let row = Array.from({ length: value.length + 1 }, (_, j) => j === 0);
  for (let i = 1; i <= m; i++) {
    const kind = p.kinds[i - 1];
    const next = new Array<boolean>(value.length + 1).fill(false);
    next[0] = kind === '*' && row[0] === true;
    for (let j = 1; j <= value.length; j++) {
      if (kind === '*') next[j] = row[j] === true || next[j - 1] === true;
      else next[j] = row[j - 1] === true && (kind === '?' || p.text[i - 1] === value[j - 1]);
    }
    row = next;
  }
  return row[value.length] === true;
}

const text = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));
const pattern = fc.oneof(
  text(['a', 'b', '*', '?'], 10).map(globFromText),
  // Substituted text (IAM variables) keeps `*` and `?` literal.
  fc.tuple(text(['a', '*', '?'], 5), text(['a', 'b', '*', '?'], 4), text(['b', '*'], 4)).map(([x, y, z]) => {
    const [px, py, pz] = [globFromText(x), literalGlob(y), globFromText(z)];
    return { text: px.text + py.text + pz.text, kinds: px.kinds + py.kinds + pz.kinds };
  }),
);

describe('matchGlob', () => {
  it('agrees with the dynamic-programming oracle', () => {
    fc.assert(
      fc.property(pattern, text(['a', 'b', '*', '?'], 12), (p, v) => {
        expect(matchGlob(p, v)).toBe(oracle(p, v));
      }),
      { numRuns: 20000 },
    );
  });

  it('matches a sub-range exactly as it matches the slice', () => {
    fc.assert(
      fc.property(pattern, text(['a', 'b'], 12), fc.nat(12), fc.nat(12), (p, v, x, y) => {
        const [start, end] = [Math.min(x, y, v.length), Math.min(Math.max(x, y), v.length)];
        expect(matchGlobRange(p, v, start, end)).toBe(oracle(p, v.slice(start, end)));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps literal wildcards literal', () => {
    const p = { text: 'a*b?', kinds: '.*..' };
    expect(matchGlob(p, 'axxb?')).toBe(true);
    expect(matchGlob(p, 'axxbc')).toBe(false);
  });

  it('answers a 20,000-character literal run after a star against a megabyte (issue 17 item 6)', () => {
    const hostile = globFromText('*' + 'a'.repeat(20_000) + 'b');
    const resource = 'a'.repeat(1 << 20);
    // Backtracking to the last star compared ~20,000 characters at each of a million offsets.
    expect(matchGlob(hostile, resource)).toBe(false);
    expect(matchGlob(hostile, resource + 'b')).toBe(true);
    const middle = globFromText('*' + 'a'.repeat(20_000) + 'b*c');
    expect(matchGlob(middle, resource)).toBe(false);
    expect(matchGlob(globFromText('a*' + 'a'.repeat(20_000) + '?b'), resource)).toBe(false);
  });

  it('agrees with the oracle on `?` segments longer than one 32-bit word', () => {
    const long = fc.array(fc.constantFrom('a', 'a', 'b', '?', '?'), { minLength: 30, maxLength: 90 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('', '*'), long, fc.constantFrom('', '*', '*b')), text(['a', 'a', 'b'], 160), ([head, middle, tail], v) => {
        const p = globFromText(head + middle + tail);
        expect(matchGlob(p, v)).toBe(oracle(p, v));
        expect(matchGlob(p, v + 'b')).toBe(oracle(p, v + 'b'));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads each value character once per `?` segment word (issue 17: `*(a?)…b*` against a run of `a`)', () => {
    // Anchoring on the literal `a` and checking each hit compared the whole segment at every offset.
    const workOf = (pairs: number, size: number): number => {
      const before = segmentWork.words;
      expect(matchGlob(globFromText('*' + 'a?'.repeat(pairs) + 'b*'), 'a'.repeat(size))).toBe(false);
      return segmentWork.words - before;
    };
    // Linear in the value: four times the value, four times the work.
    const [small, large] = [workOf(15, 1 << 16), workOf(15, 1 << 18)];
    expect(large / small).toBeLessThan(4.1);
    // A segment of 32 characters or fewer is one word per character.
    expect(small).toBeLessThanOrEqual(1 << 16);
    // Longer segments: ⌈segment / 32⌉ words per character, never segment-many comparisons.
    expect(workOf(5_000, 1 << 16)).toBeLessThanOrEqual(Math.ceil(10_000 / 32) * (1 << 16));
    expect(matchGlob(globFromText('*' + 'a?'.repeat(5_000) + 'b*'), 'a'.repeat(1 << 16) + 'b')).toBe(true);
  });
});
