/**
 * `arbiter filter diff OLD NEW`: how the messages a new filter policy delivers relate to the old
 * one's, with a witness message (replayed through the matcher) for each part that is not empty.
 */
import { Option, type Command } from 'commander';
import { diffFilterPolicies } from '@arbiter/analysis';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import type { CommandContext } from '../context.js';
import { readText } from '../io.js';
import { MESSAGE_WORDS, reportDiff } from './diff-report.js';

export function registerFilterDiffCommand(filter: Command, ctx: CommandContext): void {
  filter
    .command('diff')
    .description('what a filter policy change lets through: the relation of the messages OLD and NEW deliver, with witness messages')
    .argument('<old>', 'the policy before (JSON file, or - for stdin)')
    .argument('<new>', 'the policy after (JSON file)')
    .addOption(new Option('--scope <scope>', 'FilterPolicyScope of the subscription').choices(['MessageAttributes', 'MessageBody']).default('MessageAttributes'))
    .addHelpText('after', `
Relations: equivalent, narrower, broader, overlapping, disjoint, old-empty, new-empty, both-empty,
unknown. Each witness is a message in the shape \`filter match --message\` reads, checked against
both policies before it is printed; a witness is null exactly when no such message exists.
JSON (--format json): {"relation": R, "witnesses": {"onlyOld": M|null, "onlyNew": M|null, "both": M|null}, "unknown": {...}}

Exit status 0 when the policies are equivalent, 1 when they differ (or the relation is unknown, or
a policy is invalid), 2 when a file cannot be read.

Example:
  arbiter filter diff old.json new.json --scope MessageBody`)
    .action((oldFile: string, newFile: string, opts: { scope: FilterPolicyScope }) => {
      const result = diffFilterPolicies(readText(ctx.io, oldFile), readText(ctx.io, newFile), { scope: opts.scope });
      reportDiff(ctx, result, { old: oldFile, new: newFile }, MESSAGE_WORDS);
    });
}
