/**
 * `arbiter events diff OLD NEW`: how the events a new pattern matches relate to the old one's,
 * with a witness event (replayed through the matcher) for each part that is not empty. Each side
 * is what `events validate` reads: an event pattern, or Lambda FilterCriteria (its patterns OR-ed).
 */
import { Option, type Command } from 'commander';
import { Arg, fail, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { diffEventPatternSets } from '@arbiter/analysis';
import { SOURCE_NAMES, validateFilterCriteria } from '@arbiter/event-pattern';
import { criteriaOptions, type CriteriaFlags } from './criteria-flags.js';
import type { CommandContext } from '../../context.js';
import { readText } from '../../io.js';
import { EVENT_WORDS, reportDiff } from '../diff-report.js';

const HELP = `
Each side is an event pattern, or Lambda FilterCriteria ({"Filters":[{"Pattern":"<JSON>"}]}: the
mapping's filters OR-ed; no filters match every event). FilterCriteria are recognised by their
shape, or with --source as for \`events validate\` (then both sides are FilterCriteria, checked with
that source's rules), so a rule can be compared with the mapping that replaces it.

Relations: equivalent, narrower (NEW matches a strict subset of OLD's events), broader, overlapping,
disjoint, old-empty, new-empty, both-empty, unknown. Each witness is an event (the shape
\`events match --event\` reads; for FilterCriteria, the record as the filters see it), checked
against both sides before it is printed; a witness is null exactly when no such event exists. Parts
the analysis cannot settle are listed under "unknown" with the reason (wildcards with more than one
\`*\`; arrays of objects where \`exists: false\` is involved; a field tested both as a value and as an
object) and are never guessed.
JSON (--format json): {"relation": R, "witnesses": {"onlyOld": E|null, "onlyNew": E|null, "both": E|null}, "unknown": {...}}

Exit status 0 when the sides are equivalent, 1 when they differ (or the relation is unknown, or a
side is invalid), 2 when a file cannot be read.

Examples:
  arbiter events diff old-pattern.json new-pattern.json --format json
  arbiter events diff old-criteria.json new-criteria.json
  arbiter events diff --source sqs old-criteria.json new-criteria.json`;

const isObject = Arg.object.accept;

/** `{"Filters": [...]}` whose entries are all `{"Pattern": …}` objects (an event pattern cannot hold objects in a value list). */
function isFilterCriteria(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const filters = isObject(value) ? value['Filters'] : undefined;
  return Array.isArray(filters) && filters.every((f) => isObject(f) && 'Pattern' in f);
}

/** One side's patterns (a pattern alone, or the criteria's filters); diagnostics carry `params.policy: label`. */
function patternsOf(text: string, label: 'old' | 'new', opts: DiffOptions): Result<unknown[]> {
  if (opts.source === undefined && !isFilterCriteria(text)) return ok([text]);
  const criteria = validateFilterCriteria(text, criteriaOptions(opts));
  if (!criteria.ok) return fail(criteria.diagnostics.map((d): Diagnostic => ({ ...d, params: { ...d.params, policy: label } })));
  return ok(criteria.value.map((f) => f.pattern.source));
}

type DiffOptions = CriteriaFlags;

export function registerEventsDiff(events: Command, ctx: CommandContext): void {
  events
    .command('diff')
    .description('what an event pattern (or Lambda FilterCriteria) change lets through: the relation of the events OLD and NEW match, with witness events')
    .argument('<old>', 'the pattern or FilterCriteria before (JSON file, or - for stdin)')
    .argument('<new>', 'the pattern or FilterCriteria after (JSON file)')
    .addOption(new Option('--source <source>', 'both sides are Lambda FilterCriteria of this event source').choices(SOURCE_NAMES))
    .option('--raised-quota', 'FilterCriteria: allow 10 filters per mapping instead of 5')
    .addHelpText('after', HELP)
    .action((oldFile: string, newFile: string, opts: DiffOptions) => {
      const oldSide = patternsOf(readText(ctx.io, oldFile), 'old', opts);
      const newSide = patternsOf(readText(ctx.io, newFile), 'new', opts);
      const result = oldSide.ok && newSide.ok ? diffEventPatternSets(oldSide.value, newSide.value) : fail([...(oldSide.ok ? [] : oldSide.diagnostics), ...(newSide.ok ? [] : newSide.diagnostics)]);
      reportDiff(ctx, result, { old: oldFile, new: newFile }, EVENT_WORDS);
    });
}
