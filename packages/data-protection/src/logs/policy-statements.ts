/**
 * The two statements of a CloudWatch Logs policy: the Audit block (with its FindingsDestination
 * rules) and the Deidentify block. Pointers are into the policy document.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { DpCodes } from '../codes.js';
import type { FindingsDestinations } from '../policy/types.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const STATEMENT_FIELDS = new Set(['Sid', 'DataIdentifier', 'Operation']);
/** Fields SNS statements have and CloudWatch Logs statements do not [doc S6]. */
const SNS_ONLY = new Set(['DataDirection', 'Principal', 'SampleRate', 'NoFindingsDestination', 'RedactConfig', 'Deny']);

/**
 * Destination names as the services accept them: log group names 1–512 of `[.\-_/#A-Za-z0-9]`,
 * Firehose stream names 1–64 of `[a-zA-Z0-9_.-]`, S3 bucket names 3–255 of `[A-Za-z0-9._-]` (the
 * legacy rule, so old buckets and AWS's own `EXISTING_BUCKET` example pass). The destinations must
 * also exist, which only AWS can check.
 */
const DESTINATIONS: Record<string, { field: string; key: keyof FindingsDestinations; valid: RegExp; what: string }> = {
  CloudWatchLogs: { field: 'LogGroup', key: 'cloudWatchLogs', valid: /^[.\-_/#A-Za-z0-9]{1,512}$/, what: 'a log group name' },
  Firehose: { field: 'DeliveryStream', key: 'firehose', valid: /^[a-zA-Z0-9_.-]{1,64}$/, what: 'a Firehose stream name' },
  S3: { field: 'Bucket', key: 's3', valid: /^[A-Za-z0-9._-]{3,255}$/, what: 'an S3 bucket name' },
};

function unsupported(field: string, at: string, out: Diagnostic[]): void {
  out.push(diagnostic(DpCodes.logsUnsupportedField, 'policy', at, `\`${field}\` is an SNS field: CloudWatch Logs data protection policies do not take it`));
}

function checkFields(s: Json, at: string, allowed: ReadonlySet<string>, out: Diagnostic[]): void {
  for (const key of Object.keys(s)) {
    if (allowed.has(key)) continue;
    if (SNS_ONLY.has(key)) unsupported(key, joinPointer(at, key), out);
    else out.push(diagnostic(DpCodes.unknownField, 'policy', joinPointer(at, key), `unknown field \`${key}\``));
  }
}

function readDestination(value: unknown, at: string, out: Diagnostic[]): FindingsDestinations {
  const result: FindingsDestinations = {};
  if (!isObject(value)) {
    out.push(diagnostic(DpCodes.wrongType, 'policy', at, '`FindingsDestination` must be an object (it may be empty: `{}`)'));
    return result;
  }
  for (const [service, body] of Object.entries(value)) {
    const spec = DESTINATIONS[service];
    const path = joinPointer(at, service);
    if (!spec) {
      out.push(diagnostic(DpCodes.unknownField, 'policy', path, `unknown findings destination \`${service}\`: use CloudWatchLogs, Firehose or S3`));
      continue;
    }
    const name = isObject(body) ? body[spec.field] : undefined;
    if (typeof name !== 'string') {
      out.push(diagnostic(DpCodes.missingField, 'policy', joinPointer(path, spec.field), `\`${service}\` needs \`${spec.field}\` (${spec.what})`));
    } else if (!spec.valid.test(name)) {
      out.push(diagnostic(DpCodes.logsInvalidDestination, 'policy', joinPointer(path, spec.field), `\`${name}\` is not ${spec.what}`));
    } else {
      if (spec.key === 'cloudWatchLogs') result.cloudWatchLogs = { logGroup: name };
      if (spec.key === 'firehose') result.firehose = { deliveryStream: name };
      if (spec.key === 's3') result.s3 = { bucket: name };
    }
  }
  return result;
}

function operationOf(s: Json, at: string, expected: 'Audit' | 'Deidentify', code: string, out: Diagnostic[]): Json | undefined {
  checkFields(s, at, STATEMENT_FIELDS, out);
  const op = s['Operation'];
  const path = joinPointer(at, 'Operation');
  if (!isObject(op) || Object.keys(op).length !== 1 || !isObject(op[expected])) {
    const block = expected === 'Audit' ? 'first' : 'second';
    out.push(diagnostic(code, 'policy', path, `the ${block} statement's \`Operation\` must be exactly \`{"${expected}": {…}}\``));
    return undefined;
  }
  return op[expected] as Json;
}

/** The Audit block: its FindingsDestination (required, may be `{}`), or undefined when malformed. */
export function readAuditBlock(s: Json, at: string, out: Diagnostic[]): FindingsDestinations | undefined {
  const audit = operationOf(s, at, 'Audit', DpCodes.logsAuditFirst, out);
  if (!audit) return undefined;
  const path = joinPointer(at, 'Operation', 'Audit');
  checkFields(audit, path, new Set(['FindingsDestination']), out);
  if (!('FindingsDestination' in audit)) {
    out.push(diagnostic(DpCodes.logsFindingsDestinationRequired, 'policy', joinPointer(path, 'FindingsDestination'), 'this Audit action must contain a FindingsDestination object (it may be empty: `{}`)'));
    return undefined;
  }
  return readDestination(audit['FindingsDestination'], joinPointer(path, 'FindingsDestination'), out);
}

/** The Deidentify block: `{"MaskConfig": {}}` and nothing else. */
export function readDeidentifyBlock(s: Json, at: string, out: Diagnostic[]): void {
  const deidentify = operationOf(s, at, 'Deidentify', DpCodes.logsDeidentifySecond, out);
  if (!deidentify) return;
  const path = joinPointer(at, 'Operation', 'Deidentify');
  if ('RedactConfig' in deidentify) {
    out.push(diagnostic(DpCodes.logsRedactUnsupported, 'policy', joinPointer(path, 'RedactConfig'), 'CloudWatch Logs masks sensitive data; use `"MaskConfig": {}` (there is no RedactConfig)'));
  }
  for (const key of Object.keys(deidentify)) {
    if (key !== 'MaskConfig' && key !== 'RedactConfig') out.push(diagnostic(DpCodes.unknownField, 'policy', joinPointer(path, key), `unknown field \`${key}\``));
  }
  const mask = deidentify['MaskConfig'];
  if (mask === undefined) out.push(diagnostic(DpCodes.missingField, 'policy', joinPointer(path, 'MaskConfig'), 'the Deidentify action must contain the `"MaskConfig": {}` object'));
  else if (!isObject(mask) || Object.keys(mask).length > 0) {
    out.push(diagnostic(DpCodes.logsMaskConfigNotEmpty, 'policy', joinPointer(path, 'MaskConfig'), 'the `"MaskConfig": {}` object must be empty'));
  }
}
