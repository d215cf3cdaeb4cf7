/**
 * The shared SNS corpus through both evaluators. Every case must pass except those listed in
 * conformance/known-failing.json, and every listed case must still fail (checked both ways).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSnsFilterCase } from '@arbiter/sns-filter';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const local = resolve(root, 'conformance/corpus/sns-filter.jsonl');
const shared = resolve(root, '../shared/corpus/sns-filter.jsonl');
const corpusFile = existsSync(local) ? local : shared;
const knownFailing: Record<string, string> = JSON.parse(readFileSync(resolve(root, 'conformance/known-failing.json'), 'utf8'));

const cases = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record<string, unknown>)
  .filter((c) => c.kind === 'sns-filter');

describe(`sns-filter corpus (${cases.length} cases)`, () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(355);
  });

  for (const mode of ['reference', 'compiled'] as const) {
    it(`passes every case not listed as known-failing (${mode})`, () => {
      const unexpected: string[] = [];
      const fixed: string[] = [];
      const byConfidence: Record<string, { passed: number; total: number }> = {};
      for (const c of cases) {
        const outcome = runSnsFilterCase(c, mode);
        const id = String(c.id);
        const tally = (byConfidence[String(c.confidence ?? 'none')] ??= { passed: 0, total: 0 });
        tally.total++;
        if (outcome.passed) tally.passed++;
        const listed = Object.prototype.hasOwnProperty.call(knownFailing, id);
        if (!outcome.passed && !listed) unexpected.push(`${id}: expected ${outcome.expected}, got ${outcome.actual} (${outcome.detail ?? ''})`);
        if (outcome.passed && listed) fixed.push(id);
      }
      console.log(`sns-filter ${mode}:`, JSON.stringify(byConfidence));
      expect(unexpected).toEqual([]);
      expect(fixed).toEqual([]);
      // The recorded and documented cases must all pass, known-failing or not.
      for (const confidence of ['aws-recorded', 'aws-doc']) {
        const t = byConfidence[confidence];
        if (t) expect(t.passed).toBe(t.total);
      }
    });
  }
});
