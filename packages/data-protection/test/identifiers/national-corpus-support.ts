/**
 * Loads the public detection corpus and scores the cases that name a national identifier:
 * exact-match pass/fail per case, and precision/recall per identifier (a finding is a true
 * positive when name, start and end equal an expected one).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nationalIdentifiers } from '../../src/identifiers/managed/national/index.js';

export interface DetectionCase {
  id: string;
  text: string;
  identifiers: string[];
  confidence?: string;
  expect: Array<{ name: string; start: number; end: number }>;
}

export interface Span {
  name: string;
  start: number;
  end: number;
}

const CORPUS = fileURLToPath(new URL('../../../../conformance/corpus/data-protection.jsonl', import.meta.url));
export const NATIONAL_NAMES = new Set(nationalIdentifiers.map((id) => id.name));

/** Corpus cases whose identifier list includes at least one national identifier. */
export function loadNationalCases(): DetectionCase[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DetectionCase & { kind: string })
    .filter((c) => Array.isArray(c.identifiers) && typeof c.text === 'string' && c.identifiers.some((n) => NATIONAL_NAMES.has(n)));
}

export interface Score {
  expected: number;
  found: number;
  truePositives: number;
}

const key = (s: Span): string => `${s.name}@${s.start}-${s.end}`;

/** Adds one case's national findings to the per-identifier scores; returns whether the case's national part matched. */
export function scoreCase(c: DetectionCase, found: readonly Span[], scores: Map<string, Score>): boolean {
  const want = c.expect.filter((e) => NATIONAL_NAMES.has(e.name));
  const got = found.filter((f) => NATIONAL_NAMES.has(f.name));
  const wantKeys = new Set(want.map(key));
  const gotKeys = new Set(got.map(key));
  const bump = (name: string, field: keyof Score): void => {
    const s = scores.get(name) ?? { expected: 0, found: 0, truePositives: 0 };
    s[field]++;
    scores.set(name, s);
  };
  for (const w of want) bump(w.name, 'expected');
  for (const g of got) {
    bump(g.name, 'found');
    if (wantKeys.has(key(g))) bump(g.name, 'truePositives');
  }
  return wantKeys.size === gotKeys.size && [...wantKeys].every((k) => gotKeys.has(k));
}
