/**
 * `arbiter dp scan --logs FILE`: the file holds log events (PutLogEvents input, a subscription
 * payload, a Lambda `awslogs` event, GetLogEvents output, an array of events, or one event per line);
 * each event is scanned as CloudWatch Logs scans it at ingestion, under the log group's and the
 * account's policies together.
 */
import { maskLogLine, readLogEvents, type LogBatch, type ProtectedLogEvent } from '@arbiter/data-protection';
import type { CommandContext } from '../../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readText } from '../../io.js';
import { buildLogsProtector, type LogsPolicyOptions } from './logs-policies.js';
import { countOf } from './options.js';

/** The events of `text`: one document, or (when it is not one) one event per line. */
function eventsOf(text: string, file: string): { batch: LogBatch; perLine: boolean } {
  const whole = readLogEvents(text);
  if (whole.ok) return { batch: whole.value, perLine: false };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !text.trim().includes('\n'))) {
    throw new CliInputError(`${file}: ${whole.diagnostics.map((d) => `${d.path || '/'}: ${d.message}`).join('; ')}`, whole.diagnostics);
  }
  return { batch: { shape: 'events', events: [] }, perLine: true };
}

export function runScanLogs(ctx: CommandContext, file: string, opts: LogsPolicyOptions): void {
  const protector = buildLogsProtector(ctx, opts);
  const text = readText(ctx.io, file);
  const { batch, perLine } = eventsOf(text, file);
  const events: ProtectedLogEvent[] = perLine
    ? text.split(/\r?\n/).filter((l) => l.trim() !== '').flatMap((line) => maskLogLine(line, protector, { unmask: true }).events)
    : protector.protect(batch, { unmask: true }).events;
  const withFindings = events.filter((e) => e.findings.length > 0);
  const label = file === '-' ? '<stdin>' : file;
  if (ctx.format() === 'json') {
    printJson(ctx.io, {
      file, logGroup: batch.logGroup ?? null, identifiers: protector.names, metrics: { LogEventsWithFindings: withFindings.length },
      events: events.map((e, index) => ({ index, ...(e.id ? { id: e.id } : {}), ...(e.timestamp !== undefined ? { timestamp: e.timestamp } : {}),
        findings: e.findings.map((f) => ({ ...f, text: e.message.slice(f.start, f.end + 1) })) })).filter((e) => e.findings.length > 0),
    });
  } else {
    events.forEach((e, index) => {
      for (const f of e.findings) ctx.io.stdout(`${label}: event ${index}${e.id ? ` (${e.id})` : ''}: ${f.name} ${f.start}..${f.end} ${JSON.stringify(e.message.slice(f.start, f.end + 1))}\n`);
    });
    ctx.io.stdout(`${label}: ${countOf(events.length, 'event')}, ${withFindings.length} with findings (LogEventsWithFindings), ${countOf(events.reduce((n, e) => n + e.findings.length, 0), 'finding')}\n`);
  }
  if (withFindings.length > 0) ctx.exitCode = EXIT_NEGATIVE;
}
