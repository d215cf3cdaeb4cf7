/**
 * The windowed candidate scan returns true matches of the whole-text scan, and every one of them
 * that starts inside a window, for every managed pattern (fast-check over texts and windows).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listManagedIdentifiers } from '../src/index.js';
import { findCandidates, findCandidatesIn, mergeWindows } from '../src/scan/candidates.js';
import { regexShape } from '../src/scan/regex-shape.js';
import { holdsAnchor } from './anchor-support.js';

const PIECES = [
  '123-12-1234', '4539 1531 1102 6901', '+1 415 555 0132', 'ana@example.com', 'a.b@c.de', '10.0.0.1', 'fe80::1', '1984-02-29',
  '12/05/1990', 'Maria Garcia', 'Dear ', '123 Main St, Springfield, IL 62704', 'GB29 NWBK 6016 1331 9268 19', 'X1234567L', 'AB123456',
  '"', '","', ':', ' ', '-', '.', '/', '\n', '@', '+', 'é', '\ud83d\ude00', '\ud800', '0', '7', 'x', 'Z', 'K', 'ssn ', 'RSSMRA85T10A562S', 'K1A 0B1', 'H0H0H0', 'Musterstraße 12, 10115 Berlin', '18 rue de la Paix, 75002 Paris', 'Via Roma 10, 00184 Roma',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''));

describe('windowed candidate scan', () => {
  const patterns = [...new Map(listManagedIdentifiers().map((id) => [`${id.pattern.source}/${id.pattern.flags}`, id])).values()];

  it('reads a shape for every managed pattern', () => {
    expect(patterns.filter((id) => !regexShape(id.pattern.source, id.pattern.flags)).map((id) => id.name)).toEqual([]);
  });

  it('finds exactly the whole-text matches that start in a window (and only true matches)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(400), fc.nat(40)), { maxLength: 4 }), fc.nat(patterns.length - 1), (t, raw, which) => {
        const id = patterns[which]!;
        const flags = id.pattern.flags.includes('g') ? id.pattern.flags : `${id.pattern.flags}g`;
        const shape = regexShape(id.pattern.source, flags)!;
        const windows = mergeWindows(raw.sort((a, b) => a[0] - b[0]).map(([lo, len]) => [lo, lo + len]));
        const pairs = (c: { starts: number[]; ends: number[] }): string[] => c.starts.map((s, k) => `${s}-${c.ends[k]}`);
        const full = findCandidates(new RegExp(id.pattern.source, flags), t, undefined);
        const windowed = pairs(findCandidatesIn(new RegExp(id.pattern.source, flags), shape, t, windows, undefined));
        const inWindow = (s: number): boolean => windows.some((_, i) => i % 2 === 0 && s >= windows[i]! && s <= windows[i + 1]!);
        const all = pairs(full);
        expect(windowed.filter((p) => !all.includes(p))).toEqual([]);
        expect(all.filter((p, k) => inWindow(full.starts[k]!) && !windowed.includes(p))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('starts every match with a character of the pattern\'s first set', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const id of patterns) {
          const first = regexShape(id.pattern.source, id.pattern.flags)!.first;
          if (!first) continue;
          for (const m of t.matchAll(new RegExp(id.pattern.source, id.pattern.flags))) {
            expect(first.test(String.fromCodePoint(m[0].codePointAt(0)!)), `${id.name}: ${m[0]}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every declared anchor and keyword-optional start true of every match', () => {
    const declared = listManagedIdentifiers().filter((id) => id.anchors || id.anchorWords || id.keywordOptionalStarts);
    expect(declared.map((id) => id.name)).toEqual(expect.arrayContaining(['EmailAddress', 'IpAddress', 'PostalCode-CA', 'Address']));
    fc.assert(
      fc.property(text, (t) => {
        for (const id of declared) {
          const re = new RegExp(id.pattern.source, id.pattern.flags);
          for (const m of t.matchAll(re)) {
            const at = m.index;
            if (id.anchors || id.anchorWords) expect(holdsAnchor(id, t, at, at + m[0].length), `${id.name} at ${at}`).toBe(true);
            const ctx = { text: t, start: at, end: at + m[0].length };
            if (id.keywordOptionalStarts && id.keywordOptional?.(m[0], ctx)) expect(id.keywordOptionalStarts).toContain(m[0][0]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('merges overlapping and adjacent windows', () => {
    expect(mergeWindows([[0, 5, 10, 12], [4, 8, 13, 20]])).toEqual([0, 8, 10, 20]);
  });
});
