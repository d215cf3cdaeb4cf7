/**
 * `arbiter dp mask FILE…`: recorded log files masked as CloudWatch Logs shows them to readers without
 * `logs:Unmask`. Streamed line by line (constant memory however long the file; `.gz` read as gzip),
 * each line kept in its own shape (see maskLogLine), with a progress bar when stderr is a terminal.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { maskLogLine } from '@arbiter/data-protection';
import type { CommandContext } from '../../context.js';
import { CliInputError } from '../../io.js';
import { checkReadable, LineReadError, readLineBatches, sizeOf } from '../../replay/line-source.js';
import { startProgress } from '../../replay/progress.js';
import { buildLogsProtector, type LogsPolicyOptions } from './logs-policies.js';
import { collectPairs, countOf } from './options.js';

const HELP = `
Each line of each file is one of: an exported event ({"timestamp":…,"message":…}, as
\`aws logs filter-log-events\` or \`get-log-events\` write them, one per line), a batch (PutLogEvents
input, a subscription payload, or a Lambda {"awslogs":{"data":…}} event, re-encoded after masking),
or plain text (the line is the event's message; a structured JSON log line is scanned whole).
Every finding is replaced by one \`*\` per UTF-16 code unit, as CloudWatch Logs masks at ingestion.
The account policy (--account-policy) and the log group's (--policy) apply together: anything either
names is masked. --findings FILE writes one findings report per event with findings (JSON Lines).

Examples:
  arbiter dp mask --policy policy.json app.log > app.masked.log
  arbiter dp mask --identifiers EmailAddress,Ssn-US --findings findings.jsonl events.jsonl.gz
  aws logs filter-log-events --log-group-name /app --output json | jq -c '.events[]' | arbiter dp mask --policy p.json -

The masked lines go to stdout; a summary goes to stderr (one JSON object with --format json).

Exit status: 0 masked (findings or not); 2 unusable input (unreadable file, invalid policy or identifier).`;

interface MaskOptions extends LogsPolicyOptions {
  findings?: string;
  progress: boolean;
}

export function registerDpMask(dp: Command, ctx: CommandContext): void {
  dp.command('mask')
    .description('mask recorded CloudWatch Logs events (streamed), as readers without logs:Unmask see them')
    .argument('<files...>', 'log files (.gz read as gzip), or - for stdin')
    .option('--policy <file>', "the log group's CloudWatch Logs data protection policy")
    .option('--account-policy <file>', "the account's data protection policy (cumulative with --policy)")
    .option('--identifiers <names>', 'comma-separated managed identifier names or ARNs (instead of a policy)')
    .option('--custom <name=regex>', 'a custom data identifier (repeatable)', collectPairs('REGEX'))
    .option('--findings <file>', 'write the findings reports (JSON Lines) to this file')
    .addOption(new Option('--no-progress', 'no progress bar (shown only when stderr is a terminal anyway)'))
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: MaskOptions) => {
      const protector = buildLogsProtector(ctx, opts);
      for (const file of inputs) {
        const why = checkReadable(file);
        if (why) throw new CliInputError(why);
      }
      const progress = startProgress(ctx.io, opts.progress, inputs.reduce((n, f) => n + sizeOf(f), 0), 'mask');
      const findingsFd = opts.findings === undefined ? undefined : openSync(opts.findings, 'w');
      const totals = { lines: 0, events: 0, eventsWithFindings: 0, findings: 0 };
      try {
        for (const [index, file] of inputs.entries()) {
          for await (const batch of readLineBatches(ctx.io, file, index, 256, progress.addBytes)) {
            const out: string[] = [];
            const reports: string[] = [];
            for (const line of batch.lines) {
              const masked = maskLogLine(line, protector);
              out.push(masked.line);
              totals.events += masked.events.length;
              totals.eventsWithFindings += masked.events.filter((e) => e.findings.length > 0).length;
              totals.findings += masked.events.reduce((n, e) => n + e.findings.length, 0);
              for (const r of masked.records) reports.push(JSON.stringify({ policy: r.policy, ...r.record }));
            }
            totals.lines += batch.lines.length;
            ctx.io.stdout(`${out.join('\n')}\n`);
            if (findingsFd !== undefined && reports.length > 0) writeSync(findingsFd, `${reports.join('\n')}\n`);
            progress.addLines(batch.lines.length);
          }
        }
      } catch (e) {
        if (e instanceof LineReadError) throw new CliInputError(e.message);
        throw e;
      } finally {
        progress.stop();
        if (findingsFd !== undefined) closeSync(findingsFd);
      }
      if (ctx.format() === 'json') ctx.io.stderr(`${JSON.stringify({ ...totals, LogEventsWithFindings: totals.eventsWithFindings })}\n`);
      else ctx.io.stderr(`mask: ${countOf(totals.lines, 'line')}, ${countOf(totals.events, 'event')}, ${totals.eventsWithFindings} with findings (${countOf(totals.findings, 'finding')} masked)\n`);
    });
}
