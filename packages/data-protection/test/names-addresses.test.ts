/**
 * The Name and Address detectors on the hand-labelled evaluation set (test/fixtures/names-addresses.*;
 * labelling rules in the .src.txt header), through the compiled and reference scanners. Targets:
 * precision ≥ 0.9 and recall ≥ 0.8 for each identifier (the README has the measured figures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../src/index.js';
// @ts-expect-error: a plain .mjs helper without types
import { buildCases } from './fixtures/build-names-addresses.mjs';

interface Span { name: string; start: number; end: number }
interface Case { id: string; text: string; expect: Span[] }

const fixtures = new URL('./fixtures/', import.meta.url);
const cases = readFileSync(new URL('names-addresses.jsonl', fixtures), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
const key = (s: Span): string => `${s.name}:${s.start}:${s.end}`;

describe('names and addresses evaluation set', () => {
  it('is the build of the hand-labelled source (no hand edits of the .jsonl)', () => {
    const rebuilt = (buildCases as (s: string) => Case[])(readFileSync(new URL('names-addresses.src.txt', fixtures), 'utf8'));
    expect(rebuilt).toEqual(cases);
    expect(cases.flatMap((c) => c.expect).length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(140);
  });

  for (const mode of ['compiled', 'reference'] as const) {
    it(`meets precision ≥ 0.9 and recall ≥ 0.8 per identifier (${mode})`, () => {
      const scanner = createScanner({ identifiers: ['Name', 'Address'], mode });
      if (!scanner.ok) throw new Error('scanner');
      const counts: Record<string, { tp: number; found: number; expected: number }> = {};
      const misses: string[] = [];
      for (const c of cases) {
        const found = scanner.value.scan(c.text).map((f) => ({ name: f.name, start: f.start, end: f.end }));
        const want = new Set(c.expect.map(key));
        const got = new Set(found.map(key));
        for (const s of c.expect) {
          const n = (counts[s.name] ??= { tp: 0, found: 0, expected: 0 });
          n.expected++;
          if (got.has(key(s))) n.tp++;
          else misses.push(`${c.id} missed ${s.name} ${JSON.stringify(c.text.slice(s.start, s.end + 1))}`);
        }
        for (const s of found) {
          (counts[s.name] ??= { tp: 0, found: 0, expected: 0 }).found++;
          if (!want.has(key(s))) misses.push(`${c.id} extra ${s.name} ${JSON.stringify(c.text.slice(s.start, s.end + 1))}`);
        }
      }
      const lines = Object.entries(counts).map(([n, c]) => `${n} P=${(c.tp / Math.max(1, c.found)).toFixed(3)} R=${(c.tp / c.expected).toFixed(3)}`);
      console.log(`[${mode}] ${lines.join('; ')}\n  ${misses.join('\n  ')}`);
      for (const c of Object.values(counts)) {
        expect(c.tp / Math.max(1, c.found)).toBeGreaterThanOrEqual(0.9);
        expect(c.tp / c.expected).toBeGreaterThanOrEqual(0.8);
      }
    });
  }
});
