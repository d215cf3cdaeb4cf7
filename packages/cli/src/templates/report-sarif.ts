/**
 * SARIF 2.1.0 for code-scanning UIs (GitHub, GitLab): one run, tool `arbiter`, one rule per
 * finding code, results with the file (relative to the working directory, `/`-separated) and
 * the start line and column.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from './findings.js';
import type { ValidateSummary } from './summary.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const FAMILIES: Readonly<Record<string, string>> = {
  sns: 'SNS filter policy',
  dp: 'SNS data protection policy',
  iam: 'IAM policy',
  template: 'CloudFormation template',
  json: 'JSON',
  limit: 'limit',
};

/** Builds the SARIF log object (serialise with `JSON.stringify`). */
export function toSarif(findings: readonly Finding[], summary: ValidateSummary, cwd: string, version: string): Record<string, unknown> {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const rules = codes.map((code) => {
    const first = findings.find((f) => f.code === code) as Finding;
    return {
      id: code,
      name: code.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()),
      shortDescription: { text: `${FAMILIES[code.split('.')[0] ?? ''] ?? 'input'}: ${code.split('.').slice(1).join('.').replace(/-/g, ' ')}` },
      defaultConfiguration: { level: first.severity },
      ...(first.help ? { help: { text: first.help } } : {}),
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: f.severity,
    message: { text: f.message + (f.help ? ` (${f.help})` : '') },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactOf(f.file, cwd), region: { startLine: f.line, startColumn: f.column } },
        ...(f.resource ? { logicalLocations: [{ name: f.resource, kind: 'resource' }] } : {}),
      },
    ],
    properties: { pointer: f.pointer, ...(f.policyPointer !== undefined ? { policyPointer: f.policyPointer } : {}), ...(f.policyKind ? { policyKind: f.policyKind } : {}) },
  }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'arbiter', version, rules } }, results, properties: { summary } }],
  };
}

/** Files under the working directory are relative to `%SRCROOT%` (what code scanning expects); others are file URLs. */
function artifactOf(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: rel.split(sep).join('/').replace(/^(\.\/)+/, '').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
