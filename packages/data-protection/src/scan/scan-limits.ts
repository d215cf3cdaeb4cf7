/**
 * Resource limits on one scanned message (`ScanOptions.limits`): its size, its findings and the
 * regex work of its custom identifiers. Defaults (ir's `DEFAULT_LIMITS`) bound one message's time;
 * reaching a limit is a diagnostic, never a throw or a silent cut.
 */
import { Arg, DEFAULT_LIMITS, diagnostic, fail, InputCodes, LimitCodes, readOptions, type Diagnostic, type ResourceLimits, type Result } from '@arbiter/ir';
import type { Finding } from './detector.js';
import { withMeter, WorkMeter } from './work-meter.js';

/** The limits a scan applies; each defaults to `DEFAULT_LIMITS`. */
export type ScanLimits = Partial<Pick<ResourceLimits, 'maxBytes' | 'maxFindings' | 'maxWorkPerMessage'>>;

/** Reads `limits` (a JavaScript caller's wrong types are diagnostics at `/options/limits/…`). */
export function readScanLimits(limits: unknown): Result<ScanLimits> {
  return readOptions<ScanLimits>(limits, { maxBytes: Arg.positive, maxFindings: Arg.positive, maxWorkPerMessage: Arg.positive }, 'options.limits');
}

/** Runs `scan` on `text` within `limits`. */
export function limitScan(text: string, limits: ScanLimits, scan: (text: string) => Finding[]): Result<Finding[]> {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
    return fail([diagnostic(InputCodes.tooLarge, 'message', '', `the message is ${Buffer.byteLength(text, 'utf8')} bytes, more than the limit of ${maxBytes}`, { params: { limit: maxBytes }, help: 'raise `limits.maxBytes` or scan a smaller message' })]);
  }
  const meter = new WorkMeter(limits.maxWorkPerMessage ?? DEFAULT_LIMITS.maxWorkPerMessage);
  let findings = withMeter(meter, () => scan(text));
  const warnings: Diagnostic[] = [];
  if (meter.exhausted) {
    const message = `custom identifiers stopped after ${meter.used} characters of regex work, the limit per message (\`limits.maxWorkPerMessage\`): matches after that point are not reported`;
    warnings.push(diagnostic(LimitCodes.work, 'message', '', message, { severity: 'warning', params: { limit: meter.limit } }));
  }
  const maxFindings = limits.maxFindings ?? DEFAULT_LIMITS.maxFindings;
  if (findings.length > maxFindings) {
    const message = `the message has ${findings.length} findings; the first ${maxFindings} (\`limits.maxFindings\`) are reported`;
    warnings.push(diagnostic(LimitCodes.findings, 'message', '', message, { severity: 'warning', params: { limit: maxFindings, found: findings.length } }));
    findings = findings.slice(0, maxFindings);
  }
  return { ok: true, value: findings, warnings };
}
