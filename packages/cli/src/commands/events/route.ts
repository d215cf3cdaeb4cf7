/** `arbiter events route`: each event of a JSONL file against many named patterns at once. */
import type { Command } from 'commander';
import { parseJsonSafe } from '@arbiter/ir';
import { createEventRouter, type NamedPattern } from '@arbiter/event-pattern';
import type { CommandContext } from '../../context.js';
import { CliInputError, EXIT_NEGATIVE, printJson, readJson, readText } from '../../io.js';
import { reportInvalid } from './report-invalid.js';

export function registerEventsRoute(events: Command, ctx: CommandContext): void {
  events
    .command('route')
    .description('route each event of a JSONL file across many patterns (rules) at once')
    .requiredOption('--patterns <file>', 'JSON array of {"id", "pattern"}, or an object of id → pattern')
    .requiredOption('--events <file>', 'JSON Lines, one event per line; .gz accepted')
    .addHelpText('after', '\nPrints the matching pattern ids per event and a count per pattern.\nExit status 0 when every line routed, 1 when a pattern is invalid or a line is not a JSON object, 2 when a file cannot be read.')
    .action((opts: { patterns: string; events: string }) => {
      const raw = readJson(ctx.io, opts.patterns, 'input');
      const named: NamedPattern[] = Array.isArray(raw) ? (raw as NamedPattern[]) : raw !== null && typeof raw === 'object' ? Object.entries(raw).map(([id, pattern]) => ({ id, pattern })) : [];
      if (named.length === 0) throw new CliInputError(`${opts.patterns}: expected a non-empty JSON array of {"id", "pattern"} or an object of id → pattern`);
      const router = createEventRouter(named);
      if (!router.ok) return reportInvalid(ctx, opts.patterns, router.diagnostics);
      const counts = new Map<string, number>(named.map((n) => [n.id, 0]));
      const routed: Array<{ line: number; matched: string[] }> = [];
      const errors: Array<{ line: number; message: string }> = [];
      readText(ctx.io, opts.events).split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        const parsed = parseJsonSafe(line, { document: 'message', loneSurrogates: 'ignore' });
        const value = parsed.ok ? parsed.value.value : undefined;
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          errors.push({ line: i + 1, message: parsed.ok ? 'the event is not a JSON object' : (parsed.diagnostics[0]?.message ?? 'invalid JSON') });
          return;
        }
        const matched = router.value.route(value);
        for (const id of matched) counts.set(id, (counts.get(id) ?? 0) + 1);
        routed.push({ line: i + 1, matched });
      });
      if (ctx.format() === 'json') printJson(ctx.io, { events: routed, counts: Object.fromEntries(counts), errors });
      else {
        for (const r of routed) ctx.io.stdout(`line ${r.line}: ${r.matched.length ? r.matched.join(', ') : '(no pattern)'}\n`);
        for (const e of errors) ctx.io.stdout(`line ${e.line}: not routed: ${e.message}\n`);
        ctx.io.stdout(`\n${routed.length} events routed${errors.length ? `, ${errors.length} lines unusable` : ''}\n`);
        for (const [id, n] of counts) ctx.io.stdout(`  ${id}: ${n} matched\n`);
      }
      if (errors.length) ctx.exitCode = EXIT_NEGATIVE;
    });
}
