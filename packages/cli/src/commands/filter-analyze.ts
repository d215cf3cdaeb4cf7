/**
 * `arbiter filter analyze`: a set of subscriptions as a whole — policies or `$or` branches that can
 * never match, contradicting conditions, subscriptions that receive exactly the same messages, and
 * every overlapping pair with a message both receive. Text, JSON or SARIF.
 */
import type { Command } from 'commander';
import { analyzeSubscriptions, type SubscriptionInput } from '@arbiter/analysis';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readText } from '../io.js';
import { subscriptionsFromTemplate } from '../replay/template-subscriptions.js';
import { loadJson } from '../templates/load-json.js';
import type { LoadedDocument } from '../templates/located.js';
import type { Finding } from '../templates/findings.js';
import type { ValidateSummary } from '../templates/summary.js';
import { toSarif } from '../templates/report-sarif.js';

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

function summaryOf(source: Source, findings: readonly Finding[]): ValidateSummary {
  const policies = source.subscriptions.length;
  return {
    files: 1,
    policies,
    byLanguage: Object.fromEntries([['sns-filter', policies]]) as ValidateSummary['byLanguage'],
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    ignoredResources: 0,
    samPolicyTemplates: 0,
    unrecognised: [],
  };
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
      const diagnostics = result.ok ? result.value.diagnostics : result.diagnostics;
      const pointerOf = (sub: unknown) => source.subscriptions.find((s) => s.id === sub)?.pointer ?? '';
      const findings: Finding[] = diagnostics.map((d) => {
        const pointer = pointerOf(d.params?.subscription) + d.path;
        const where = source.doc?.locate(pointer) ?? { line: 1, column: 1 };
        return { file: source.file, line: where.line, column: where.column, severity: d.severity, code: d.code, message: d.message, pointer, policyPointer: d.path, policyKind: 'sns-filter', ...(typeof d.params?.subscription === 'string' ? { resource: d.params.subscription } : {}) };
      });
      const format = ctx.format();
      if (format === 'sarif') printJson(ctx.io, toSarif(findings, summaryOf(source, findings), ctx.io.cwd, '0.1.0'));
      else if (format === 'json') printJson(ctx.io, { file: source.file, findings, ...(result.ok ? { overlaps: result.value.overlaps, pairsChecked: result.value.pairsChecked, pairsSkipped: result.value.pairsSkipped } : {}) });
      else {
        for (const f of findings) ctx.io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`);
        if (result.ok) ctx.io.stdout(`${source.subscriptions.length} subscriptions, ${result.value.overlaps.length} overlapping pairs, ${findings.length} findings\n`);
      }
      if (!result.ok || findings.length > 0) ctx.exitCode = EXIT_NEGATIVE;
    });
}
