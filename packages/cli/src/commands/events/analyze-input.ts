/**
 * The rules `events analyze` reads, each with the pointer of its pattern in the file: a patterns
 * file (`[{id, pattern}]` or `{id: pattern}`, as `events route` reads), Lambda FilterCriteria
 * (each filter a rule, `filter-0`, `filter-1`, …), or the event patterns of a CloudFormation/SAM
 * template (ids = logical ids; the filters of one mapping get `#n`). A pattern an intrinsic
 * function decides is skipped with a warning, never guessed.
 */
import { getAtPointer, joinPointer, type Diagnostic } from '@arbiter/ir';
import { validateFilterCriteria } from '@arbiter/event-pattern';
import { criteriaOptions, type CriteriaFlags } from './criteria-flags.js';
import type { EventPatternInput } from '@arbiter/analysis';
import type { CommandContext } from '../../context.js';
import { CliInputError, readText } from '../../io.js';
import { holdsIntrinsic, loadTemplate } from '../../replay/template-subscriptions.js';
import { loadJson } from '../../templates/load-json.js';
import type { LoadedDocument } from '../../templates/located.js';
import { findPolicySites } from '../../templates/policy-sites.js';

export interface AnalyzeInputOptions extends CriteriaFlags {
  patterns?: string;
  template?: string;
  filters?: string;
}

export interface PatternSource {
  file: string;
  doc?: LoadedDocument;
  rules: Array<EventPatternInput & { pointer: string }>;
  /** FilterCriteria the mapping's rules reject (pointers into the file). */
  invalid?: Diagnostic[];
}

function fromPatternsFile(file: string, text: string): PatternSource {
  const loaded = loadJson(text);
  const value = loaded.ok ? loaded.value.value : undefined;
  const usage = `${file}: expected a non-empty JSON array of {"id", "pattern"} or an object of id → pattern`;
  if (!loaded.ok || value === null || typeof value !== 'object') throw new CliInputError(usage);
  const rules = Array.isArray(value)
    ? value.map((r, i) => ({ ...(r as EventPatternInput), pointer: joinPointer('', i, 'pattern') }))
    : Object.entries(value).map(([id, pattern]) => ({ id, pattern, pointer: joinPointer('', id) }));
  if (rules.length === 0) throw new CliInputError(usage);
  return { file, doc: loaded.value, rules };
}

function fromFilterCriteria(file: string, text: string, opts: AnalyzeInputOptions): PatternSource {
  const loaded = loadJson(text);
  if (!loaded.ok) throw new CliInputError(`${file}: not JSON: ${loaded.diagnostics[0]?.message ?? ''}`);
  const criteria = validateFilterCriteria(loaded.value.value, criteriaOptions(opts));
  if (!criteria.ok) return { file, doc: loaded.value, rules: [], invalid: criteria.diagnostics };
  const inFilters = !Array.isArray(loaded.value.value);
  const rules = criteria.value.map((f) => ({ id: `filter-${f.index}`, pattern: f.pattern.source, pointer: inFilters ? joinPointer('', 'Filters', f.index, 'Pattern') : joinPointer('', f.index) }));
  return { file, doc: loaded.value, rules };
}

function fromTemplate(ctx: CommandContext, file: string, text: string): PatternSource {
  const doc = loadTemplate(file, text);
  if (typeof doc === 'string') throw new CliInputError(doc);
  const sites = findPolicySites(doc.value as Record<string, unknown>).sites.filter((s) => s.language === 'event-pattern');
  const perResource = new Map<string, number>();
  for (const s of sites) perResource.set(s.resource, (perResource.get(s.resource) ?? 0) + 1);
  const seen = new Map<string, number>();
  const rules: PatternSource['rules'] = [];
  for (const site of sites) {
    const n = seen.get(site.resource) ?? 0;
    seen.set(site.resource, n + 1);
    const pattern = getAtPointer(doc.value, site.pointer).value;
    if (holdsIntrinsic(pattern)) {
      const at = doc.locate(site.pointer);
      ctx.io.stderr(`${file}:${at.line}:${at.column}: \`${site.resource}\`: its event pattern is given by an intrinsic function, unknowable before deployment; not analysed\n`);
      continue;
    }
    const id = (perResource.get(site.resource) ?? 0) > 1 ? `${site.resource}#${n}` : site.resource;
    rules.push({ id, pattern, pointer: site.pointer });
  }
  if (rules.length === 0) throw new CliInputError(`${file}: no event pattern (AWS::Events::Rule, SAM EventBridgeRule, FilterCriteria) to analyse in the template`);
  return { file, doc, rules };
}

export function readPatternSource(ctx: CommandContext, opts: AnalyzeInputOptions): PatternSource {
  const given = [opts.patterns, opts.template, opts.filters].filter((f) => f !== undefined);
  if (given.length !== 1) throw new CliInputError('give exactly one of --patterns FILE, --template FILE or --filters FILE');
  if (opts.source !== undefined && opts.filters === undefined) throw new CliInputError('--source applies to --filters only');
  if (opts.template !== undefined) return fromTemplate(ctx, opts.template, readText(ctx.io, opts.template));
  if (opts.filters !== undefined) return fromFilterCriteria(opts.filters, readText(ctx.io, opts.filters), opts);
  return fromPatternsFile(opts.patterns!, readText(ctx.io, opts.patterns!));
}
