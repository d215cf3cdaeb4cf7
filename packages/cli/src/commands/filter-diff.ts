/**
 * `arbiter filter diff OLD NEW`: how the messages a new filter policy delivers relate to the old
 * one's, with a witness message (replayed through the matcher) for each part that is not empty.
 */
import { Option, type Command } from 'commander';
import { formatDiagnostic } from '@arbiter/ir';
import { diffFilterPolicies, type FilterDiff, type Relation } from '@arbiter/analysis';
import type { FilterPolicyScope } from '@arbiter/sns-filter';
import type { CommandContext } from '../context.js';
import { EXIT_NEGATIVE, printJson, readText } from '../io.js';

const SAYS: Record<Relation, string> = {
  equivalent: 'NEW delivers exactly the messages OLD delivers',
  narrower: 'NEW is narrower: it delivers a strict subset of the messages OLD delivers',
  broader: 'NEW is broader: it delivers every message OLD delivers, and more',
  overlapping: 'NEW and OLD overlap: each delivers messages the other does not, and some messages both deliver',
  disjoint: 'NEW and OLD are disjoint: no message is delivered by both',
  'old-empty': 'OLD delivers no message at all; NEW delivers some',
  'new-empty': 'NEW delivers no message at all; OLD delivers some',
  'both-empty': 'neither policy delivers any message',
  unknown: 'the relation could not be decided',
};

function printText(ctx: CommandContext, diff: FilterDiff): void {
  ctx.io.stdout(`${diff.relation}: ${SAYS[diff.relation]}\n`);
  const show = (label: string, m: unknown) => m && ctx.io.stdout(`  ${label}: ${JSON.stringify(m)}\n`);
  show('only OLD delivers', diff.witnesses.onlyOld);
  show('only NEW delivers', diff.witnesses.onlyNew);
  show('both deliver', diff.witnesses.both);
  for (const [part, why] of Object.entries(diff.unknown)) ctx.io.stdout(`  ${part} undecided: ${why}\n`);
}

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
      if (!result.ok) {
        if (ctx.format() === 'json') printJson(ctx.io, { valid: false, diagnostics: result.diagnostics });
        else for (const d of result.diagnostics) ctx.io.stdout(`${d.params?.policy === 'new' ? newFile : oldFile}: ${formatDiagnostic(d)}\n`);
        ctx.exitCode = EXIT_NEGATIVE;
        return;
      }
      const diff = result.value;
      if (ctx.format() === 'json') printJson(ctx.io, { relation: diff.relation, witnesses: diff.witnesses, unknown: diff.unknown });
      else printText(ctx, diff);
      if (diff.relation !== 'equivalent') ctx.exitCode = EXIT_NEGATIVE;
    });
}
