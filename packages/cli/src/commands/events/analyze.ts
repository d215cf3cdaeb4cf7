/**
 * `arbiter events analyze`: a set of EventBridge rules (or a mapping's Lambda filters) as a whole —
 * patterns or `$or` branches no event can match, rules that match exactly the same events, and
 * every overlapping pair with an event both match. Text, JSON or SARIF, like `filter analyze`.
 */
import { Option, type Command } from 'commander';
import { analyzeEventPatterns } from '@arbiter/analysis';
import { SOURCE_NAMES } from '@arbiter/event-pattern';
import type { CommandContext } from '../../context.js';
import { reportAnalysis } from '../analysis-report.js';
import { readPatternSource, type AnalyzeInputOptions } from './analyze-input.js';

const HELP = `
Reports patterns and \`$or\` branches no event can satisfy and pairs of rules that match exactly the
same events (warnings), and \`analysis.unknown\` where the analysis cannot decide (with the reason;
never guessed). --format json also lists every overlapping pair with an event both match, replayed
through both patterns; --format sarif for code scanning. Conditions on one field are met by any
element of an array, so two value conditions rarely contradict: absence against a value does.

Exit status 0 when nothing was found, 1 when a finding was reported or a pattern is invalid, 2 when
a file cannot be read.

Examples:
  arbiter events analyze --patterns rules.json
  arbiter events analyze --template template.yaml --format sarif > analysis.sarif
  arbiter events analyze --filters filter-criteria.json --source sqs`;

export function registerEventsAnalyze(events: Command, ctx: CommandContext): void {
  events
    .command('analyze')
    .description('analyse many event patterns together: dead patterns and branches, duplicate and overlapping rules (with witness events)')
    .option('--patterns <file>', 'JSON array of {"id", "pattern"}, or an object of id → pattern')
    .option('--template <file>', 'a CloudFormation/SAM template: its rule EventPatterns and Lambda/Pipes filters')
    .option('--filters <file>', 'Lambda FilterCriteria: each filter is a rule')
    .addOption(new Option('--source <source>', 'with --filters: the mapping\'s event source, checked with its rules').choices(SOURCE_NAMES))
    .option('--raised-quota', 'with --filters: allow 10 filters per mapping instead of 5')
    .addHelpText('after', HELP)
    .action((opts: AnalyzeInputOptions) => {
      const source = readPatternSource(ctx, opts);
      const pointers = new Map(source.rules.map((r) => [r.id, r.pointer]));
      const file = { file: source.file, ...(source.doc ? { doc: source.doc } : {}), language: 'event-pattern' as const, policies: source.rules.length, idParam: 'rule', pointerOf: (id: string) => pointers.get(id) ?? '' };
      if (source.invalid) return reportAnalysis(ctx, file, source.invalid);
      const result = analyzeEventPatterns(source.rules);
      if (!result.ok) return reportAnalysis(ctx, file, result.diagnostics);
      const { diagnostics, overlaps, pairsChecked, pairsSkipped } = result.value;
      const pairs = overlaps.map((o) => `  ${o.a} & ${o.b} (${o.relation}): both match ${JSON.stringify(o.both)}`);
      reportAnalysis(ctx, file, diagnostics, {
        json: { overlaps, pairsChecked, pairsSkipped },
        text: [`${source.rules.length} rules, ${overlaps.length} overlapping pairs, ${diagnostics.length} findings`, ...pairs],
      });
    });
}
