/** `arbiter dp publish`: one Publish through a topic's data protection policy, and every delivery. */
import { Option, type Command } from 'commander';
import type { CommandContext } from '../../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readText } from '../../io.js';
import { describePublish } from './describe-publish.js';
import { collectPairs, parseNonNegativeInteger, seededRandom } from './options.js';
import { loadPolicy } from './policy-input.js';
import { reportPublish, type PublishInput } from './publish-report.js';

const DEFAULT_TOPIC = 'arn:aws:sns:us-east-1:111122223333:topic';

const HELP = `
Runs the flow SNS runs: the inbound statements for the publisher (--principal) → Audit (sampled at
SampleRate; --sampled/--not-sampled force it, --seed makes it reproducible) → Deny (Publish fails with
AuthorizationError 403) → De-identify; then for each subscription, the outbound statements for its
principal → Deny (delivery status FAILURE 403) or De-identify. Prints the verdict, each subscription's
delivery (the text it receives, or why it receives nothing) and the audit record in AWS's JSON shape.
An empty message and one over 256 KiB are refused, as SNS's Publish refuses them.

Examples:
  arbiter dp publish --policy examples/clinic-data-protection/policy.json \\
    --principal arn:aws:iam::111222333444:role/Admin --message 'SSN: 123-12-1234'
  arbiter dp publish --policy policy.json --principal arn:aws:iam::111222333444:role/Admin \\
    --message-file message.json --subscription billing=arn:aws:iam::111222333444:role/BillingRole \\
    --subscription scheduling=arn:aws:iam::111222333444:role/SchedulingRole --sampled
  arbiter --format json dp publish --policy policy.json --principal 111222333444 --message-file - --seed 7

Exit status: 0 published, 1 the inbound publish is denied (a denied delivery still exits 0),
2 unusable input (unreadable or invalid policy, empty or too large message, bad flags).`;

interface PublishOptions {
  policy: string;
  principal: string;
  message?: string;
  messageFile?: string;
  subscription?: Array<[string, string]>;
  sampled?: boolean;
  notSampled?: boolean;
  seed?: number;
  topicArn: string;
  messageId?: string;
  timestamp?: string;
}

export function registerDpPublish(dp: Command, ctx: CommandContext): void {
  dp.command('publish')
    .description('publish one message through a data protection policy: verdict, deliveries, audit record')
    .requiredOption('--policy <file>', 'the topic\'s data protection policy (JSON)')
    .requiredOption('--principal <arn>', 'the IAM principal calling Publish (role, user, assumed-role session, or account id)')
    .addOption(new Option('--message <text>', 'the message body').conflicts('messageFile'))
    .option('--message-file <file>', 'read the message body from a file, or - for stdin')
    .option('--subscription <name=arn>', 'a subscription and its SubscriptionPrincipal (repeatable)', collectPairs('ARN'))
    .addOption(new Option('--sampled', 'force the Audit to sample this message').conflicts('notSampled'))
    .option('--not-sampled', 'force the Audit to skip this message')
    .addOption(new Option('--seed <n>', 'seed for the Audit sampling draw (default: random)').argParser(parseNonNegativeInteger))
    .option('--topic-arn <arn>', 'the topic (resourceArn in the audit record)', DEFAULT_TOPIC)
    .option('--message-id <id>', 'messageId for the audit record (default: a random UUID)')
    .option('--timestamp <iso>', 'auditTimestamp for the audit record (default: now)')
    .addHelpText('after', HELP)
    .action((opts: PublishOptions) => {
      const policy = loadPolicy(ctx, opts.policy);
      const result = reportPublish(policy, buildRequest(ctx, opts));
      if (!result.ok) throw new CliInputError(`the message cannot be published: ${result.diagnostics.map((d) => d.message).join('; ')}`, result.diagnostics);
      if (ctx.format() === 'json') printJson(ctx.io, result.value);
      else ctx.io.stdout(describePublish(result.value).join('\n') + '\n');
      if (!result.value.published) ctx.exitCode = EXIT_NEGATIVE;
    });
}

function buildRequest(ctx: CommandContext, opts: PublishOptions): PublishInput {
  if ((opts.message === undefined) === (opts.messageFile === undefined)) throw new CliInputError('give exactly one of --message TEXT or --message-file FILE');
  const message = opts.message ?? readText(ctx.io, opts.messageFile as string);
  if (message.length === 0) throw new CliInputError('the message is empty: SNS refuses an empty message (InvalidParameter)');
  if (opts.principal.trim() === '') throw new CliInputError('--principal must name the IAM principal calling Publish');
  const request: PublishInput = {
    message,
    principal: opts.principal,
    subscriptions: Object.fromEntries(opts.subscription ?? []),
    topicArn: opts.topicArn,
  };
  if (opts.sampled || opts.notSampled) request.sampled = opts.sampled === true;
  if (opts.seed !== undefined) request.random = seededRandom(opts.seed);
  if (opts.messageId !== undefined) request.messageId = opts.messageId;
  if (opts.timestamp !== undefined) {
    const now = new Date(opts.timestamp);
    if (Number.isNaN(now.getTime())) throw new CliInputError(`--timestamp \`${opts.timestamp}\` is not an ISO 8601 date-time`);
    request.now = now;
  }
  return request;
}
