/**
 * `arbiter events diff OLD NEW`: how the events a new pattern matches relate to the old one's,
 * with a witness event (replayed through the matcher) for each part that is not empty.
 */
import type { Command } from 'commander';
import { diffEventPatterns } from '@arbiter/analysis';
import type { CommandContext } from '../../context.js';
import { readText } from '../../io.js';
import { EVENT_WORDS, reportDiff } from '../diff-report.js';

const HELP = `
Relations: equivalent, narrower (NEW matches a strict subset of OLD's events), broader, overlapping,
disjoint, old-empty, new-empty, both-empty, unknown. Each witness is an event (the shape
\`events match --event\` reads), checked against both patterns before it is printed; a witness is
null exactly when no such event exists. Parts the analysis cannot settle are listed under
"unknown" with the reason (wildcards; arrays of objects where \`exists: false\` is involved; a field
tested both as a value and as an object) and are never guessed.
JSON (--format json): {"relation": R, "witnesses": {"onlyOld": E|null, "onlyNew": E|null, "both": E|null}, "unknown": {...}}

Exit status 0 when the patterns are equivalent, 1 when they differ (or the relation is unknown, or
a pattern is invalid), 2 when a file cannot be read.

Example:
  arbiter events diff old-pattern.json new-pattern.json --format json`;

export function registerEventsDiff(events: Command, ctx: CommandContext): void {
  events
    .command('diff')
    .description('what an event pattern change lets through: the relation of the events OLD and NEW match, with witness events')
    .argument('<old>', 'the pattern before (JSON file, or - for stdin)')
    .argument('<new>', 'the pattern after (JSON file)')
    .addHelpText('after', HELP)
    .action((oldFile: string, newFile: string) => {
      const result = diffEventPatterns(readText(ctx.io, oldFile), readText(ctx.io, newFile));
      reportDiff(ctx, result, { old: oldFile, new: newFile }, EVENT_WORDS);
    });
}
