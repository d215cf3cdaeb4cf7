/**
 * Two-character anchors (a literal and a class, as the IP address detector declares them) found
 * by a search for the literal give the windows a regex run over every position gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairAnchor } from '../src/scan/anchor-pairs.js';
import { anchorWindows } from '../src/scan/candidates.js';
import { ipAddress } from '../src/identifiers/managed/ip-address.js';

/** The windows of every position where `at` matches, overlapping matches included (the general path). */
function byRegex(text: string, at: string, before: number, limit: number): number[] | undefined {
  const re = new RegExp(at, 'g');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (out.length >= 2 * limit) return undefined;
    out.push(Math.max(0, m.index - before), m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const ANCHORS = [ipAddress.anchors![0]!.at, '\\d\\.', ':[0-9A-Fa-f]', '[0-9A-Fa-f:]:', 'x\\d|\\dx', '@[a-z]'];
const text = fc.array(fc.constantFrom('a', ':', '.', '1', 'f', 'F', 'x', '@', ' ', '"', '9', '::', '1.2', 'é'), { maxLength: 40 }).map((p) => p.join(''));

describe('two-character anchors', () => {
  it('are recognised, and other anchors are not', () => {
    for (const at of ANCHORS) expect(pairAnchor(at), at).toBeDefined();
    for (const at of ['\\d', '(?:a)b', 'abc', '[A-Z]\\d', '\\d+\\.']) expect(pairAnchor(at), at).toBeUndefined();
  });

  it('give the windows of a regex run over every position, and the same refusal past the limit', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...ANCHORS), fc.nat(5), fc.integer({ min: 1, max: 12 }), (t, at, before, limit) => {
        expect(anchorWindows(t, at, before, limit)).toEqual(byRegex(t, at, before, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
