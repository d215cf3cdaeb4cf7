/**
 * The brute-force oracle for EventBridge patterns: over a finite event space (every constant of
 * the generated patterns, near misses, arrays of values, and — for nested patterns — arrays of
 * objects that split fields across elements), which of "only old", "only new", "both" occur.
 * Wherever the oracle finds an event of a kind, the engine must have one too or say unknown; every
 * engine witness is replayed through the matcher.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEventPattern, validateEventPattern } from '@arbiter/event-pattern';
import { diffEventPatterns, relationOf, type Component } from '@arbiter/analysis';
import { must } from './must.js';
import { flatPattern, nestedPattern, nestedValues, oracleValues } from './event-arbitraries.js';

const WANT: Record<Component, [boolean, boolean]> = { onlyOld: [true, false], onlyNew: [false, true], both: [true, true] };

/** Values of `b` beside nested `d` (a few: the nested patterns test `b` in one shape only). */
const FEW_B: unknown[] = [undefined, 'ab', 2, null, ['a', 'x']];

function eventsOf(nested: boolean): object[] {
  const out: object[] = [];
  const outer = nested ? nestedValues() : oracleValues;
  for (const first of outer) {
    for (const b of nested ? FEW_B : oracleValues) {
      const e: Record<string, unknown> = {};
      if (first !== undefined) e[nested ? 'd' : 'a'] = first;
      if (b !== undefined) e.b = b;
      out.push(e);
    }
  }
  return out;
}

const FLAT_EVENTS = eventsOf(false);
const NESTED_EVENTS = eventsOf(true);

function checkPair(oldP: object, newP: object, events: object[]): void {
  const diff = must(diffEventPatterns(oldP, newP));
  const o = must(compileEventPattern(oldP));
  const n = must(compileEventPattern(newP));
  const seen: Record<Component, boolean> = { onlyOld: false, onlyNew: false, both: false };
  for (const e of events) {
    const x = o.match(e).matched;
    const y = n.match(e).matched;
    if (x && y) seen.both = true;
    else if (x) seen.onlyOld = true;
    else if (y) seen.onlyNew = true;
  }
  for (const part of ['onlyOld', 'onlyNew', 'both'] as const) {
    const w = diff.witnesses[part];
    if (w) expect([o.match(w).matched, n.match(w).matched], `${part} witness ${JSON.stringify(w)}`).toEqual(WANT[part]);
    else if (seen[part]) expect(diff.unknown[part], `${part} exists but the engine said none: ${JSON.stringify({ oldP, newP })}`).toBeDefined();
  }
  if (diff.relation !== 'unknown') {
    expect(diff.relation).toBe(relationOf({ onlyOld: diff.witnesses.onlyOld !== null, onlyNew: diff.witnesses.onlyNew !== null, both: diff.witnesses.both !== null }));
  }
}

const valid = (p: object) => validateEventPattern(p).ok;

/**
 * One-star wildcards are decided (never `unknown`): check that claim against every string over a
 * small alphabet up to five characters (and pairs of them), where a string with a wildcard's prefix
 * and suffix but too short for both is the case to get right.
 */
const SHORT = ['a', 'b', 'ab', 'ba', 'aba'];
const oneStarCondition = fc.oneof(
  fc.tuple(fc.constantFrom('', ...SHORT), fc.constantFrom('', ...SHORT)).map(([p, x]) => ({ wildcard: `${p}*${x}` })),
  fc.constantFrom(...SHORT).map((w) => ({ wildcard: w })),
  fc.constantFrom(...SHORT).map((v) => ({ prefix: v })),
  fc.constantFrom(...SHORT).map((v) => ({ suffix: v })),
  fc.constantFrom(...SHORT),
  fc.tuple(fc.constantFrom('', ...SHORT), fc.constantFrom('', ...SHORT)).map(([p, x]) => ({ 'anything-but': { wildcard: `${p}*${x}` } })),
  fc.constantFrom(...SHORT).map((v) => ({ 'anything-but': { prefix: v } })),
  fc.constantFrom(...SHORT).map((v) => ({ 'anything-but': { suffix: v } })),
);
const oneStarPattern = fc.array(oneStarCondition, { minLength: 1, maxLength: 3 }).map((a) => ({ a }));
/** Wildcards of two or three stars (inner segments non-empty: `**` is invalid), beside the one-star conditions. */
const severalStars = fc
  .tuple(fc.constantFrom('', 'a', 'ab'), fc.array(fc.constantFrom('a', 'b', 'ab', 'ba'), { minLength: 1, maxLength: 2 }), fc.constantFrom('', 'b', 'ba'))
  .map(([first, inner, last]) => [first, ...inner, last].join('*'));
const severalStarCondition = fc.oneof(
  severalStars.map((w) => ({ wildcard: w })),
  severalStars.map((w) => ({ 'anything-but': { wildcard: w } })),
  oneStarCondition,
);
const severalStarPattern = fc.array(severalStarCondition, { minLength: 1, maxLength: 3 }).map((a) => ({ a }));
function stringsUpTo(n: number): string[] {
  let level = [''];
  const out = [''];
  for (let i = 0; i < n; i++) {
    level = level.flatMap((s) => ['a', 'b', 'x'].map((c) => s + c));
    out.push(...level);
  }
  return out;
}
const SHORT_STRINGS = stringsUpTo(5);
const ONE_STAR_EVENTS: object[] = [{}, { a: 1 }, ...SHORT_STRINGS.map((s) => ({ a: s })), ...SHORT_STRINGS.filter((s) => s.length <= 3).flatMap((s) => ['ab', 'ba', 'x', 'abab'].map((t) => ({ a: [s, t] })))];

describe('event pattern diff against a brute-force oracle', () => {
  it('agrees on generated pairs of flat patterns (every operator)', () => {
    fc.assert(
      fc.property(flatPattern, flatPattern, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        checkPair(oldP, newP, FLAT_EVENTS);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('decides every pair of one-star wildcard patterns (no unknown) and agrees with all short strings', () => {
    fc.assert(
      fc.property(oneStarPattern, oneStarPattern, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        expect(must(diffEventPatterns(oldP, newP)).unknown).toEqual({});
        checkPair(oldP, newP, ONE_STAR_EVENTS);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('decides every pair of several-star wildcard patterns (the string automaton; no unknown) and agrees with all short strings', () => {
    fc.assert(
      fc.property(severalStarPattern, severalStarPattern, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        expect(must(diffEventPatterns(oldP, newP)).unknown).toEqual({});
        checkPair(oldP, newP, ONE_STAR_EVENTS);
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('agrees on generated pairs of nested patterns (array consistency), events with arrays of objects included', () => {
    fc.assert(
      fc.property(nestedPattern, nestedPattern, (oldP, newP) => {
        fc.pre(valid(oldP) && valid(newP));
        checkPair(oldP, newP, NESTED_EVENTS);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
