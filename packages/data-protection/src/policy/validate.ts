/**
 * Semantic checks after the schema: version, one operation per statement, at most one Audit,
 * SampleRate, destinations, mask/redact, principals and identifiers. Produces the typed policy.
 * AWS publishes no message texts for InvalidParameter, so ours are lowercase one-liners.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { compileCustomIdentifiers, type CustomIdentifier } from '../identifiers/custom.js';
import { findManagedIdentifier, parseIdentifierArn } from '../identifiers/registry.js';
import { isPolicyPrincipal } from './principal.js';
import type { DataProtectionPolicy, Operation, PolicyStatement } from './types.js';
import { readOperation } from './validate-operation.js';
import { DpCodes } from '../codes.js';

type Json = Record<string, unknown>;

export interface ValidateOptions {
  /** Reject Outbound Deidentify statements as the 2022 docs did ("inbound messages only"). Default false. */
  inboundOnlyDeidentify?: boolean;
}

/** Reads a `DataIdentifier` list: managed ARNs (to names) and declared custom names. */
export function readIdentifiers(list: string[], at: string, custom: ReadonlySet<string>, out: Diagnostic[]): string[] {
  const names: string[] = [];
  list.forEach((entry, i) => {
    const path = joinPointer(at, i);
    const managed = parseIdentifierArn(entry);
    if (managed !== undefined) {
      if (findManagedIdentifier(managed)) names.push(managed);
      else out.push(diagnostic(DpCodes.unknownIdentifier, 'policy', path, `unknown managed data identifier \`${entry}\``));
    } else if (custom.has(entry)) names.push(entry);
    else if (findManagedIdentifier(entry)) {
      out.push(diagnostic(DpCodes.identifierNotArn, 'policy', path, `managed data identifier \`${entry}\` must be given as its ARN`, { help: `use \`arn:aws:dataprotection::aws:data-identifier/${entry}\`` }));
    } else out.push(diagnostic(DpCodes.unknownCustomIdentifier, 'policy', path, `\`${entry}\` is neither a managed data identifier ARN nor a custom data identifier of this policy`));
  });
  return names;
}

function readStatement(s: Json, at: string, custom: ReadonlySet<string>, options: ValidateOptions, out: Diagnostic[]): PolicyStatement | undefined {
  const direction = s['DataDirection'] as PolicyStatement['direction'];
  const principals = s['Principal'] as string[];
  principals.forEach((p, i) => {
    if (!isPolicyPrincipal(p)) out.push(diagnostic(DpCodes.invalidPrincipal, 'policy', joinPointer(at, 'Principal', i), `\`${p}\` is not \`*\`, an account id, or an IAM root, role or user ARN`));
  });
  const identifiers = readIdentifiers(s['DataIdentifier'] as string[], joinPointer(at, 'DataIdentifier'), custom, out);
  const operation: Operation | undefined = readOperation(s['Operation'] as Json, joinPointer(at, 'Operation'), out);
  if (operation?.kind === 'Audit' && direction !== 'Inbound') {
    out.push(diagnostic(DpCodes.auditOutbound, 'policy', joinPointer(at, 'DataDirection'), 'an Audit statement samples inbound messages: `DataDirection` must be `Inbound`'));
  }
  if (operation?.kind === 'Deidentify' && direction === 'Outbound') {
    out.push(diagnostic(DpCodes.deidentifyOutbound, 'policy', joinPointer(at, 'DataDirection'), 'the 2022 SNS documentation allows Deidentify on inbound messages only', {
      severity: options.inboundOnlyDeidentify ? 'error' : 'warning',
    }));
  }
  if (!operation) return undefined;
  const statement: PolicyStatement = { id: typeof s['Sid'] === 'string' ? s['Sid'] : `statement-${at.split('/').pop()}`, direction, principals, identifiers, operation, at };
  if (typeof s['Sid'] === 'string') statement.sid = s['Sid'];
  return statement;
}

/** Validates a schema-checked policy document; returns the typed policy and every problem. */
export function validatePolicyDocument(doc: Json, options: ValidateOptions = {}): { policy: DataProtectionPolicy; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  if (doc['Version'] !== '2021-06-01') {
    out.push(diagnostic(DpCodes.unsupportedVersion, 'policy', '/Version', `unsupported policy version \`${String(doc['Version'])}\`: the only version is \`2021-06-01\``));
  }
  const specs = (((doc['Configuration'] as Json | undefined)?.['CustomDataIdentifier'] ?? []) as Json[]).map((c) => ({ name: String(c['Name']), regex: String(c['Regex']) }));
  const compiled = compileCustomIdentifiers(specs);
  const custom: CustomIdentifier[] = compiled.ok ? compiled.value : [];
  if (!compiled.ok) out.push(...compiled.diagnostics);
  const customNames = new Set(specs.map((c) => c.name));
  const statements: PolicyStatement[] = [];
  let audit: string | undefined;
  (doc['Statement'] as Json[]).forEach((s, i) => {
    const at = joinPointer('/Statement', i);
    const statement = readStatement(s, at, customNames, options, out);
    if (!statement) return;
    if (statement.operation.kind === 'Audit') {
      if (audit !== undefined) out.push(diagnostic(DpCodes.multipleAudit, 'policy', joinPointer(at, 'Operation', 'Audit'), `a policy may have only one Audit statement; \`${audit}\` is the first`));
      audit ??= at;
    }
    statements.push(statement);
  });
  const policy: DataProtectionPolicy = { name: String(doc['Name']), version: '2021-06-01', statements, custom };
  if (typeof doc['Description'] === 'string') policy.description = doc['Description'];
  return { policy, diagnostics: out };
}
