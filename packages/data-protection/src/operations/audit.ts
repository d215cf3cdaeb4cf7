/**
 * Audit: samples inbound messages at `SampleRate` percent (through an injectable random source),
 * and for each sampled message writes one record to the findings or no-findings destination and
 * counts it in `MessagesWithFindings` / `MessagesWithNoFindings`. SampleRate 0 audits nothing
 * [unknown at AWS; our choice].
 */
import { formatAuditRecord, type AuditRecord } from '../findings/format.js';
import type { FindingsDestinations, Operation } from '../policy/types.js';
import type { Finding } from '../scan/detector.js';

export interface AuditOutcome {
  sampled: boolean;
  record?: AuditRecord;
  /** Where the record goes: FindingsDestination when there are findings, else NoFindingsDestination. */
  destination?: FindingsDestinations;
  metrics: { MessagesWithFindings: number; MessagesWithNoFindings: number };
}

export interface AuditInput {
  operation: Extract<Operation, { kind: 'Audit' }>;
  findings: readonly Finding[];
  /** Forces the sampling decision; otherwise `random() * 100 < SampleRate`. */
  sampled?: boolean;
  random: () => number;
  messageId: string;
  now: Date;
  callerPrincipal: string;
  resourceArn: string;
}

/** Runs the Audit operation on the original (not yet de-identified) message's findings. */
export function auditMessage(input: AuditInput): AuditOutcome {
  const sampled = input.sampled ?? input.random() * 100 < input.operation.sampleRate;
  if (!sampled) return { sampled, metrics: { MessagesWithFindings: 0, MessagesWithNoFindings: 0 } };
  const withFindings = input.findings.length > 0;
  const outcome: AuditOutcome = {
    sampled,
    record: formatAuditRecord({ ...input, findings: input.findings }),
    metrics: { MessagesWithFindings: withFindings ? 1 : 0, MessagesWithNoFindings: withFindings ? 0 : 1 },
  };
  const destination = withFindings ? input.operation.findingsDestination : input.operation.noFindingsDestination;
  if (destination) outcome.destination = destination;
  return outcome;
}
