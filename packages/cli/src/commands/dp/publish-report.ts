/**
 * Runs one publish through a topic's data protection policy and says why: which statement denied
 * the publish or a delivery, and the text of each finding. Shared by `arbiter dp publish` and the
 * clinic example, so both tell people the same story.
 */
import {
  publishMessage, selectStatements,
  type AuditOutcome, type DataDirection, type DataProtectionPolicy, type Finding, type PublishError, type PublishRequest,
} from '@arbiter/data-protection';
import type { Diagnostic, Result } from '@arbiter/ir';
import { ok } from '@arbiter/ir';

export type ShownFinding = Finding & { text: string };

export type DeliveryReport = { principal: string; findings: ShownFinding[] } & (
  | { delivered: true; message: string }
  | { delivered: false; status: 'FAILURE'; statusCode: 403; providerResponse: string; deniedBy?: string }
);

export interface PublishReport {
  published: boolean;
  principal: string;
  error?: PublishError;
  /** The statement whose Deny refused the publish. */
  deniedBy?: string;
  /** The message after inbound de-identification. */
  message?: string;
  /** True when inbound De-identify statements changed the message. */
  deidentified: boolean;
  inboundFindings: ShownFinding[];
  /** Absent when no Audit statement applies to the publisher. */
  audit?: AuditOutcome & { sampleRate: number };
  deliveries: Record<string, DeliveryReport>;
}

export type PublishInput = Omit<PublishRequest, 'subscriptions'> & { subscriptions?: Record<string, string> };

/** Publishes through `policy`; fails only on a message SNS would not accept (too large, not text). */
export function reportPublish(policy: DataProtectionPolicy, request: PublishInput): Result<PublishReport> {
  const run = publishMessage(policy, request);
  if (!run.ok) return run as { ok: false; diagnostics: Diagnostic[] };
  const out = run.value;
  const report: PublishReport = {
    published: out.published,
    principal: request.principal,
    deidentified: out.message !== undefined && out.message !== request.message,
    inboundFindings: out.inboundFindings.map(shown(request.message)),
    deliveries: {},
  };
  if (out.error) {
    report.error = out.error;
    const by = denyingStatement(policy, 'Inbound', request.principal, out.inboundFindings);
    if (by) report.deniedBy = by;
  }
  if (out.message !== undefined) report.message = out.message;
  const audit = policy.statements.find((s) => s.operation.kind === 'Audit');
  if (out.audit && audit?.operation.kind === 'Audit') report.audit = { ...out.audit, sampleRate: audit.operation.sampleRate };
  for (const [name, d] of Object.entries(out.deliveries)) {
    const principal = request.subscriptions?.[name] ?? '';
    const findings = d.findings.map(shown(out.message ?? ''));
    if (d.delivered) report.deliveries[name] = { principal, findings, delivered: true, message: d.message };
    else {
      const by = denyingStatement(policy, 'Outbound', principal, d.findings);
      report.deliveries[name] = {
        principal, findings, delivered: false, status: d.status, statusCode: d.statusCode, providerResponse: d.providerResponse, ...(by ? { deniedBy: by } : {}),
      };
    }
  }
  return ok(report);
}

const shown = (text: string) => (f: Finding): ShownFinding => ({ ...f, text: text.slice(f.start, f.end + 1) });

/** The first Deny statement (in policy order, as the library applies them) that found something. */
function denyingStatement(policy: DataProtectionPolicy, direction: DataDirection, principal: string, findings: readonly Finding[]): string | undefined {
  const names = new Set(findings.map((f) => f.name));
  return selectStatements(policy, direction, principal, 'compiled').find((s) => s.operation.kind === 'Deny' && s.identifiers.some((n) => names.has(n)))?.id;
}
