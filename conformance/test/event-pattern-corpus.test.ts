/**
 * The imported EventBridge / Lambda event-filtering corpus through the conformance runner, in
 * both evaluation modes. Every case must pass except those listed in known-failing.json, and every
 * listed case must still fail (the runner checks both ways).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exitStatusOf, loadCaseFiles, loadKnownFailing, runCases } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const loaded = loadCaseFiles([resolve(root, 'conformance/corpus/event-pattern.jsonl')]);
const knownFailing = loadKnownFailing(resolve(root, 'conformance/known-failing.json'));

describe(`event-pattern corpus (${loaded.cases.length} cases)`, () => {
  it('loads every line, including those holding Python-style Infinity', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.cases.length).toBe(422);
  });

  it('passes every case not listed as known-failing, in reference, compiled and router mode alike', () => {
    const report = runCases(loaded.cases, [], { modes: ['reference', 'compiled', 'router'], knownFailing });
    const unexpected = report.failures.filter((f) => f.known === undefined).map((f) => `${f.id}: expected ${f.expected}, got ${f.actual} (${f.detail})`);
    console.log('event-pattern by confidence:', JSON.stringify(report.byConfidence));
    expect(unexpected).toEqual([]);
    expect(report.unexpectedPasses).toEqual([]);
    expect(exitStatusOf(report, [])).toBe(0);
    expect(report.byMode.router?.total).toBe(422);
    // The documented cases must all pass, known-failing or not.
    const documented = report.byConfidence['aws-doc'];
    expect(documented?.passed).toBe(documented?.total);
  });
});
