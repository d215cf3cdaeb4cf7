/** The codes table is complete: every `dp.` code written in the package's source is in DpCodes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DpCodes } from '../src/index.js';

const srcDir = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

describe('DpCodes', () => {
  const table = new Set<string>(Object.values(DpCodes));
  it('lists every dp.* code a source file writes', () => {
    const written = files(srcDir).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(dp\.[a-z][a-z.-]*)'/g)].map((m) => m[1]!));
    expect(written.length).toBeGreaterThan(0);
    expect([...new Set(written)].filter((c) => !table.has(c))).toEqual([]);
  });
  it('has no two names for one code', () => {
    expect(table.size).toBe(Object.keys(DpCodes).length);
  });
});
