/** Audit findings in AWS's JSON shape [doc S1, S5]. */
import type { Finding } from '../scan/detector.js';

export interface AuditRecord {
  messageId: string;
  /** `YYYY-MM-DDThh:mm:ssZ`. */
  auditTimestamp: string;
  callerPrincipal: string;
  resourceArn: string;
  dataIdentifiers: Array<{ name: string; count: number; detections: Array<{ start: number; end: number }> }>;
}

/** AWS's timestamp form: ISO 8601 without milliseconds. */
export function formatAuditTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Groups findings by identifier name (in order of first detection), as `dataIdentifiers`. */
export function groupFindings(findings: readonly Finding[]): AuditRecord['dataIdentifiers'] {
  const by = new Map<string, Array<{ start: number; end: number }>>();
  for (const f of findings) {
    let list = by.get(f.name);
    if (!list) by.set(f.name, (list = []));
    list.push({ start: f.start, end: f.end });
  }
  return [...by].map(([name, detections]) => ({ name, count: detections.length, detections }));
}

export function formatAuditRecord(input: { messageId: string; now: Date; callerPrincipal: string; resourceArn: string; findings: readonly Finding[] }): AuditRecord {
  return {
    messageId: input.messageId,
    auditTimestamp: formatAuditTimestamp(input.now),
    callerPrincipal: input.callerPrincipal,
    resourceArn: input.resourceArn,
    dataIdentifiers: groupFindings(input.findings),
  };
}
