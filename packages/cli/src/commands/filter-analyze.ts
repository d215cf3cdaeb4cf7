/**
 * `arbiter filter analyze`: a set of subscriptions as a whole — policies or `$or` branches that can
 * never match, contradicting conditions, subscriptions that receive exactly the same messages, and
 * every overlapping pair with a message both receive. Text, JSON or SARIF.
 */
import type { Command } from 'commander';
import { analyzeSubscriptions, type SubscriptionInput } from '@arbiter/analysis';
import type { CommandContext } from '../context.js';
import { CliInputError, readText } from '../io.js';
import { subscriptionsFromTemplate } from '../replay/template-subscriptions.js';
import { loadJson } from '../templates/load-json.js';
import type { LoadedDocument } from '../templates/located.js';
import { reportAnalysis } from './analysis-report.js';

interface Source {
  file: string;
  subscriptions: Array<SubscriptionInput & { pointer?: string }>;
  doc?: LoadedDocument;
}

function readSource(ctx: CommandContext, opts: { subscriptions?: string; template?: string }): Source {
  if ((opts.subscriptions === undefined) === (opts.template === undefined)) throw new CliInputError('give exactly one of --subscriptions FILE or --template FILE');
  if (opts.template !== undefined) {
    const text = readText(ctx.io, opts.template);
    const found = subscriptionsFromTemplate(opts.template, text);
    if (typeof found === 'string') throw new CliInputError(found);
    for (const s of found.skipped) ctx.io.stderr(`${s}\n`);
    return { file: opts.template, subscriptions: found.subscriptions, ...(found.doc ? { doc: found.doc } : {}) };
  }
  const file = opts.subscriptions as string;
  const loaded = loadJson(readText(ctx.io, file));
  if (!loaded.ok || !Array.isArray(loaded.value.value)) throw new CliInputError(`${file}: expected a JSON array of {"id", "policy", "scope"}`);
  const subscriptions = (loaded.value.value as SubscriptionInput[]).map((s, i) => ({ ...s, pointer: `/${i}/policy` }));
  return { file, subscriptions, doc: loaded.value };
}

export function registerFilterAnalyzeCommand(filter: Command, ctx: CommandContext): void {
  filter
    .command('analyze')
    .description('analyse many subscriptions together: dead policies and branches, duplicates, overlaps (with witness messages)')
    .option('--subscriptions <file>', 'JSON array of {"id", "policy", "scope"}')
    .option('--template <file>', 'a CloudFormation/SAM template: its SNS subscriptions with a FilterPolicy')
    .addHelpText('after', `
Reports policies and \`$or\` branches no message can satisfy, conditions that contradict each other,
and pairs of subscriptions that receive exactly the same messages (warnings); --format json also
lists every overlapping pair with a message both receive; --format sarif for code scanning.

Exit status 0 when nothing was found, 1 when a warning was found or a policy is invalid, 2 when a
file cannot be read.

Example:
  arbiter filter analyze --template template.yaml --format sarif > analysis.sarif`)
    .action((opts: { subscriptions?: string; template?: string }) => {
      const source = readSource(ctx, opts);
      const result = analyzeSubscriptions(source.subscriptions);
      const pointers = new Map(source.subscriptions.map((s) => [s.id, s.pointer ?? '']).reverse() as Array<[string, string]>);
      const file = { file: source.file, ...(source.doc ? { doc: source.doc } : {}), language: 'sns-filter' as const, policies: source.subscriptions.length, idParam: 'subscription', pointerOf: (id: string) => pointers.get(id) ?? '' };
      if (!result.ok) return reportAnalysis(ctx, file, result.diagnostics);
      const { diagnostics, overlaps, pairsChecked, pairsSkipped } = result.value;
      reportAnalysis(ctx, file, diagnostics, {
        json: { overlaps, pairsChecked, pairsSkipped },
        text: [`${source.subscriptions.length} subscriptions, ${overlaps.length} overlapping pairs, ${diagnostics.length} findings`],
      });
    });
}
