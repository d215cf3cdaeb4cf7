/** `arbiter conformance FILE…`: runs recorded cases through both evaluators (runner contract in conformance/corpus/README.md). */
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { exitStatusOf, formatReportText, loadCaseFiles, loadKnownFailing, runCases, type KnownFailing } from '@arbiter/conformance';
import type { EvaluationMode } from '@arbiter/ir';
import type { CommandContext } from '../context.js';
import { CliInputError, printJson } from '../io.js';

export function registerConformanceCommand(program: Command, ctx: CommandContext): void {
  program
    .command('conformance')
    .description('run conformance cases (JSONL: sns-filter, data-protection, iam) through the reference and compiled evaluators')
    .argument('<files...>', 'case files (.jsonl, .jsonl.gz, or - for stdin)')
    .option('--known-failing <file>', 'JSON object {"case id": "reason"}: failures listed there do not fail the run, and listed cases that pass do')
    .addOption(new Option('--mode <mode>', 'which evaluators to run').choices(['both', 'reference', 'compiled']).default('both'))
    .option('--max-failures <n>', 'failures to list in text output', '50')
    .addHelpText('after', '\nExit status 0 when every case passed, 1 when any failed (or a known-failing entry is stale), 2 when a file cannot be read.\nA malformed line is reported by file and line; the other lines still run.')
    .action((files: string[], opts: { knownFailing?: string; mode: 'both' | EvaluationMode; maxFailures: string }) => {
      let known: KnownFailing | undefined;
      if (opts.knownFailing) {
        try {
          known = loadKnownFailing(opts.knownFailing);
        } catch (e) {
          throw new CliInputError(`${opts.knownFailing}: ${(e as Error).message}`);
        }
      }
      const loaded = loadCaseFiles(files);
      const modes: EvaluationMode[] = opts.mode === 'both' ? ['reference', 'compiled'] : [opts.mode];
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
