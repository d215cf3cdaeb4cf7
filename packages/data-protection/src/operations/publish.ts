/**
 * The publish/deliver flow [doc S1; order per spec "Evaluation semantics"]:
 * inbound statements for the publisher → Audit (sampled, on the original) → Deny (publish refused)
 * → De-identify; then for each subscription, outbound statements for its principal → Deny (not
 * delivered) or De-identify, on the message as inbound de-identification left it.
 */
import { randomUUID } from 'node:crypto';
import { Arg, callBack, diagnostic, readGuarded, fail, ok, type EvaluationMode, type Result } from '@arbiter/ir';
import { parseDataProtectionPolicy } from '../policy/parse.js';
import type { DataProtectionPolicy, DataDirection, PolicyStatement } from '../policy/types.js';
import type { Finding } from '../scan/detector.js';
import { auditMessage, type AuditOutcome } from './audit.js';
import { deidentifyText, type Replacement } from './deidentify.js';
import { inboundDenyError, outboundDenyFailure, type DeliveryFailure, type PublishError } from './deny.js';
import { scanForStatements } from './scan-statements.js';
import { readPublishRequest } from './publish-request.js';
import { selectStatements } from './select.js';
import { DpCodes } from '../codes.js';

/** SNS's maximum message size (256 KiB). */
export const MAX_MESSAGE_BYTES = 262_144;

export interface PublishRequest {
  message: string;
  /** The authenticated principal calling Publish. */
  principal: string;
  /** Subscription name → SubscriptionPrincipal ARN (or objects with an optional subscription ARN). */
  subscriptions?: Record<string, string | { principal: string; arn?: string }>;
  /** Random source in [0, 1) for Audit sampling. Default Math.random. */
  random?: () => number;
  /** Forces Audit's sampling decision (conformance cases say `sampled: true`). */
  sampled?: boolean;
  messageId?: string;
  now?: Date;
  topicArn?: string;
  mode?: EvaluationMode;
}

export type Delivery = { delivered: true; message: string; findings: Finding[] } | ({ delivered: false; findings: Finding[] } & DeliveryFailure);

export interface PublishOutcome {
  published: boolean;
  error?: PublishError;
  /** The message after inbound de-identification (what subscribers start from). */
  message?: string;
  inboundFindings: Finding[];
  audit?: AuditOutcome;
  deliveries: Record<string, Delivery>;
}

type Step = { denied?: PolicyStatement; text: string; findings: Finding[] };

/** Runs Deny and Deidentify statements of one direction over `text`. */
function protect(policy: DataProtectionPolicy, direction: DataDirection, principal: string, text: string, mode: EvaluationMode, audit?: (s: PolicyStatement, f: Finding[]) => void): Step {
  const statements = selectStatements(policy, direction, principal, mode);
  const found = scanForStatements(policy, statements, text, mode);
  const all = [...new Set([...found.values()].flat())];
  const auditStatement = statements.find((s) => s.operation.kind === 'Audit');
  if (auditStatement && audit) audit(auditStatement, found.get(auditStatement) ?? []);
  const denied = statements.find((s) => s.operation.kind === 'Deny' && (found.get(s)?.length ?? 0) > 0);
  if (denied) return { denied, text, findings: all };
  const edits: Array<{ finding: Finding; replacement: Replacement }> = [];
  for (const s of statements) {
    const op = s.operation;
    if (op.kind !== 'Deidentify') continue;
    const replacement: Replacement = 'redact' in op ? { redact: true } : { mask: op.mask.character };
    for (const finding of found.get(s) ?? []) edits.push({ finding, replacement });
  }
  return { text: deidentifyText(text, edits), findings: all };
}

/** Publishes `request.message` to a topic protected by `policy` (a parsed policy, or JSON text/value). */
export function publishMessage(policy: DataProtectionPolicy | unknown, given: PublishRequest): Result<PublishOutcome> {
  const parsed = readGuarded(() => (isParsedPolicy(policy) ? ok(policy) : parseDataProtectionPolicy(policy)), 'policy', 'policy');
  if (!parsed.ok) return parsed;
  const read = readPublishRequest(given);
  if (!read.ok) return read;
  const request = read.value;
  if (typeof request.message !== 'string') return fail([diagnostic(DpCodes.messageNotText, 'message', '', 'the message must be a string')]);
  if (Buffer.byteLength(request.message, 'utf8') > MAX_MESSAGE_BYTES) {
    return fail([diagnostic(DpCodes.messageTooLarge, 'message', '', `Invalid parameter: Message too long`, { params: { limit: MAX_MESSAGE_BYTES } })]);
  }
  const mode = request.mode ?? 'compiled';
  const p = parsed.value;
  let audit: AuditOutcome | undefined;
  // A caller's `random` that throws or returns something odd fails the publish with a diagnostic.
  let randomFailed: Result<never> | undefined;
  const random = (): number => {
    const r = callBack(request.random ?? Math.random, Arg.unitInterval, 'request.random');
    if (r.ok) return r.value;
    randomFailed ??= r as Result<never>;
    return 1;
  };
  const inbound = protect(p, 'Inbound', request.principal, request.message, mode, (s, findings) => {
    if (s.operation.kind !== 'Audit') return;
    const input = {
      operation: s.operation, findings, random, messageId: request.messageId ?? randomUUID(),
      now: request.now ?? new Date(), callerPrincipal: request.principal, resourceArn: request.topicArn ?? 'arn:aws:sns:us-east-1:000000000000:topic',
    };
    audit = auditMessage(request.sampled === undefined ? input : { ...input, sampled: request.sampled });
  });
  if (randomFailed) return randomFailed;
  const outcome: PublishOutcome = { published: false, inboundFindings: inbound.findings, deliveries: {} };
  if (audit) outcome.audit = audit;
  if (inbound.denied) return ok({ ...outcome, error: inboundDenyError(inbound.denied.id) });
  if (inbound.text.length === 0 && request.message.length > 0) {
    // "If the entire message is sensitive" the publish fails [doc S1].
    return ok({ ...outcome, error: { code: 'AuthorizationError', statusCode: 403, message: 'the entire message is sensitive data' } });
  }
  outcome.published = true;
  outcome.message = inbound.text;
  for (const [name, sub] of Object.entries(request.subscriptions ?? {})) {
    const principal = typeof sub === 'string' ? sub : sub.principal;
    const arn = typeof sub === 'string' ? `${request.topicArn ?? 'arn:aws:sns:us-east-1:000000000000:topic'}:${name}` : (sub.arn ?? name);
    const out = protect(p, 'Outbound', principal, inbound.text, mode);
    outcome.deliveries[name] = out.denied
      ? { delivered: false, findings: out.findings, ...outboundDenyFailure(arn) }
      : { delivered: true, message: out.text, findings: out.findings };
  }
  return ok(outcome);
}

function isParsedPolicy(value: unknown): value is DataProtectionPolicy {
  return typeof value === 'object' && value !== null && Array.isArray((value as DataProtectionPolicy).statements) && (value as DataProtectionPolicy).version === '2021-06-01';
}
