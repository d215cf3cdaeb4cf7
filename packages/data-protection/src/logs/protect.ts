/**
 * CloudWatch Logs data protection at ingestion: the account policy and the log group's policy are
 * cumulative [doc: PutAccountPolicy, "any sensitive term specified in either policy is masked"], so
 * each event is scanned once for the union of their identifiers; every finding is masked with `*`
 * (one per UTF-16 code unit, so lengths and offsets hold [inferred: AWS says "replaced by
 * asterisks"]); each policy's Audit writes one findings report per event that has findings of its
 * identifiers [doc S5], and `LogEventsWithFindings` counts events, not occurrences.
 */
import { diagnostic, fail, ok, type Diagnostic, type EvaluationMode, type Result } from '@arbiter/ir';
import { DpCodes } from '../codes.js';
import { formatAuditTimestamp, groupFindings } from '../findings/format.js';
import { deidentifyText } from '../operations/deidentify.js';
import type { Finding } from '../scan/detector.js';
import { createScanner, type Scanner } from '../scan/scanner.js';
import { UNLIMITED } from '../operations/scan-statements.js';
import type { LogBatch, LogsAudit, LogsDataProtectionPolicy, LogsOutcome, ProtectedLogEvent } from './types.js';

export interface LogsPolicies {
  account?: LogsDataProtectionPolicy;
  logGroup?: LogsDataProtectionPolicy;
}

export interface ProtectOptions {
  /** For the findings' `resourceArn`; defaults: us-east-1, 123456789012, the batch's log group. */
  region?: string;
  accountId?: string;
  logGroup?: string;
  /** Data protection applies to Standard log groups only; `INFREQUENT_ACCESS` leaves events as they are. */
  logClass?: 'STANDARD' | 'INFREQUENT_ACCESS';
  /** The reader has `logs:Unmask` (GetLogEvents `unmask=true`): messages are returned unmasked. */
  unmask?: boolean;
  now?: Date;
  mode?: EvaluationMode;
}

/** A policy pair compiled once: the union scanner and each policy's identifier set. */
export interface LogsProtector {
  readonly names: readonly string[];
  protect(batch: LogBatch, options?: ProtectOptions): LogsOutcome;
}

const active = (p: LogsPolicies): LogsDataProtectionPolicy[] => [p.account, p.logGroup].filter((x): x is LogsDataProtectionPolicy => x !== undefined);

/** The union scanner of both policies; a custom name defined differently by the two is the log group's. */
function unionScanner(policies: LogsPolicies, mode: EvaluationMode, warnings: Diagnostic[]): Result<Scanner> {
  const customNames = new Set(active(policies).flatMap((p) => p.custom.map((c) => c.name)));
  const managed = [...new Set(active(policies).flatMap((p) => p.identifiers))].filter((n) => !customNames.has(n));
  const custom = new Map<string, string>();
  for (const p of active(policies)) {
    for (const c of p.custom) {
      if (!p.identifiers.includes(c.name)) continue;
      const before = custom.get(c.name);
      if (before !== undefined && before !== c.regex) {
        warnings.push(diagnostic(DpCodes.logsCustomNameConflict, 'policy', '/Configuration/CustomDataIdentifier', `custom data identifier \`${c.name}\` is defined by both policies with different regexes; the log group's is used`, { severity: 'warning' }));
      }
      custom.set(c.name, c.regex);
    }
  }
  // Masking must see every finding: CloudWatch Logs' event size limit bounds the work.
  return createScanner({ identifiers: managed, custom: [...custom].map(([name, regex]) => ({ name, regex })), mode, limits: UNLIMITED });
}

/** Compiles the account and log-group policies that apply to one log group. */
export function compileLogsPolicies(policies: LogsPolicies, mode: EvaluationMode = 'compiled'): Result<LogsProtector> {
  const warnings: Diagnostic[] = [];
  const scanner = unionScanner(policies, mode, warnings);
  if (!scanner.ok) return scanner;
  const scopes = active(policies).map((p) => ({ policy: p, names: new Set(p.identifiers) }));
  const protector: LogsProtector = {
    names: scanner.value.names,
    protect(batch, options = {}) {
      const standard = (options.logClass ?? 'STANDARD') === 'STANDARD';
      const logGroup = options.logGroup ?? batch.logGroup ?? 'log-group';
      const resourceArn = `arn:aws:logs:${options.region ?? 'us-east-1'}:${options.accountId ?? '123456789012'}:log-group:${logGroup}:*`;
      const auditTimestamp = formatAuditTimestamp(options.now ?? new Date());
      const audits: LogsAudit[] = scopes.map((s) => ({ policy: s.policy.scope, destination: s.policy.findingsDestination, records: [] }));
      let withFindings = 0;
      const events = batch.events.map((event): ProtectedLogEvent => {
        const findings: Finding[] = standard ? scanner.value.scan(event.message) : [];
        if (findings.length > 0) withFindings++;
        scopes.forEach((s, i) => {
          const own = findings.filter((f) => s.names.has(f.name));
          if (own.length > 0) audits[i]!.records.push({ auditTimestamp, resourceArn, dataIdentifiers: groupFindings(own) });
        });
        const message = options.unmask ? event.message : deidentifyText(event.message, findings.map((finding) => ({ finding, replacement: { mask: '*' } })));
        return { ...event, message, findings };
      });
      return { events, audits, metrics: { LogEventsWithFindings: withFindings } };
    },
  };
  return ok(protector, warnings);
}

/** Protects one batch of log events under the account and log-group policies (compiles them each call). */
export function protectLogEvents(batch: LogBatch, policies: LogsPolicies, options: ProtectOptions = {}): Result<LogsOutcome> {
  if (active(policies).length === 0) return fail([diagnostic(DpCodes.missingField, 'policy', '', 'no data protection policy: give the account policy, the log group policy, or both')]);
  const compiled = compileLogsPolicies(policies, options.mode);
  if (!compiled.ok) return compiled;
  const warnings = [...compiled.warnings];
  if (options.logClass === 'INFREQUENT_ACCESS') {
    warnings.push(diagnostic(DpCodes.logsLogClass, 'input', '', 'data protection applies only to log groups in the Standard log class: nothing is masked or audited', { severity: 'warning' }));
  }
  return ok(compiled.value.protect(batch, options), warnings);
}
