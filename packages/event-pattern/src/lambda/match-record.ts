/**
 * Lambda event filtering (spec §8): a record is delivered when any filter matches its decoded
 * view. A filter whose payload pattern disagrees with the payload's format (JSON vs plain text,
 * or a payload that is not UTF-8 text) drops the record, as Lambda's format tables say.
 */
import { diagnostic, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { matcherOf } from '../match/matcher.js';
import { LambdaCodes } from '../pattern/codes.js';
import { createEventRouter } from '../route/router.js';
import type { EventMatcher, MatchOptions, PatternRouter } from '../types.js';
import type { Payload } from './decode-payload.js';
import { validateFilterCriteria, type FilterCriteriaOptions, type PayloadPatternKind } from './filter-criteria.js';
import { viewOf } from './record-view.js';
import { isEventSource, SOURCE_NAMES, SOURCES, type EventSourceKind } from './sources.js';

export interface RecordDecision {
  matched: boolean;
  /** Index of the first filter that matched. */
  filter?: number;
  /** Why no filter matched: one line per filter, or why the record could not be read. */
  reason?: string;
  diagnostics?: Diagnostic[];
}

export interface RecordFilter {
  readonly source: EventSourceKind;
  readonly size: number;
  match(record: unknown): RecordDecision;
}

type CompiledFilter = { index: number; matcher: EventMatcher; payloadKind: PayloadPatternKind };

export type RecordMatchOptions = FilterCriteriaOptions & { mode?: MatchOptions['mode'] | 'router' };

/** Why a filter cannot match this payload format, or `undefined` when it can be evaluated. */
function formatMismatch(kind: PayloadPatternKind, payload: Payload, key: string): string | undefined {
  if (kind === 'none' || kind === 'both') return undefined;
  if (payload.kind === 'binary') return `\`${key}\` is not UTF-8 text, so a pattern on it cannot match`;
  if (payload.kind === 'json' && kind === 'plain') return `\`${key}\` is JSON but the pattern matches it as a plain string`;
  if (payload.kind === 'plain' && kind === 'json') return `\`${key}\` is not a JSON object but the pattern looks inside it`;
  return undefined;
}

function decide(filters: CompiledFilter[], source: EventSourceKind, record: unknown, router?: PatternRouter): RecordDecision {
  const read = viewOf(record, source);
  if (!read.ok) return { matched: false, reason: read.reason, diagnostics: read.diagnostics };
  if (filters.length === 0) return { matched: true };
  const reasons: string[] = [];
  const key = SOURCES[source].dataKey;
  // Router mode: the filters that match the view, found through the shared index; the format rules still apply.
  const routed = router ? new Set(router.route(read.view)) : undefined;
  for (const f of filters) {
    const mismatch = formatMismatch(f.payloadKind, read.payload, key);
    if (mismatch) {
      reasons.push(`filter ${f.index}: ${mismatch}`);
      continue;
    }
    if (routed?.has(String(f.index))) return { matched: true, filter: f.index };
    const decision = routed ? { matched: false, reason: 'not routed' } : f.matcher.match(read.view);
    if (decision.matched) return { matched: true, filter: f.index };
    reasons.push(`filter ${f.index}: ${decision.reason ?? 'no match'}`);
  }
  return { matched: false, reason: reasons.join('; ') };
}

/** Validates FilterCriteria for `source` and compiles every filter; no filters deliver every record. */
export function compileFilterCriteria(criteria: unknown, source: EventSourceKind, options: RecordMatchOptions = {}): Result<RecordFilter> {
  if (!isEventSource(source)) {
    return { ok: false, diagnostics: [diagnostic(LambdaCodes.unknownSource, 'input', '', `unknown event source \`${String(source)}\`; use one of ${SOURCE_NAMES.join(', ')}`)] };
  }
  const validated = validateFilterCriteria(criteria, { ...options, source });
  if (!validated.ok) return validated;
  const filters: CompiledFilter[] = [];
  for (const f of validated.value) {
    filters.push({ index: f.index, matcher: matcherOf(f.pattern, options.mode === 'reference' ? 'reference' : 'compiled'), payloadKind: f.payloadKind });
  }
  const router = options.mode === 'router' ? createEventRouter(validated.value.map((f) => ({ id: String(f.index), pattern: f.pattern.source }))) : undefined;
  if (router && !router.ok) return router;
  return ok({ source, size: filters.length, match: (record: unknown) => decide(filters, source, record, router?.value) }, validated.warnings);
}

/** Validates `filters` and decides one record of `source`; a failed result means the filters are invalid. */
export function matchLambdaRecord(filters: unknown, record: unknown, source: EventSourceKind, options: RecordMatchOptions = {}): Result<RecordDecision> {
  const compiled = compileFilterCriteria(filters, source, options);
  if (!compiled.ok) return compiled;
  return ok(compiled.value.match(record), compiled.warnings);
}
