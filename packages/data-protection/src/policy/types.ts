/** The typed form of a data protection policy, produced by `parseDataProtectionPolicy`. */
import type { CustomIdentifier } from '../identifiers/custom.js';

export type OperationName = 'Audit' | 'Deidentify' | 'Deny';
export type DataDirection = 'Inbound' | 'Outbound';

export interface FindingsDestinations {
  cloudWatchLogs?: { logGroup: string };
  firehose?: { deliveryStream: string };
  s3?: { bucket: string };
}

export type Operation =
  | { kind: 'Audit'; sampleRate: number; findingsDestination?: FindingsDestinations; noFindingsDestination?: FindingsDestinations }
  | { kind: 'Deny' }
  | { kind: 'Deidentify'; mask: { character: string } }
  | { kind: 'Deidentify'; redact: true };

export interface PolicyStatement {
  /** `Sid`, or `statement-<index>` when absent. */
  id: string;
  sid?: string;
  direction: DataDirection;
  principals: string[];
  /** Identifier names: managed (`Ssn-US`, from the ARN) or custom (as declared). */
  identifiers: string[];
  operation: Operation;
  /** Pointer of the statement in the policy document. */
  at: string;
}

export interface DataProtectionPolicy {
  name: string;
  description?: string;
  version: '2021-06-01';
  statements: PolicyStatement[];
  custom: CustomIdentifier[];
}
