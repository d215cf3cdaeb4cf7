/**
 * Conformance: every case of iam.jsonl (and conformance/local/iam*.jsonl) through both evaluation modes. `aws-doc` and `derived` cases
 * must pass; a `peer-impl` case may fail only when listed with a reason in
 * conformance/known-failing.json, and a listed case must fail (checked both ways).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIamCase } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const local = resolve(root, 'conformance/corpus/iam.jsonl');
const corpusPath = existsSync(local) ? local : resolve(root, '../shared/corpus/iam.jsonl');
// Our own IAM cases (regressions, fuzz counterexamples) run beside the imported corpus.
const localDir = resolve(root, 'conformance/local');
const localFiles = existsSync(localDir) ? readdirSync(localDir).filter((f) => /^iam.*\.jsonl$/.test(f)).map((f) => resolve(localDir, f)) : [];
const cases = [corpusPath, ...localFiles]
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const knownFailing = JSON.parse(readFileSync(resolve(root, 'conformance/known-failing.json'), 'utf8')) as Record<string, string>;

describe.each(['reference', 'compiled'] as const)('iam.jsonl through the %s evaluator', (mode) => {
  const counts: Record<string, { total: number; passed: number }> = {};
  it.each(cases.map((c) => [c.id as string, c] as const))('%s', (id, c) => {
    const outcome = runIamCase(c, mode);
    const conf = String(c.confidence);
    counts[conf] ??= { total: 0, passed: 0 };
    (counts[conf] as { total: number; passed: number }).total++;
    if (outcome.passed) (counts[conf] as { total: number; passed: number }).passed++;
    if (id in knownFailing) {
      expect(conf, `${id} is listed as known-failing but only peer-impl cases may be`).toBe('peer-impl');
      expect(outcome.passed, `${id} is listed as known-failing but passes: remove it from known-failing.json`).toBe(false);
    } else {
      expect(outcome, `${id}: ${outcome.detail ?? ''}`).toMatchObject({ passed: true });
    }
  });
  it('reports counts by confidence', () => {
    console.log(`iam conformance (${mode}): ${JSON.stringify(counts)}`);
    expect(Object.values(counts).reduce((n, c) => n + c.total, 0)).toBe(cases.length);
  });
});
