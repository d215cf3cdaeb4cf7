/** `arbiter conformance FILE…`: runs recorded cases through both evaluators (runner contract in conformance/corpus/README.md). */
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { exitStatusOf, formatReportText, loadCaseFiles, loadKnownFailing, runCases, type KnownFailing } from '@arbiter/conformance';
import { CONFORMANCE_MODES, type ConformanceMode } from '@arbiter/ir';
import type { CommandContext } from '../context.js';
import { CliInputError, printJson, readText } from '../io.js';
import { applyCurrentPolicies } from '../replay/current-policies.js';
import { readSubscriptions } from '../replay/load-input.js';
import { runRecordCommand, type RecordFlags } from '../replay/record-command.js';

const RECORD_HELP = `
Recording: arbiter conformance --record OUT.jsonl --subscriptions subs.json --messages recorded.jsonl[.gz]…
writes one sns-filter case per (recorded message, subscription) expecting today's decision
(same message shapes as \`arbiter filter replay\`); run \`arbiter conformance OUT.jsonl\` in CI to be told
when a policy change alters routing, or \`arbiter conformance OUT.jsonl --subscriptions subs.json\` to check the
recorded decisions against the policies as they are now (or --template T for those of a template).
Exit status as for filter replay.`;

type ConformanceFlags = Partial<RecordFlags> & { knownFailing?: string; mode: 'all' | 'both' | ConformanceMode; maxFailures: string; maxErrors: string };

export function registerConformanceCommand(program: Command, ctx: CommandContext): void {
  program
    .command('conformance')
    .description('run conformance cases (JSONL: sns-filter, data-protection, iam) through the reference and compiled evaluators and, for SNS, the router')
    .argument('[files...]', 'case files (.jsonl, .jsonl.gz, or - for stdin)')
    .option('--known-failing <file>', 'JSON object {"case id": "reason"}: failures listed there do not fail the run, and listed cases that pass do')
    .addOption(new Option('--mode <mode>', 'which implementations to run: all three (SNS and event-pattern cases; other kinds run their two evaluators), both evaluators, or one; any disagreement fails the case').choices(['all', 'both', 'reference', 'compiled', 'router']).default('all'))
    .option('--max-failures <n>', 'failures to list in text output', '50')
    .option('--record <out>', 'instead of running cases, record them from replayed messages into OUT (JSONL)')
    .option('--subscriptions <file>', 'JSON array of {"id", "policy", "scope"}: with --record, the subscriptions to record; otherwise, the current policies to check recorded cases against')
    .option('--template <file>', 'instead of --subscriptions: the subscriptions of a CloudFormation/SAM template (as for filter replay)')
    .option('--messages <files...>', 'with --record: recorded messages, one per line (.gz accepted)')
    .option('--message-path <jsonpath>', 'with --record: JSONPath to the message body of each line')
    .option('--attributes-path <jsonpath>', 'with --record: JSONPath to the message attributes of each line')
    .option('--max-errors <n>', 'with --record: unusable lines listed', '100')
    .addHelpText('after', '\nExit status 0 when every case passed, 1 when any failed (or a known-failing entry is stale), 2 when a file cannot be read.\nA malformed line is reported by file and line; the other lines still run.' + RECORD_HELP)
    .action(async (files: string[], opts: ConformanceFlags) => {
      if (opts.record !== undefined) {
        if (files.length) throw new CliInputError('--record writes cases from --messages; give no case files with it');
        await runRecordCommand(ctx, { ...opts, record: opts.record, messages: opts.messages ?? [] });
        return;
      }
      if (opts.messages) throw new CliInputError('--messages goes with --record OUT');
      if (!files.length) throw new CliInputError('give case files to run, or --record OUT to record cases');
      let known: KnownFailing | undefined;
      if (opts.knownFailing) {
        try {
          known = loadKnownFailing(opts.knownFailing);
        } catch (e) {
          throw new CliInputError(`${opts.knownFailing}: ${(e as Error).message}`);
        }
      }
      // Read through the CLI's reader: a truncated `.gz` keeps its complete cases and says why on stderr.
      const truncated = new Set<string>();
      const loaded = loadCaseFiles(files, (file) => readText({ ...ctx.io, stderr: (t) => void (truncated.add(file), ctx.io.stderr(t)) }, file));
      for (const file of truncated) {
        const last = loaded.cases.reduce((n, c) => (c.file === file ? Math.max(n, c.line) : n), 0);
        loaded.problems.push({ file, line: last + 1, message: 'truncated or corrupt gzip data: the lines from here on could not be read' });
      }
      if (opts.subscriptions || opts.template) applyCurrentPolicies(loaded, readSubscriptions(ctx, opts), (opts.subscriptions ?? opts.template) as string);
      const modes: readonly ConformanceMode[] = opts.mode === 'all' ? CONFORMANCE_MODES : opts.mode === 'both' ? ['reference', 'compiled'] : [opts.mode];
      const bar = ctx.io.isTTY && ctx.format() === 'text' && loaded.cases.length > 200
        ? new cliProgress.SingleBar({ format: 'conformance [{bar}] {value}/{total} cases', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
        : undefined;
      bar?.start(loaded.cases.length, 0);
      const report = runCases(loaded.cases, loaded.problems, {
        modes,
        ...(known ? { knownFailing: known } : {}),
        ...(bar ? { onProgress: (done: number) => bar.update(done) } : {}),
      });
      bar?.stop();
      if (ctx.format() === 'json') printJson(ctx.io, report);
      else ctx.io.stdout(formatReportText(report, { maxFailures: Number(opts.maxFailures) || 50 }) + '\n');
      ctx.exitCode = exitStatusOf(report, loaded.unreadable);
    });
}
