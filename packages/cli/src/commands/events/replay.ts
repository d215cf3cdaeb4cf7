/**
 * `arbiter events replay`: recorded Lambda records (JSON Lines, or a Lambda event with `Records`)
 * through a mapping's FilterCriteria — how many would be delivered, filtered out or unreadable.
 */
import { Option, type Command } from 'commander';
import { parseJsonSafe } from '@arbiter/ir';
import { compileFilterCriteria, SOURCE_NAMES, type EventSourceKind } from '@arbiter/event-pattern';
import type { CommandContext } from '../../context.js';
import { EXIT_NEGATIVE, printJson, readText } from '../../io.js';
import { reportInvalid } from './report-invalid.js';
import { maxFiltersOf } from './criteria-flags.js';

/** The records of one input line: a record, or a Lambda event batch (`Records`, or Kafka's `records` by topic-partition). */
function recordsOf(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [value];
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.Records)) return v.Records;
  if (v.records && typeof v.records === 'object' && !Array.isArray(v.records)) return Object.values(v.records).flatMap((batch) => (Array.isArray(batch) ? batch : [batch]));
  return [value];
}

export function registerEventsReplay(events: Command, ctx: CommandContext): void {
  events
    .command('replay')
    .description("replay recorded Lambda records through a mapping's FilterCriteria and count what would be delivered")
    .addOption(new Option('--source <source>', 'the mapping\'s event source').choices(SOURCE_NAMES).makeOptionMandatory())
    .requiredOption('--filters <file>', 'FilterCriteria (JSON)')
    .requiredOption('--records <file>', 'JSON Lines of records or of Lambda events with Records; .gz accepted')
    .option('--raised-quota', 'allow 10 filters per mapping instead of 5')
    .option('--show <n>', 'print the first N filtered-out or unreadable records with their reason', '10')
    .addHelpText('after', '\nExit status 0 when every record could be read, 1 when the filters are invalid or a record is unusable, 2 when a file cannot be read.')
    .action((opts: { source: EventSourceKind; filters: string; records: string; raisedQuota?: boolean; show: string }) => {
      const filter = compileFilterCriteria(readText(ctx.io, opts.filters), opts.source, { maxFilters: maxFiltersOf(opts) });
      if (!filter.ok) return reportInvalid(ctx, opts.filters, filter.diagnostics);
      const tally = { records: 0, delivered: 0, filteredOut: 0, unreadable: 0, byFilter: {} as Record<string, number> };
      const samples: Array<{ line: number; reason: string }> = [];
      const show = Number(opts.show) || 0;
      readText(ctx.io, opts.records).split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        const parsed = parseJsonSafe(line, { document: 'message', loneSurrogates: 'ignore' });
        const records = parsed.ok ? recordsOf(parsed.value.value) : [undefined];
        for (const record of records) {
          tally.records++;
          const d = parsed.ok ? filter.value.match(record) : { matched: false, reason: parsed.diagnostics[0]?.message ?? 'invalid JSON', diagnostics: parsed.diagnostics };
          if (d.matched) {
            tally.delivered++;
            const key = String(d.filter ?? 'none');
            tally.byFilter[key] = (tally.byFilter[key] ?? 0) + 1;
          } else {
            if (d.diagnostics) tally.unreadable++;
            else tally.filteredOut++;
            if (samples.length < show) samples.push({ line: i + 1, reason: d.reason ?? 'no match' });
          }
        }
      });
      if (ctx.format() === 'json') printJson(ctx.io, { ...tally, samples });
      else {
        ctx.io.stdout(`${tally.records} records: ${tally.delivered} delivered, ${tally.filteredOut} filtered out, ${tally.unreadable} unreadable\n`);
        for (const [f, n] of Object.entries(tally.byFilter)) ctx.io.stdout(`  filter ${f}: ${n} delivered\n`);
        for (const s of samples) ctx.io.stdout(`  line ${s.line}: ${s.reason}\n`);
      }
      if (tally.unreadable) ctx.exitCode = EXIT_NEGATIVE;
    });
}
