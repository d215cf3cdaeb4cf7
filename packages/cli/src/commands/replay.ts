/** `arbiter filter replay`: recorded messages against subscriptions — what would be delivered, and why not. */
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, EXIT_USAGE, printJson } from '../io.js';
import { loadReplayInput, type ReplayInputOptions } from '../replay/load-input.js';
import { formatReplayText, summarizeReplay } from '../replay/report.js';
import { runReplay } from '../replay/run-replay.js';

interface ReplayFlags extends ReplayInputOptions {
  workers: string;
  progress: boolean;
  top: string;
  maxErrors: string;
}

const SHAPES = `
Each line of a messages file is JSON, recognised by its shape:
  SNS notification (SQS/HTTP delivery)  {"Type":"Notification","Message":"…","MessageAttributes":{"k":{"Type":"String","Value":"v"}}}
  SQS message holding a notification    Lambda event {"Records":[{"body":"<notification JSON>",…}]}, or one ReceiveMessage Messages[] item {"Body":…}
                                        (a body that is not a notification is a raw-delivery message; its SQS message attributes are used)
  SNS Publish input (AWS SDK)           {"Message":"…","MessageAttributes":{"k":{"DataType":"String","StringValue":"v"}}}; PublishBatch entries too
  plain                                 {"body":"…","attributes":{"k":{"Type":"String","Value":"v"}}}
  anything else                         --message-path '$.detail.payload' --attributes-path '$.detail.attrs' (JSONPath)
Files ending in .gz are gunzipped while streaming. Blank lines are skipped.

Exit status: 0 when every line was usable, 1 when some lines were not (each listed by file:line; the others
still count), 2 when an input cannot be read (missing file, invalid subscription policy, truncated .gz).`;

const positive = (flag: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new CliInputError(`${flag} must be a positive integer, not \`${text}\``);
  return n;
};

/** `arbiter filter replay …`, added under the `filter` command. */
export function registerReplayCommand(filter: Command, ctx: CommandContext): void {
  filter
    .command('replay')
    .description('replay recorded messages against subscriptions: per subscription, how many would be delivered and why the others would not')
    .option('--subscriptions <file>', 'JSON array of {"id", "policy", "scope"} (scope MessageAttributes by default)')
    .option('--template <file>', 'take the subscriptions from a CloudFormation/SAM template (JSON or YAML): each SNS subscription or SAM SNS event with a FilterPolicy, by logical id')
    .requiredOption('--messages <files...>', 'recorded messages, one JSON value per line (.gz accepted; - for stdin)')
    .option('--message-path <jsonpath>', 'JSONPath to the message body in each line (for shapes not recognised by themselves)')
    .option('--attributes-path <jsonpath>', 'JSONPath to the message attributes in each line')
    .option('--workers <n>', 'worker threads to replay with', '1')
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal anyway)')
    .option('--top <n>', 'reasons listed per subscription', '5')
    .addOption(new Option('--max-errors <n>', 'unusable lines listed (all are counted)').default('100'))
    .addHelpText('after', SHAPES)
    .action(async (opts: ReplayFlags) => {
      const workers = positive('--workers', opts.workers);
      const top = positive('--top', opts.top);
      const listLimit = positive('--max-errors', opts.maxErrors);
      const input = loadReplayInput(ctx, opts);
      const outcome = await runReplay(ctx.io, input.target, input.decode, {
        files: input.files,
        paths: { ...(opts.messagePath ? { messagePath: opts.messagePath } : {}), ...(opts.attributesPath ? { attributesPath: opts.attributesPath } : {}) },
        workers,
        listLimit,
        progress: opts.progress,
      });
      const summary = summarizeReplay(input.files, input.target.subscriptions, outcome, top);
      if (ctx.format() === 'json') printJson(ctx.io, summary);
      else ctx.io.stdout(formatReplayText(summary));
      // A read error (a truncated `.gz`) is also said on stderr, where scripts look for failures.
      for (const e of summary.readErrors) ctx.io.stderr(`error: ${e.message}\n`);
      ctx.exitCode = summary.readErrors.length ? EXIT_USAGE : summary.unusable ? EXIT_NEGATIVE : 0;
    });
}
