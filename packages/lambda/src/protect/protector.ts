/**
 * Protecting an outgoing payload with an SNS data protection policy, as SNS would on Publish:
 * Audit (findings logged in AWS's audit record shape), Deny (the payload is refused, 403), or
 * De-identify (redact or mask). With `deliverTo`, the policy's Outbound statements for that
 * subscription principal run too, as on delivery.
 */
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '@arbiter/ir';
import { parseDataProtectionPolicy, publishMessage, type DataProtectionPolicy, type Finding } from '@arbiter/data-protection';
import type { Logger } from '../logger.js';

export interface DataProtectionOptions {
  /** The data protection policy (JSON text, object, or parsed policy). */
  policy: unknown;
  /** The publisher's principal ARN, matched against Inbound statements (e.g. the function's role). */
  principal: string;
  /** A subscription principal ARN: its Outbound statements also apply. */
  deliverTo?: string;
  /** The resource the audit record names. Default a placeholder topic ARN. */
  resourceArn?: string;
  /** Audit records (AWS's shape) are logged at info level here, for sampled messages. */
  logger?: Logger;
  /** Random source in [0, 1) for Audit sampling. Default Math.random. */
  random?: () => number;
}

export type ProtectedPayload =
  | { allowed: true; text: string; findings: Finding[] }
  | { allowed: false; statusCode: 403; code: 'AuthorizationError'; message: string; findings: Finding[] };

export interface PayloadProtector {
  /** Protects one payload's text; fails only on input that is not text or is too large. */
  protect(text: string): Result<ProtectedPayload>;
}

const DEFAULT_RESOURCE = 'arn:aws:sns:us-east-1:000000000000:arbiter-lambda';

/** Parses the policy once (cold start); fails with its diagnostics. */
export function createPayloadProtector(options: DataProtectionOptions): Result<PayloadProtector> {
  const parsed = parseDataProtectionPolicy(options.policy);
  if (!parsed.ok) return parsed;
  const policy: DataProtectionPolicy = parsed.value;
  return ok({
    protect(text) {
      const outcome = publishMessage(policy, {
        message: text,
        principal: options.principal,
        topicArn: options.resourceArn ?? DEFAULT_RESOURCE,
        messageId: randomUUID(),
        ...(options.random ? { random: options.random } : {}),
        ...(options.deliverTo ? { subscriptions: { delivery: options.deliverTo } } : {}),
      });
      if (!outcome.ok) return fail(outcome.diagnostics);
      const o = outcome.value;
      if (o.audit?.record) options.logger?.info('arbiter: data protection audit', o.audit.record);
      if (o.error) return ok({ allowed: false, statusCode: 403, code: o.error.code, message: o.error.message, findings: o.inboundFindings });
      const delivery = o.deliveries['delivery'];
      if (delivery && !delivery.delivered) {
        return ok({ allowed: false, statusCode: 403, code: 'AuthorizationError', message: delivery.providerResponse, findings: delivery.findings });
      }
      const findings = delivery ? [...o.inboundFindings, ...delivery.findings] : o.inboundFindings;
      return ok({ allowed: true, text: delivery?.delivered ? delivery.message : (o.message ?? text), findings });
    },
  });
}
