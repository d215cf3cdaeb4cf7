/** Reads a statement's `Operation`: exactly one of Audit, Deny, Deidentify, each with its rules. */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import type { FindingsDestinations, Operation } from './types.js';
import { DpCodes } from '../codes.js';

type Json = Record<string, unknown>;

/** Printable ASCII that is not a letter or digit [spec: AWS's table is missing from the archive]. */
const MASK_CHARACTER = /^[!-/:-@[-`{-~]$/;

function readSampleRate(value: unknown, at: string, out: Diagnostic[]): number {
  const text = String(value);
  if (!/^\d{1,2}$/.test(text)) {
    out.push(diagnostic(DpCodes.sampleRate, 'policy', at, `\`SampleRate\` must be an integer from 0 to 99, got \`${text}\``));
    return 0;
  }
  return Number(text);
}

function readDestinations(value: Json | undefined, at: string, out: Diagnostic[]): FindingsDestinations | undefined {
  if (!value) return undefined;
  const d: FindingsDestinations = {};
  const logs = value['CloudWatchLogs'] as Json | undefined;
  if (logs) {
    const logGroup = String(logs['LogGroup']);
    if (!logGroup.startsWith('/aws/vendedlogs/')) {
      out.push(diagnostic(DpCodes.logGroupPrefix, 'policy', joinPointer(at, 'CloudWatchLogs', 'LogGroup'), `log group \`${logGroup}\` must start with \`/aws/vendedlogs/\``));
    }
    d.cloudWatchLogs = { logGroup };
  }
  const firehose = value['Firehose'] as Json | undefined;
  if (firehose) d.firehose = { deliveryStream: String(firehose['DeliveryStream']) };
  const s3 = value['S3'] as Json | undefined;
  if (s3) d.s3 = { bucket: String(s3['Bucket']) };
  return d;
}

function readAudit(audit: Json, at: string, out: Diagnostic[]): Operation {
  const sampleRate = readSampleRate(audit['SampleRate'], joinPointer(at, 'SampleRate'), out);
  const findings = readDestinations(audit['FindingsDestination'] as Json | undefined, joinPointer(at, 'FindingsDestination'), out);
  const noFindings = readDestinations(audit['NoFindingsDestination'] as Json | undefined, joinPointer(at, 'NoFindingsDestination'), out);
  if (!findings && !noFindings) {
    out.push(diagnostic(DpCodes.auditDestination, 'policy', at, 'an Audit operation needs `FindingsDestination` or `NoFindingsDestination`'));
  }
  const op: Operation = { kind: 'Audit', sampleRate };
  if (findings) op.findingsDestination = findings;
  if (noFindings) op.noFindingsDestination = noFindings;
  return op;
}

function readDeidentify(config: Json, at: string, out: Diagnostic[]): Operation | undefined {
  const mask = config['MaskConfig'] as Json | undefined;
  const redact = config['RedactConfig'];
  if ((mask === undefined) === (redact === undefined)) {
    out.push(diagnostic(DpCodes.deidentifyConfig, 'policy', at, 'Deidentify needs exactly one of `MaskConfig` and `RedactConfig`'));
    return undefined;
  }
  if (redact !== undefined) return { kind: 'Deidentify', redact: true };
  const character = mask!['MaskWithCharacter'] === undefined ? '*' : String(mask!['MaskWithCharacter']);
  if (!MASK_CHARACTER.test(character)) {
    out.push(diagnostic(DpCodes.maskCharacter, 'policy', joinPointer(at, 'MaskConfig', 'MaskWithCharacter'), `mask character \`${character}\` must be one printable ASCII symbol such as \`*\` or \`#\``));
  }
  return { kind: 'Deidentify', mask: { character } };
}

/** The operation, or undefined (with a diagnostic) when it is not exactly one valid operation. */
export function readOperation(operation: Json, at: string, out: Diagnostic[]): Operation | undefined {
  const names = Object.keys(operation);
  if (names.length !== 1) {
    out.push(diagnostic(DpCodes.operationCount, 'policy', at, `every policy statement must specify exactly one operation, got ${names.length}`));
    return undefined;
  }
  const name = names[0]!;
  const body = operation[name] as Json;
  const path = joinPointer(at, name);
  if (name === 'Audit') return readAudit(body, path, out);
  if (name === 'Deidentify') return readDeidentify(body, path, out);
  if (Object.keys(body).length > 0) out.push(diagnostic(DpCodes.denyConfig, 'policy', path, 'the Deny operation takes an empty object `{}`'));
  return { kind: 'Deny' };
}
