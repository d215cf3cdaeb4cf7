/** CloudWatch Logs data protection: the typed policy, log events and the outcome of protecting them. */
import type { CustomIdentifier } from '../identifiers/custom.js';
import type { FindingsDestinations } from '../policy/types.js';
import type { Finding } from '../scan/detector.js';

/** A log-group policy (PutDataProtectionPolicy) or the account policy (PutAccountPolicy, DATA_PROTECTION_POLICY). */
export type LogsPolicyScope = 'log-group' | 'account';

export interface LogsDataProtectionPolicy {
  scope: LogsPolicyScope;
  name: string;
  description?: string;
  version: '2021-06-01';
  /** Identifier names (managed names from the ARNs, custom names as declared), as the Audit block lists them. */
  identifiers: string[];
  custom: CustomIdentifier[];
  /** The Audit block's FindingsDestination; `{}` audits without sending findings anywhere. */
  findingsDestination: FindingsDestinations;
  auditSid?: string;
  deidentifySid?: string;
}

/** One log event: PutLogEvents gives `timestamp` + `message`; subscription payloads add `id`. */
export interface LogEvent {
  id?: string;
  timestamp?: number;
  message: string;
}

export interface LogBatch {
  logGroup?: string;
  logStream?: string;
  /** `DATA_MESSAGE`/`CONTROL_MESSAGE` for subscription payloads; absent for PutLogEvents input. */
  messageType?: string;
  /** Where the events came from: `put-log-events`, `subscription`, `get-log-events`, `events`. */
  shape: 'put-log-events' | 'subscription' | 'get-log-events' | 'events';
  events: LogEvent[];
}

/** A finding report as CloudWatch Logs writes it, one per log event with findings [doc S5]. */
export interface LogsAuditRecord {
  auditTimestamp: string;
  resourceArn: string;
  dataIdentifiers: Array<{ name: string; count: number; detections: Array<{ start: number; end: number }> }>;
}

export interface ProtectedLogEvent extends LogEvent {
  /** The message as CloudWatch Logs shows it to a reader without `logs:Unmask`. */
  message: string;
  findings: Finding[];
}

export interface LogsAudit {
  policy: LogsPolicyScope;
  destination: FindingsDestinations;
  records: LogsAuditRecord[];
}

export interface LogsOutcome {
  events: ProtectedLogEvent[];
  audits: LogsAudit[];
  metrics: { LogEventsWithFindings: number };
}
