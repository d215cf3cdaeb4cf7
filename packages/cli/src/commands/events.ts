/**
 * `arbiter events validate|match|route|replay`: EventBridge event patterns and Lambda event
 * filtering (@arbiter/event-pattern). Patterns are validated as EventBridge does (AWS's own
 * wording is not recorded, so messages are Arbiter's); Lambda filters add the mapping's rules.
 */
import { Option, type Command } from 'commander';
import { formatDiagnostic, printExpr } from '@arbiter/ir';
import { compileEventPattern, compileFilterCriteria, SOURCE_NAMES, validateEventPattern, validateFilterCriteria, type EventSourceKind } from '@arbiter/event-pattern';
import type { CommandContext } from '../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readJson, readText } from '../io.js';
import { registerEventsRoute } from './events/route.js';
import { registerEventsReplay } from './events/replay.js';
import { registerEventsDiff } from './events/diff.js';
import { registerEventsAnalyze } from './events/analyze.js';
import { reportInvalid } from './events/report-invalid.js';
import { criteriaOptions } from './events/criteria-flags.js';

const sourceOption = () => new Option('--source <source>', 'Lambda event source of the mapping (FilterCriteria mode)').choices(SOURCE_NAMES);

const HELP = `
An event pattern is a JSON object (EventBridge rule EventPattern). With --source, the file is Lambda
FilterCriteria instead ({"Filters":[{"Pattern":"<JSON>"}]}, or a JSON array of patterns), checked with
the mapping's rules: at most 5 filters (--raised-quota: 10), patterns of at most 4,096 characters, no
plain-string data pattern for kinesis and dynamodb.

Examples:
  arbiter events validate rule-pattern.json
  arbiter events validate --source sqs filter-criteria.json
  arbiter events match --pattern p.json --event event.json --explain
  arbiter events match --source kinesis --filters criteria.json --record record.json
  arbiter events route --patterns rules.json --events events.jsonl
  arbiter events replay --source sqs --filters criteria.json --records recorded.jsonl.gz
  arbiter events diff old-pattern.json new-pattern.json --format json
  arbiter events analyze --template template.yaml --format sarif`;

export function registerEventsCommands(program: Command, ctx: CommandContext): void {
  const events = program.command('events').description('EventBridge event patterns and Lambda event filtering: validate, match, route, replay, diff, analyze').addHelpText('after', HELP);

  events
    .command('validate')
    .description('validate an event pattern, or Lambda FilterCriteria with --source; every problem with its JSON pointer')
    .argument('<file>', 'pattern or FilterCriteria file (JSON), or - for stdin')
    .addOption(sourceOption())
    .option('--raised-quota', 'allow 10 filters per mapping instead of 5')
    .addHelpText('after', '\nExit status 0 when valid, 1 when AWS would reject it, 2 when the file cannot be read.')
    .action((file: string, opts: { source?: EventSourceKind; raisedQuota?: boolean }) => {
      const text = readText(ctx.io, file);
      const result = opts.source ? validateFilterCriteria(text, criteriaOptions(opts)) : validateEventPattern(text);
      const diagnostics = result.ok ? result.warnings : result.diagnostics;
      const what = opts.source ? `${opts.source} FilterCriteria` : 'event pattern';
      if (ctx.format() === 'json') printJson(ctx.io, { file, valid: result.ok, diagnostics });
      else {
        for (const d of diagnostics) ctx.io.stdout(`${file}: ${formatDiagnostic(d)}\n`);
        ctx.io.stdout(result.ok ? `${file}: valid ${what}\n` : `${file}: invalid ${what} (${diagnostics.filter((d) => d.severity === 'error').length} errors)\n`);
      }
      if (!result.ok) ctx.exitCode = EXIT_NEGATIVE;
    });

  events
    .command('match')
    .description('decide whether a pattern matches one event (or Lambda filters one record), and why')
    .option('--pattern <file>', 'event pattern (JSON)')
    .option('--event <file>', 'the event (JSON)')
    .option('--filters <file>', 'Lambda FilterCriteria (JSON), with --source and --record')
    .option('--record <file>', 'one Lambda record (JSON) as the event source delivers it')
    .addOption(sourceOption())
    .option('--explain', 'also print the compiled rule')
    .addHelpText('after', '\nExit status 0 when matched, 1 when not matched or the pattern is invalid, 2 when an input cannot be read.')
    .action((opts: { pattern?: string; event?: string; filters?: string; record?: string; source?: EventSourceKind; explain?: boolean }) => {
      if (opts.filters !== undefined || opts.record !== undefined) return void matchRecord(ctx, opts);
      if (opts.pattern === undefined || opts.event === undefined) throw new CliInputError('give --pattern FILE and --event FILE (or --source, --filters and --record for Lambda)');
      const compiled = compileEventPattern(readText(ctx.io, opts.pattern));
      if (!compiled.ok) return reportInvalid(ctx, opts.pattern, compiled.diagnostics);
      const decision = compiled.value.match(readJson(ctx.io, opts.event, 'message'));
      const rule = printExpr(compiled.value.pattern.ruleSet.rules[0]!.when);
      if (ctx.format() === 'json') printJson(ctx.io, { ...decision, ...(opts.explain ? { rule } : {}) });
      else {
        ctx.io.stdout(decision.matched ? 'matched\n' : `no match: ${decision.reason}\n`);
        if (opts.explain) ctx.io.stdout(`rule:\n${printExpr(compiled.value.pattern.ruleSet.rules[0]!.when, '  ')}\n`);
      }
      if (!decision.matched) ctx.exitCode = EXIT_NEGATIVE;
    });

  registerEventsRoute(events, ctx);
  registerEventsReplay(events, ctx);
  registerEventsDiff(events, ctx);
  registerEventsAnalyze(events, ctx);
}

function matchRecord(ctx: CommandContext, opts: { filters?: string; record?: string; source?: EventSourceKind }): void {
  if (opts.filters === undefined || opts.record === undefined || opts.source === undefined) throw new CliInputError('Lambda matching needs --source, --filters FILE and --record FILE');
  const compiled = compileFilterCriteria(readText(ctx.io, opts.filters), opts.source);
  if (!compiled.ok) return reportInvalid(ctx, opts.filters, compiled.diagnostics);
  const decision = compiled.value.match(readJson(ctx.io, opts.record, 'message'));
  if (ctx.format() === 'json') printJson(ctx.io, decision);
  else ctx.io.stdout(decision.matched ? `delivered (filter ${decision.filter ?? 'none: no filters'})\n` : `filtered out: ${decision.reason}\n`);
  if (!decision.matched) ctx.exitCode = EXIT_NEGATIVE;
}
