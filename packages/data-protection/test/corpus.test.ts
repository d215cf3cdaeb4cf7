/**
 * Both data protection corpora, through the reference and the compiled scanner, against the
 * issue's targets. Known failures live in conformance/known-failing.json and are checked both ways.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseOutcome, DetectionCounts, EvaluationMode } from '@arbiter/ir';
import { runDataProtectionCase } from '../src/index.js';

const root = new URL('../../../', import.meta.url).pathname;
const dir = existsSync(`${root}conformance/corpus/data-protection.jsonl`) ? `${root}conformance/corpus/` : '/work/shared/corpus/';
const load = (file: string): Array<Record<string, unknown>> =>
  readFileSync(dir + file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const knownFailing = JSON.parse(readFileSync(`${root}conformance/known-failing.json`, 'utf8')) as Record<string, string>;

/** Identifiers whose rule includes a checksum: every case of theirs must pass. */
const CHECKSUM = /^(CreditCardNumber|BankAccountNumber-(DE|ES|FR|GB|IT)|NhsNumber-GB|NationalProviderId-US|DrugEnforcementAgencyNumber-US|VehicleIdentificationNumber|NationalIdentificationNumber-(ES|IT)|NieNumber-ES|NifNumber-ES|CpfCode-BR|Cnpj-BR|InseeCode-FR|TaxId-DE|SocialInsuranceNumber-CA|Ssn-ES)$/;

const sum = (a: DetectionCounts, b: DetectionCounts): DetectionCounts => ({
  expected: a.expected + b.expected, found: a.found + b.found, truePositives: a.truePositives + b.truePositives,
});
const zero = (): DetectionCounts => ({ expected: 0, found: 0, truePositives: 0 });
const precision = (c: DetectionCounts): number => (c.found === 0 ? 1 : c.truePositives / c.found);
const recall = (c: DetectionCounts): number => (c.expected === 0 ? 1 : c.truePositives / c.expected);

for (const mode of ['reference', 'compiled'] as EvaluationMode[]) {
  describe(`data protection corpus (${mode})`, () => {
    const detection = load('data-protection.jsonl');
    const outcomes = detection.map((c) => [c, runDataProtectionCase(c, mode)] as [Record<string, unknown>, CaseOutcome]);

    it('meets the precision and recall targets and reports them', () => {
      let certain = zero();
      let overall = zero();
      const byName: Record<string, DetectionCounts> = {};
      for (const [c, o] of outcomes) {
        if (!o.detections) continue;
        overall = sum(overall, o.detections);
        if (c['confidence'] !== 'uncertain') certain = sum(certain, o.detections);
        for (const [n, d] of Object.entries(o.detectionsByName ?? {})) byName[n] = sum(byName[n] ?? zero(), d);
      }
      const ordinary = outcomes.filter(([c]) => String(c['id']).startsWith('dp-x-ord-'));
      const falsePositives = ordinary.reduce((n, [, o]) => n + ((o.detections?.found ?? 0) - (o.detections?.truePositives ?? 0)), 0);
      const weakest = Object.entries(byName)
        .map(([n, d]) => `${n} P=${precision(d).toFixed(3)} R=${recall(d).toFixed(3)}`)
        .filter((line) => !line.endsWith('P=1.000 R=1.000'));
      console.log(
        `[${mode}] passed ${outcomes.filter(([, o]) => o.passed).length}/${outcomes.length}; ` +
          `certain P=${precision(certain).toFixed(4)} R=${recall(certain).toFixed(4)}; overall P=${precision(overall).toFixed(4)} R=${recall(overall).toFixed(4)}; ` +
          `false positives per 1,000 ordinary messages: ${((1000 * falsePositives) / Math.max(1, ordinary.length)).toFixed(1)} (${ordinary.length} messages)\n` +
          `  identifiers below 1.0: ${weakest.join('; ') || 'none'}`,
      );
      expect(precision(certain)).toBeGreaterThanOrEqual(0.98);
      expect(recall(certain)).toBeGreaterThanOrEqual(0.95);
      expect(precision(overall)).toBeGreaterThanOrEqual(0.95);
      expect(recall(overall)).toBeGreaterThanOrEqual(0.9);
    });

    it('passes every case of an identifier with a checksum (certain cases)', () => {
      const failing = outcomes
        .filter(([c, o]) => !o.passed && c['confidence'] !== 'uncertain' && !(String(c['id']) in knownFailing))
        .filter(([c]) => (c['identifiers'] as string[]).some((n) => CHECKSUM.test(n)))
        .map(([c, o]) => `${String(c['id'])}: expected ${o.expected}, got ${o.actual}`);
      expect(failing).toEqual([]);
    });

    it('fails exactly the cases listed in known-failing.json', () => {
      const mine = outcomes.map(([c, o]) => [String(c['id']), o] as const);
      const unexpected = mine.filter(([id, o]) => !o.passed && !(id in knownFailing)).map(([id, o]) => `${id}: expected ${o.expected}, got ${o.actual}`);
      const stale = mine.filter(([id, o]) => o.passed && id in knownFailing).map(([id]) => id);
      expect({ unexpected, stale }).toEqual({ unexpected: [], stale: [] });
    });

    it('passes every whole-policy case', () => {
      const failing = load('data-protection-policies.jsonl')
        .map((c) => [c, runDataProtectionCase(c, mode)] as const)
        .filter(([c, o]) => !o.passed && !(String(c['id']) in knownFailing))
        .map(([c, o]) => `${String(c['id'])}: expected ${o.expected}, got ${o.actual} (${o.detail ?? ''})`);
      expect(failing).toEqual([]);
    });
  });
}
