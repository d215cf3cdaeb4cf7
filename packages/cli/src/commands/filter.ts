/** `arbiter filter validate|match|route`: SNS subscription filter policies. */
import { Option, type Command } from 'commander';
import { formatDiagnostic, parseJsonSafe, printExpr, type Diagnostic } from '@arbiter/ir';
import {
  compileFilterPolicy, createRouter, formatAwsError, validateFilterPolicy,
  type FilterPolicyScope, type SnsMessage, type Subscription,
} from '@arbiter/sns-filter';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readJson, readText } from '../io.js';
import { toSnsMessage } from '../input/sns-message.js';

const scopeOption = (): Option =>
  new Option('--scope <scope>', 'FilterPolicyScope of the subscription').choices(['MessageAttributes', 'MessageBody']).default('MessageAttributes');

const awsApis = { subscribe: 'Subscribe', set: 'SetSubscriptionAttributes' } as const;

function withAwsText(d: Diagnostic, api: 'Subscribe' | 'SetSubscriptionAttributes'): Diagnostic & { aws?: string } {
  return d.severity === 'error' ? { ...d, aws: formatAwsError(d, api) } : d;
}

export function registerFilterCommands(program: Command, ctx: CommandContext): void {
  const filter = program.command('filter').description('SNS subscription filter policies: validate, match one message, route many');

  filter
    .command('validate')
    .description('validate a filter policy exactly as SNS does; every problem with its JSON pointer and AWS error text')
    .argument('<policy>', 'policy file (JSON), or - for stdin')
    .addOption(scopeOption())
    .addOption(new Option('--api <api>', 'which API prefix AWS would put on the error text').choices(Object.keys(awsApis)).default('subscribe'))
    .addHelpText('after', '\nExit status 0 when valid, 1 when SNS would reject the policy, 2 when the file cannot be read.')
    .action((file: string, opts: { scope: FilterPolicyScope; api: keyof typeof awsApis }) => {
      const text = readText(ctx.io, file);
      const result = validateFilterPolicy(text, { scope: opts.scope });
      const api = awsApis[opts.api];
      const diagnostics = result.ok ? result.warnings : result.diagnostics;
      if (ctx.format() === 'json') {
        printJson(ctx.io, { file, scope: opts.scope, valid: result.ok, diagnostics: diagnostics.map((d) => withAwsText(d, api)) });
      } else {
        for (const d of diagnostics) {
          ctx.io.stdout(`${file}: ${formatDiagnostic(d)}\n`);
          if (d.severity === 'error') ctx.io.stdout(`  AWS says: ${formatAwsError(d, api)}\n`);
        }
        ctx.io.stdout(result.ok ? `${file}: valid ${opts.scope} filter policy\n` : `${file}: invalid (${diagnostics.filter((d) => d.severity === 'error').length} errors)\n`);
      }
      if (!result.ok) ctx.exitCode = EXIT_NEGATIVE;
    });

  filter
    .command('match')
    .description('decide whether SNS delivers one message to a subscription, and why')
    .requiredOption('--policy <file>', 'filter policy (JSON)')
    .option('--message <file>', 'message as JSON: {"body": "...", "attributes": {"name": {"Type": "String", "Value": "v"}}}, or an SNS notification/Publish input')
    .option('--body <file>', 'raw message body text (instead of --message)')
    .addOption(scopeOption())
    .option('--explain', 'also print the compiled rule and the condition that decided')
    .addHelpText('after', '\nExit status 0 when delivered, 1 when filtered out or the policy is invalid, 2 when an input cannot be read.')
    .action((opts: { policy: string; message?: string; body?: string; scope: FilterPolicyScope; explain?: boolean }) => {
      if ((opts.message === undefined) === (opts.body === undefined)) throw new CliInputError('give exactly one of --message FILE or --body FILE');
      let message: SnsMessage;
      if (opts.body !== undefined) message = { body: readText(ctx.io, opts.body) };
      else {
        const m = toSnsMessage(readJson(ctx.io, opts.message as string, 'message'));
        if (typeof m === 'string') throw new CliInputError(`${opts.message}: ${m}`);
        message = m;
      }
      const compiled = compileFilterPolicy(readText(ctx.io, opts.policy), { scope: opts.scope });
      if (!compiled.ok) {
        reportInvalid(ctx, opts.policy, compiled.diagnostics);
        return;
      }
      const decision = compiled.value.match(message);
      if (ctx.format() === 'json') {
        printJson(ctx.io, { ...decision, ...(opts.explain ? { rule: printExpr(compiled.value.policy.ruleSet.rules[0]?.when ?? { kind: 'const', value: true, at: '' }) } : {}) });
      } else {
        ctx.io.stdout(decision.delivered ? 'delivered\n' : `filtered out (${decision.metric}): ${decision.reason}\n`);
        if (opts.explain) {
          for (const r of compiled.value.policy.ruleSet.rules) ctx.io.stdout(`rule:\n${printExpr(r.when, '  ')}\n`);
          if (decision.failed) ctx.io.stdout(`decided by: policy ${decision.failed.path || '(root)'} (message key \`${decision.failed.key}\`, condition ${decision.failed.condition})\n`);
        }
      }
      if (!decision.delivered) ctx.exitCode = EXIT_NEGATIVE;
    });

  filter
    .command('route')
    .description('route each message of a JSONL file across many subscriptions at once')
    .requiredOption('--subscriptions <file>', 'JSON array of {"id", "policy", "scope"}')
    .requiredOption('--messages <file>', 'JSON Lines, one message per line (same shapes as filter match --message); .gz accepted')
    .addHelpText('after', '\nPrints the matching subscription ids per message and a count per subscription.\nExit status 0 when every line routed, 1 when a policy is invalid or a line is not a message, 2 when a file cannot be read.')
    .action((opts: { subscriptions: string; messages: string }) => {
      const subs = readJson(ctx.io, opts.subscriptions, 'input');
      if (!Array.isArray(subs)) throw new CliInputError(`${opts.subscriptions}: expected a JSON array of {"id", "policy", "scope"}`);
      const router = createRouter(subs as Subscription[]);
      if (!router.ok) {
        reportInvalid(ctx, opts.subscriptions, router.diagnostics);
        return;
      }
      const ids = (subs as Subscription[]).map((s) => s.id);
      const counts = new Map<string, number>(ids.map((id) => [id, 0]));
      const routed: Array<{ line: number; matched: string[] }> = [];
      const errors: Array<{ line: number; message: string }> = [];
      readText(ctx.io, opts.messages).split('\n').forEach((raw, i) => {
        if (raw.trim() === '') return;
        const parsed = parseJsonSafe(raw, { document: 'message', loneSurrogates: 'ignore' });
        const message = parsed.ok ? toSnsMessage(parsed.value.value) : (parsed.diagnostics[0]?.message ?? 'invalid JSON');
        if (typeof message === 'string') {
          errors.push({ line: i + 1, message });
          return;
        }
        const matched = router.value.route(message);
        for (const id of matched) counts.set(id, (counts.get(id) ?? 0) + 1);
        routed.push({ line: i + 1, matched });
      });
      if (ctx.format() === 'json') {
        printJson(ctx.io, { messages: routed, counts: Object.fromEntries(counts), errors });
      } else {
        for (const r of routed) ctx.io.stdout(`line ${r.line}: ${r.matched.length ? r.matched.join(', ') : '(no subscription)'}\n`);
        for (const e of errors) ctx.io.stdout(`line ${e.line}: not routed: ${e.message}\n`);
        ctx.io.stdout(`\n${routed.length} messages routed${errors.length ? `, ${errors.length} lines unusable` : ''}\n`);
        for (const [id, n] of counts) ctx.io.stdout(`  ${id}: ${n} delivered\n`);
      }
      if (errors.length) ctx.exitCode = EXIT_NEGATIVE;
    });
}

function reportInvalid(ctx: CommandContext, file: string, diagnostics: Diagnostic[]): void {
  if (ctx.format() === 'json') printJson(ctx.io, { file, valid: false, diagnostics });
  else for (const d of diagnostics) ctx.io.stdout(`${file}: ${formatDiagnostic(d)}\n`);
  ctx.exitCode = EXIT_NEGATIVE;
}
