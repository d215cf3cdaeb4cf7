/**
 * Custom identifiers cost linear time on adversarial text (issue 17 item 2): the bounded
 * look-ahead scan's work counters grow with the text, not with its square, and it finds what an
 * unbounded scan finds whenever matches need less context than the bound. Time per byte over
 * growing inputs is measured in bench/data-protection.mjs, not asserted here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner, isCompileError, type EngineRegex } from '../src/index.js';
import { re2Engine } from '../src/identifiers/regex-engine/re2-node.js';
import { boundedMatchAll, LOOKAHEAD, type MatchWork } from '../src/scan/bounded-matches.js';

const compile = (source: string): EngineRegex => {
  const r = re2Engine.compile(source);
  if (isCompileError(r)) throw new Error(r.error);
  return r;
};

describe('bounded custom identifier matching', () => {
  it.each([
    ['a+b|a', 'a'],
    ['.*b|a', 'a'],
    ['\\d', '7'],
    ['x?\\b', 'a '],
  ])('%s over growing adversarial text: work per character stays constant', (source, unit) => {
    const re = compile(source);
    const perChar: number[] = [];
    for (const size of [4_096, 16_384, 65_536]) {
      const text = unit.repeat(size / unit.length);
      const work: MatchWork = { chars: 0, calls: 0 };
      boundedMatchAll(re, text, 0, work);
      perChar.push(work.chars / text.length);
    }
    // An O(n²) scan would hand the engine 4× more characters per character at each step.
    for (const w of perChar) expect(w).toBeLessThanOrEqual(4 * LOOKAHEAD);
    expect(perChar[2]! / perChar[0]!).toBeLessThan(1.5);
  });

  it('the issue reproducer: a+b|a over 256 KB of `a` is scanned, one finding per character', () => {
    const scanner = createScanner({ identifiers: [], custom: [{ name: 'X', regex: 'a+b|a' }] });
    expect(scanner.ok).toBe(true);
    if (!scanner.ok) return;
    const findings = scanner.value.scan('a'.repeat(256 * 1024));
    expect(findings.length).toBe(256 * 1024);
    expect(findings[5]).toMatchObject({ name: 'X', start: 5, end: 5 });
  });

  it('a match longer than the look-ahead is found whole (the window doubles)', () => {
    const re = compile('a+');
    const text = `x${'a'.repeat(10_000)}y`;
    expect(boundedMatchAll(re, text)).toEqual([1, 10_001]);
  });

  it('agrees with an unbounded scan when matches need little context', () => {
    const sources = ['a+b|a', '\\d{3}-\\d{2}', '\\bab\\b', 'a|b', '[ab]+c', '^a', 'b$', 'EID-\\d{9}-US'];
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '1', '-', 'é', '😀'), maxLength: 900 }), (source, text) => {
        const re = compile(source);
        expect(boundedMatchAll(re, text)).toEqual(re.matchAll(text));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
