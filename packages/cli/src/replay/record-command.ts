/** The `--record` half of `arbiter conformance`: load, record, report (text or JSON), set the exit status. */
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, EXIT_USAGE, printJson } from '../io.js';
import { loadReplayInput, type ReplayInputOptions } from './load-input.js';
import { recordCases } from './record-cases.js';

export interface RecordFlags extends ReplayInputOptions {
  record: string;
  maxErrors: string;
}

/** Runs `arbiter conformance --record OUT …`. */
export async function runRecordCommand(ctx: CommandContext, opts: RecordFlags): Promise<void> {
  const listLimit = Number(opts.maxErrors);
  if (!Number.isInteger(listLimit) || listLimit < 1) throw new CliInputError(`--max-errors must be a positive integer, not \`${opts.maxErrors}\``);
  const input = loadReplayInput(ctx, opts);
  let outcome;
  try {
    outcome = await recordCases(ctx.io, input, opts.record, listLimit);
  } catch (e) {
    throw new CliInputError(`cannot write \`${opts.record}\`: ${(e as Error).message}`);
  }
  const readErrors = outcome.readErrors.map((e) => ({ file: e.file, line: e.line, message: e.message }));
  if (ctx.format() === 'json') {
    printJson(ctx.io, { out: opts.record, cases: outcome.cases, lines: outcome.lines, messages: outcome.messages, subscriptions: input.target.subscriptions.length, unusable: outcome.unusable, unusableLines: outcome.unusableLines, readErrors });
  } else {
    ctx.io.stdout(`recorded ${outcome.cases} cases (${outcome.messages} messages × ${input.target.subscriptions.length} subscriptions) from ${outcome.lines} lines to ${opts.record}\n`);
    if (outcome.unusable) ctx.io.stdout(`unusable lines (${outcome.unusable}, not recorded):\n`);
    for (const u of outcome.unusableLines) ctx.io.stdout(`  ${u.file}:${u.line}: ${u.message}\n`);
    if (outcome.unusable > outcome.unusableLines.length) ctx.io.stdout(`  … and ${outcome.unusable - outcome.unusableLines.length} more (raise --max-errors to list them)\n`);
    for (const e of readErrors) ctx.io.stderr(`error: ${e.message}\n`);
    ctx.io.stdout(`run them with: arbiter conformance ${opts.record}\n`);
  }
  ctx.exitCode = readErrors.length ? EXIT_USAGE : outcome.unusable ? EXIT_NEGATIVE : 0;
}
