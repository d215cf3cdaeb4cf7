/**
 * `arbiter validate --format sarif` output is valid against the official OASIS SARIF 2.1.0 schema
 * (test/fixtures/sarif-schema-2.1.0.json, the errata01 text from oasis-tcs/sarif-spec) and
 * carries what GitHub code scanning uses: rule metadata with helpUri, partialFingerprints, the
 * tool's version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const cliVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function sarifOf(paths: string[]): Promise<Log> {
  const r = await cli(['--format', 'sarif', 'validate', ...paths]);
  expect(r.code).toBeLessThanOrEqual(1);
  return r.json() as Log;
}

describe('SARIF against the OASIS 2.1.0 schema', () => {
  it('the schema rejects a log that breaks it (the check can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  for (const target of ['examples/bad-template.yaml', 'examples/sam-template/template.yaml']) {
    it(`${target}: valid, with rule metadata, helpUri, fingerprints and the version`, async () => {
      const log = await sarifOf([join('examples', target.slice('examples/'.length))]);
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      const run = log.runs[0]!;
      expect(run.tool.driver.version).toBe(cliVersion);
      const rules = run.tool.driver.rules ?? [];
      for (const rule of rules) {
        expect(rule.helpUri).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        expect(rule.shortDescription?.text).toBeTruthy();
        expect(rule.fullDescription?.text).toBeTruthy();
        expect(['error', 'warning']).toContain(rule.defaultConfiguration?.level);
      }
      for (const result of run.results ?? []) {
        expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
        expect(result.partialFingerprints?.['arbiterFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
        expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      }
    });
  }

  it('the bad template yields findings, all valid', async () => {
    const log = await sarifOf(['examples/bad-template.yaml']);
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(validate(log)).toBe(true);
  });

  it('fingerprints follow a finding when lines above it move, and differ between findings', async () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"${aws:PrincipalTag/team"}}}]}';
    const f = files({ 'a.json': policy, 'b.json': `\n\n\n${policy}` });
    const [a, b] = [await sarifOf([f['a.json']!]), await sarifOf([f['b.json']!])];
    const ra = a.runs[0]!.results!;
    const rb = b.runs[0]!.results!;
    expect(ra.length).toBeGreaterThan(0);
    expect(rb[0]!.locations![0]!.physicalLocation!.region!.startLine).not.toBe(ra[0]!.locations![0]!.physicalLocation!.region!.startLine);
    // Different files: different fingerprints; same file name would give the same one.
    expect(rb[0]!.partialFingerprints).not.toEqual(ra[0]!.partialFingerprints);
    const again = await sarifOf([f['a.json']!]);
    expect(again.runs[0]!.results![0]!.partialFingerprints).toEqual(ra[0]!.partialFingerprints);
  });
});
