/**
 * CloudWatch Logs data protection policies: parse → validate. The same language as SNS (`Version`
 * 2021-06-01) with CloudWatch Logs' shape [doc S6, CWL PutDataProtectionPolicy/PutAccountPolicy]:
 * exactly two statements, the first an Audit whose `FindingsDestination` object is required (it may
 * be `{}`), the second a Deidentify with an empty `MaskConfig`, both over the same identifiers; no
 * `DataDirection`, `Principal`, `SampleRate`, `NoFindingsDestination` or `RedactConfig`.
 */
import { diagnostic, fail, joinPointer, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
import { DpCodes } from '../codes.js';
import { compileCustomIdentifiers } from '../identifiers/custom.js';
import { readPolicyJson } from '../policy/read-json.js';
import { readIdentifiers } from '../policy/validate.js';
import type { LogsDataProtectionPolicy, LogsPolicyScope } from './types.js';
import { readAuditBlock, readDeidentifyBlock } from './policy-statements.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const TOP_FIELDS = new Set(['Name', 'Description', 'Version', 'Statement', 'Configuration']);

export interface LogsPolicyOptions {
  /** `log-group` (PutDataProtectionPolicy, default) or `account` (PutAccountPolicy). */
  scope?: LogsPolicyScope;
}

/** The identifier ARN with its partition normalised (`arn:aws-cn:` and `arn:aws-us-gov:` name the same identifiers). */
const normaliseArn = (entry: string): string => entry.replace(/^arn:aws-(?:cn|us-gov):dataprotection::/, 'arn:aws:dataprotection::');

function readList(statement: Json, at: string, custom: ReadonlySet<string>, out: Diagnostic[]): string[] | undefined {
  const list = statement['DataIdentifier'];
  const path = joinPointer(at, 'DataIdentifier');
  if (list === undefined) return void out.push(diagnostic(DpCodes.missingField, 'policy', path, 'missing required field `DataIdentifier`'));
  if (!Array.isArray(list) || list.length === 0 || !list.every((e) => typeof e === 'string')) {
    return void out.push(diagnostic(DpCodes.wrongType, 'policy', path, '`DataIdentifier` must be a non-empty array of identifier ARNs or custom identifier names'));
  }
  return readIdentifiers((list as string[]).map(normaliseArn), path, custom, out);
}

function readCustom(doc: Json, out: Diagnostic[]): { custom: LogsDataProtectionPolicy['custom']; names: Set<string> } {
  const config = doc['Configuration'];
  const list = isObject(config) ? config['CustomDataIdentifier'] : undefined;
  if (config !== undefined && (!isObject(config) || (list !== undefined && !Array.isArray(list)))) {
    out.push(diagnostic(DpCodes.wrongType, 'policy', '/Configuration', '`Configuration` must be an object whose `CustomDataIdentifier` is an array'));
    return { custom: [], names: new Set() };
  }
  const specs = ((list ?? []) as unknown[]).map((c) => (isObject(c) ? { name: String(c['Name'] ?? ''), regex: String(c['Regex'] ?? '') } : { name: '', regex: '' }));
  const compiled = compileCustomIdentifiers(specs);
  if (!compiled.ok) out.push(...compiled.diagnostics);
  return { custom: compiled.ok ? compiled.value : [], names: new Set(specs.map((s) => s.name)) };
}

/** Parses and validates a CloudWatch Logs data protection policy given as JSON text or a parsed value. */
export function parseLogsDataProtectionPolicy(input: unknown, options: LogsPolicyOptions = {}): Result<LogsDataProtectionPolicy> {
  const parsed = readPolicyJson(input);
  if (!parsed.ok) return parsed;
  const doc = parsed.value.value;
  if (!isObject(doc)) return fail([diagnostic(DpCodes.wrongType, 'policy', '', 'the policy must be a JSON object')]);
  const out: Diagnostic[] = [...parsed.warnings];
  for (const key of Object.keys(doc)) if (!TOP_FIELDS.has(key)) out.push(diagnostic(DpCodes.unknownField, 'policy', joinPointer('', key), `unknown field \`${key}\``));
  if (typeof doc['Name'] !== 'string') out.push(diagnostic(DpCodes.missingField, 'policy', '/Name', 'missing required field `Name` (a string)'));
  if (doc['Version'] !== '2021-06-01') {
    out.push(diagnostic(DpCodes.unsupportedVersion, 'policy', '/Version', `unsupported policy version \`${String(doc['Version'])}\`: the only version is \`2021-06-01\``));
  }
  const { custom, names } = readCustom(doc, out);
  const statements = doc['Statement'];
  if (!Array.isArray(statements) || statements.length !== 2 || !statements.every(isObject)) {
    out.push(diagnostic(DpCodes.logsStatementCount, 'policy', '/Statement', 'a CloudWatch Logs data protection policy must include two statements: an Audit block, then a Deidentify block'));
    return fail(out);
  }
  const [first, second] = statements as [Json, Json];
  const audit = readAuditBlock(first, '/Statement/0', out);
  readDeidentifyBlock(second, '/Statement/1', out);
  const auditIds = readList(first, '/Statement/0', names, out);
  const maskIds = readList(second, '/Statement/1', names, out);
  if (auditIds && maskIds && [...auditIds].sort().join('\n') !== [...maskIds].sort().join('\n')) {
    out.push(diagnostic(DpCodes.logsIdentifiersDiffer, 'policy', '/Statement/1/DataIdentifier', 'the DataIdentifier array must exactly match the DataIdentifier array in the first block of the policy'));
  }
  const policy: LogsDataProtectionPolicy = {
    scope: options.scope ?? 'log-group', name: String(doc['Name']), version: '2021-06-01',
    identifiers: auditIds ?? [], custom, findingsDestination: audit ?? {},
  };
  if (typeof doc['Description'] === 'string') policy.description = doc['Description'];
  if (typeof first['Sid'] === 'string') policy.auditSid = first['Sid'];
  if (typeof second['Sid'] === 'string') policy.deidentifySid = second['Sid'];
  return resultOf(policy, out);
}
