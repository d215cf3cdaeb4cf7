/**
 * Lambda `FilterCriteria` validation (spec §7, §8): `{"Filters":[{"Pattern":"<JSON>"}, …]}`, at
 * most 5 filters (10 with the raised quota), each pattern at most 4,096 characters and a valid
 * event pattern; Kinesis and DynamoDB refuse a plain-string pattern on their payload key.
 * Pattern diagnostics keep the filter's pointer and carry the pointer inside the pattern.
 */
import { diagnostic, joinPointer, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
import { validateEventPattern } from '../pattern/analyze.js';
import { LambdaCodes } from '../pattern/codes.js';
import { expandConjunctions } from '../pattern/expand.js';
import type { EventPattern } from '../types.js';
import { DEFAULT_MAX_FILTERS, MAX_FILTER_PATTERN_LENGTH, SOURCES, type EventSourceKind } from './sources.js';

export interface FilterCriteriaOptions {
  /** The mapping's event source; enables the source's payload rules. */
  source?: EventSourceKind;
  /** Filters allowed per mapping: 5 by default, 10 with the raised quota. */
  maxFilters?: number;
}

/** How a filter's pattern treats the payload key: not at all, as JSON (nested), as a plain string (a leaf), or both (in different `$or` branches). */
export type PayloadPatternKind = 'none' | 'json' | 'plain' | 'both';

export interface LambdaFilter {
  index: number;
  pattern: EventPattern;
  payloadKind: PayloadPatternKind;
}

export function payloadPatternKind(pattern: EventPattern, dataKey: string): PayloadPatternKind {
  let json = false;
  let plain = false;
  for (const conjunction of expandConjunctions(pattern.model)) {
    for (const { path } of conjunction) {
      if (path[0] !== dataKey) continue;
      if (path.length === 1) plain = true;
      else json = true;
    }
  }
  return json && plain ? 'both' : json ? 'json' : plain ? 'plain' : 'none';
}

/** The filter list of the criteria: `{Filters:[…]}`, or a bare array of filters or patterns. */
function filterList(criteria: unknown, out: Diagnostic[]): { list: unknown[]; base: string } {
  let value = criteria;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      out.push(diagnostic(LambdaCodes.criteriaNotObject, 'policy', '', 'FilterCriteria is not valid JSON'));
      return { list: [], base: '' };
    }
  }
  if (Array.isArray(value)) return { list: value, base: '' };
  if (value === null || typeof value !== 'object') {
    out.push(diagnostic(LambdaCodes.criteriaNotObject, 'policy', '', 'FilterCriteria must be an object: {"Filters": [{"Pattern": "…"}]}'));
    return { list: [], base: '' };
  }
  const filters = (value as Record<string, unknown>).Filters;
  if (filters === undefined) return { list: [], base: '/Filters' };
  if (!Array.isArray(filters)) out.push(diagnostic(LambdaCodes.filtersNotArray, 'policy', '/Filters', '`Filters` must be an array of {"Pattern": "…"} objects'));
  return { list: Array.isArray(filters) ? filters : [], base: '/Filters' };
}

function readFilter(entry: unknown, at: string, index: number, options: FilterCriteriaOptions, out: Diagnostic[], inFilters: boolean): LambdaFilter | undefined {
  const isObject = entry !== null && typeof entry === 'object' && !Array.isArray(entry);
  if (inFilters && !isObject) {
    out.push(diagnostic(LambdaCodes.filterNotObject, 'policy', at, 'each filter must be an object: {"Pattern": "…"}'));
    return undefined;
  }
  // Inside `Filters` every entry is a {Pattern} wrapper; a bare array may also hold patterns.
  const isWrapper = isObject && (inFilters || 'Pattern' in entry);
  const pattern = isWrapper ? (entry as Record<string, unknown>).Pattern : entry;
  const where = isWrapper ? joinPointer(at, 'Pattern') : at;
  if (pattern === undefined || pattern === null) {
    out.push(diagnostic(LambdaCodes.patternMissing, 'policy', where, 'filter has no `Pattern`', { help: 'write {"Pattern": "{\\"body\\": {…}}"}' }));
    return undefined;
  }
  const length = typeof pattern === 'string' ? pattern.length : (JSON.stringify(pattern) ?? '').length;
  if (length > MAX_FILTER_PATTERN_LENGTH) {
    out.push(diagnostic(LambdaCodes.patternTooLong, 'policy', where, `filter pattern is ${length} characters, more than Lambda's limit of ${MAX_FILTER_PATTERN_LENGTH}`, { params: { length, limit: MAX_FILTER_PATTERN_LENGTH } }));
    return undefined;
  }
  const validated = validateEventPattern(pattern);
  const problems = validated.ok ? validated.warnings : validated.diagnostics;
  for (const d of problems) out.push({ ...d, path: where, message: d.path ? `pattern ${d.path}: ${d.message}` : `pattern: ${d.message}`, params: { ...d.params, patternPath: d.path } });
  if (!validated.ok) return undefined;
  const payloadKind = options.source ? payloadPatternKind(validated.value, SOURCES[options.source].dataKey) : 'none';
  if (options.source && !SOURCES[options.source].plainPatterns && (payloadKind === 'plain' || payloadKind === 'both')) {
    const key = SOURCES[options.source].dataKey;
    out.push(diagnostic(LambdaCodes.plainDataPattern, 'policy', where, `${options.source} filters cannot match \`${key}\` as a plain string`, { help: `Lambda rejects this mapping: filter inside the JSON, e.g. {"${key}": {"field": ["value"]}}` }));
    return undefined;
  }
  return { index, pattern: validated.value, payloadKind };
}

/** Validates FilterCriteria (object, JSON text, or a bare array of patterns) for one mapping. */
export function validateFilterCriteria(criteria: unknown, options: FilterCriteriaOptions = {}): Result<LambdaFilter[]> {
  const out: Diagnostic[] = [];
  const { list, base } = filterList(criteria, out);
  const max = options.maxFilters ?? DEFAULT_MAX_FILTERS;
  if (list.length > max) {
    out.push(diagnostic(LambdaCodes.tooManyFilters, 'policy', base, `${list.length} filters, more than the ${max} Lambda allows per event source mapping`, { params: { count: list.length, limit: max }, help: 'merge filters with $or or value lists, or request the quota increase to 10' }));
  }
  const filters = list.map((entry, i) => readFilter(entry, joinPointer(base, i), i, options, out, base !== '')).filter((f): f is LambdaFilter => f !== undefined);
  return resultOf(filters, out);
}
