/**
 * The conformance gate: every imported corpus runs through both evaluators of its kind, and SNS cases through the router too.
 * A failure must be listed in known-failing.json with its reason; a listed case that passes
 * fails the run (the list is checked both ways).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReportText, loadCaseFiles, loadKnownFailing, runCases } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusFiles = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(root, 'corpus', f));
const localFiles = readdirSync(join(root, 'local')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(root, 'local', f));
const known = loadKnownFailing(join(root, 'known-failing.json'));

describe('conformance corpora (reference, compiled and, for SNS, router)', () => {
  const loaded = loadCaseFiles([...corpusFiles, ...localFiles]);
  const report = runCases(loaded.cases, loaded.problems, { knownFailing: known });
  // The counts go to the test log; the closing notes quote them.
  console.log(formatReportText(report, { maxFailures: 200 }));

  it('reads every line of every corpus file', () => {
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.cases.length).toBeGreaterThan(1700);
  });

  it('fails no case that is not listed as known-failing', () => {
    const unexpected = report.failures.filter((f) => f.known === undefined).map((f) => `${f.id}: expected ${f.expected}, got ${f.actual} (${f.detail})`);
    expect(unexpected).toEqual([]);
  });

  it('lists no known-failing case that now passes, and none that does not exist', () => {
    expect(report.unexpectedPasses).toEqual([]);
    const ids = new Set(loaded.cases.map((c) => c.testCase.id as string));
    expect([...known.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('passes every aws-recorded and aws-doc case', () => {
    const strong = new Set(loaded.cases.filter((c) => ['aws-recorded', 'aws-doc'].includes(c.testCase.confidence as string)).map((c) => c.testCase.id));
    expect(report.failures.filter((f) => strong.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});
