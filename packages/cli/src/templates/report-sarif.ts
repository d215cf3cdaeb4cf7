/**
 * SARIF 2.1.0 that GitHub code scanning accepts (checked against the OASIS schema in tests): one
 * run, tool `arbiter` with its version and a rule per finding code (descriptions, `helpUri` to
 * AWS's page for the policy language, default level, tags), results with the file (relative to
 * the working directory, `/`-separated), line and column, and `partialFingerprints` that follow a
 * finding across edits that move it (code + file + pointer, not the line).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, ReportingDescriptor, Result as SarifResult } from 'sarif';
import type { Finding } from './findings.js';
import type { ValidateSummary } from './summary.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Per code family: what it checks and AWS's page about it (the rule's `helpUri`). */
const FAMILIES: Readonly<Record<string, { name: string; tag: string; helpUri: string }>> = {
  sns: { name: 'SNS filter policy', tag: 'sns-filter-policy', helpUri: 'https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html' },
  dp: { name: 'SNS data protection policy', tag: 'sns-data-protection', helpUri: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-data-protection-policies.html' },
  iam: { name: 'IAM policy', tag: 'iam-policy', helpUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html' },
  events: { name: 'event pattern', tag: 'event-pattern', helpUri: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html' },
  template: { name: 'CloudFormation template', tag: 'cloudformation', helpUri: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html' },
};
const POLICY_FAMILY: Readonly<Record<string, string>> = { 'sns-filter': 'sns', 'data-protection': 'dp', iam: 'iam', 'event-pattern': 'events' };
const GENERIC: Readonly<Record<string, string>> = { json: 'JSON', limit: 'limit', input: 'input' };

/** The family of a code: its prefix, or (for shared `json.*`/`limit.*` codes) the policy it was found in. */
function familyOf(code: string, finding: Finding): { name: string; tag: string; helpUri: string } {
  const prefix = code.split('.')[0] ?? '';
  const own = FAMILIES[prefix] ?? FAMILIES[POLICY_FAMILY[finding.policyKind ?? ''] ?? ''] ?? FAMILIES['template']!;
  return GENERIC[prefix] ? { ...own, name: `${own.name} (${GENERIC[prefix]})` } : own;
}

function ruleOf(code: string, first: Finding): ReportingDescriptor {
  const family = familyOf(code, first);
  const words = code.split('.').slice(1).join('.').replace(/-/g, ' ');
  return {
    id: code,
    name: code.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()),
    shortDescription: { text: `${family.name}: ${words}` },
    fullDescription: { text: `${family.name}: ${words}. Reported by \`arbiter validate\` with the JSON pointer of the value at fault.` },
    helpUri: family.helpUri,
    help: { text: first.help ?? `See ${family.helpUri}`, markdown: `${first.help ? `${first.help}\n\n` : ''}[${family.name} on AWS](${family.helpUri})` },
    defaultConfiguration: { level: first.severity },
    properties: { tags: ['aws', family.tag], precision: 'very-high' },
  };
}

/** A fingerprint that survives line moves: the code, the file and the pointer of the value. */
function fingerprintOf(f: Finding, uri: string): string {
  return createHash('sha256').update([f.code, uri, f.pointer, f.resource ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

/** Builds the SARIF log object (serialise with `JSON.stringify`). */
export function toSarif(findings: readonly Finding[], summary: ValidateSummary, cwd: string, version: string): Log {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const rules = codes.map((code) => ruleOf(code, findings.find((f) => f.code === code) as Finding));
  const results: SarifResult[] = findings.map((f) => {
    const artifact = artifactOf(f.file, cwd);
    return {
      ruleId: f.code,
      ruleIndex: codes.indexOf(f.code),
      level: f.severity,
      message: { text: f.message + (f.help ? ` (${f.help})` : '') },
      locations: [
        {
          physicalLocation: { artifactLocation: artifact, region: { startLine: f.line, startColumn: f.column } },
          ...(f.resource ? { logicalLocations: [{ name: f.resource, kind: 'resource' }] } : {}),
        },
      ],
      partialFingerprints: { 'arbiterFinding/v1': fingerprintOf(f, artifact.uri ?? f.file) },
      properties: { pointer: f.pointer, ...(f.policyPointer !== undefined ? { policyPointer: f.policyPointer } : {}), ...(f.policyKind ? { policyKind: f.policyKind } : {}) },
    };
  });
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'arbiter', version, semanticVersion: version, rules } },
      results,
      columnKind: 'utf16CodeUnits',
      properties: { summary: { ...summary } },
    }],
  };
}

/** Files under the working directory are relative to `%SRCROOT%` (what code scanning expects); others are file URLs. */
function artifactOf(file: string, cwd: string): ArtifactLocation {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: rel.split(sep).join('/').replace(/^(\.\/)+/, '').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
