/** A publish report as lines for people: the verdict, each delivery and why, the audit record. */
import type { FindingsDestinations } from '@arbiter/data-protection';
import { countOf, showControls } from './options.js';
import type { PublishReport, ShownFinding } from './publish-report.js';

/** Long messages are shown cut, with their length; --format json always has them whole. */
const SHOWN_CHARACTERS = 160;

/** Quoted on one line, control characters made visible, cut when long. */
export function quoteText(text: string): string {
  const cut = text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}… (${text.length} characters)` : text;
  return `"${showControls(cut, false)}"`;
}

/** `Ssn-US 5..15 "123-12-1234"` (with ` at /pointer` for JSON messages). */
export function describeFinding(f: ShownFinding): string {
  return `${f.name} ${f.start}..${f.end} ${quoteText(f.text)}${f.pointer ? ` at ${f.pointer}` : ''}`;
}

function describeFindings(findings: readonly ShownFinding[]): string {
  return findings.length === 0 ? 'none' : findings.map(describeFinding).join(', ');
}

function describeDestination(d: FindingsDestinations | undefined): string {
  if (!d) return 'no destination configured for it';
  const parts: string[] = [];
  if (d.cloudWatchLogs) parts.push(`CloudWatch Logs ${d.cloudWatchLogs.logGroup}`);
  if (d.firehose) parts.push(`Firehose ${d.firehose.deliveryStream}`);
  if (d.s3) parts.push(`S3 bucket ${d.s3.bucket}`);
  return parts.join(', ');
}

/** The lines `arbiter dp publish` prints; `indent` prefixes every line after the verdict. */
export function describePublish(r: PublishReport, indent = '  '): string[] {
  const names = Object.keys(r.deliveries);
  const delivered = names.filter((n) => r.deliveries[n]!.delivered);
  const lines: string[] = [];
  if (r.published) lines.push(`published: delivered to ${delivered.length} of ${countOf(names.length, 'subscription')}`);
  else lines.push(`denied: ${r.error?.code} (${r.error?.statusCode}): ${r.error?.message}`);
  lines.push(`${indent}inbound findings: ${describeFindings(r.inboundFindings)}`);
  if (r.message !== undefined && r.deidentified) {
    lines.push(`${indent}after inbound de-identification: ${quoteText(r.message)}`);
  }
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names) {
    const d = r.deliveries[name]!;
    const who = `${indent}${name.padEnd(width)} (${d.principal})`;
    if (d.delivered) lines.push(`${who}: delivered ${quoteText(d.message)}`);
    else {
      const why = d.deniedBy ? `statement \`${d.deniedBy}\` found ${describeFindings(d.findings)}` : `found ${describeFindings(d.findings)}`;
      lines.push(`${who}: not delivered: ${why}`, `${indent}${' '.repeat(width)}   delivery status ${d.status} ${d.statusCode}: ${d.providerResponse}`);
    }
  }
  if (!r.published) lines.push(`${indent}no subscription receives the message`);
  lines.push(...describeAudit(r, indent));
  return lines;
}

function describeAudit(r: PublishReport, indent: string): string[] {
  const a = r.audit;
  if (!a) return [`${indent}audit: no Audit statement applies to this publisher`];
  if (!a.sampled) return [`${indent}audit: not sampled this time (SampleRate ${a.sampleRate}%)`];
  const found = a.metrics.MessagesWithFindings > 0;
  const metric = found ? 'MessagesWithFindings' : 'MessagesWithNoFindings';
  return [
    `${indent}audit: sampled (SampleRate ${a.sampleRate}%), ${found ? 'findings' : 'no findings'} → ${describeDestination(a.destination)}; ${metric} +1`,
    `${indent}audit record: ${JSON.stringify(a.record)}`,
  ];
}
