/**
 * The report of a policy diff (`filter diff`, `events diff`, `validate --base`): the relation in
 * words, the witnesses, and the parts left undecided — one wording for every language.
 */
import { formatDiagnostic, type Result } from '@arbiter/ir';
import type { Comparison, Relation } from '@arbiter/analysis';
import type { CommandContext } from '../context.js';
import { EXIT_NEGATIVE, printJson } from '../io.js';

/** What the language's policies do to what: a policy `delivers` `messages`, a pattern `matches` `events`. */
export interface DiffWords {
  subject: string;
  verb: string;
  /** The verb's plain form and past participle: `deliver`/`delivered`. */
  base: string;
  past: string;
  noun: string;
}

export const MESSAGE_WORDS: DiffWords = { subject: 'policy', verb: 'delivers', base: 'deliver', past: 'delivered', noun: 'messages' };
export const EVENT_WORDS: DiffWords = { subject: 'pattern', verb: 'matches', base: 'match', past: 'matched', noun: 'events' };

/** One sentence saying what `relation` means. */
export function describeRelation(relation: Relation, { subject, verb, base, past, noun }: DiffWords): string {
  const one = noun.replace(/s$/, '');
  const says: Record<Relation, string> = {
    equivalent: `NEW ${verb} exactly the ${noun} OLD ${verb}`,
    narrower: `NEW is narrower: it ${verb} a strict subset of the ${noun} OLD ${verb}`,
    broader: `NEW is broader: it ${verb} every ${one} OLD ${verb}, and more`,
    overlapping: `NEW and OLD overlap: each ${verb} ${noun} the other does not, and some ${noun} both ${base}`,
    disjoint: `NEW and OLD are disjoint: no ${one} is ${past} by both`,
    'old-empty': `OLD ${verb} no ${one} at all; NEW ${verb} some`,
    'new-empty': `NEW ${verb} no ${one} at all; OLD ${verb} some`,
    'both-empty': `neither ${subject} ${verb} any ${one}`,
    unknown: 'the relation could not be decided',
  };
  return says[relation];
}

/** The text report: the relation, then each witness and each undecided part on its own line. */
export function printDiffText(ctx: CommandContext, diff: Comparison<unknown>, words: DiffWords): void {
  ctx.io.stdout(`${diff.relation}: ${describeRelation(diff.relation, words)}\n`);
  const show = (label: string, m: unknown) => m && ctx.io.stdout(`  ${label}: ${JSON.stringify(m)}\n`);
  show(`only OLD ${words.verb}`, diff.witnesses.onlyOld);
  show(`only NEW ${words.verb}`, diff.witnesses.onlyNew);
  show(`both ${words.base}`, diff.witnesses.both);
  for (const [part, why] of Object.entries(diff.unknown)) ctx.io.stdout(`  ${part} undecided: ${why}\n`);
}

/** Prints a diff result in the chosen format (invalid policies as diagnostics, labelled by file) and sets the exit status. */
export function reportDiff(ctx: CommandContext, result: Result<Comparison<unknown>>, files: { old: string; new: string }, words: DiffWords): void {
  if (!result.ok) {
    if (ctx.format() === 'json') printJson(ctx.io, { valid: false, diagnostics: result.diagnostics });
    else for (const d of result.diagnostics) ctx.io.stdout(`${d.params?.policy === 'new' ? files.new : files.old}: ${formatDiagnostic(d)}\n`);
    ctx.exitCode = EXIT_NEGATIVE;
    return;
  }
  const diff = result.value;
  if (ctx.format() === 'json') printJson(ctx.io, { relation: diff.relation, witnesses: diff.witnesses, unknown: diff.unknown });
  else printDiffText(ctx, diff, words);
  if (diff.relation !== 'equivalent') ctx.exitCode = EXIT_NEGATIVE;
}
