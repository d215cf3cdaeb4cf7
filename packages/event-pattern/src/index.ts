/**
 * @arbiter/event-pattern: Amazon EventBridge event patterns and Lambda event filtering. Validate a
 * pattern with a pointer and an actionable message for every problem, match events with the
 * reason for every non-match, filter Lambda records as each event source delivers them, and
 * route one event across many patterns.
 */
export type { EventDecision, EventMatcher, EventPattern, MatchOptions, NamedPattern, PatternRouter, ValidateOptions } from './types.js';
export type { Matcher, PatternNode } from './pattern/model.js';
export { validateEventPattern } from './pattern/analyze.js';
export { compileEventPattern, matchEventPattern } from './match/matcher.js';
export { EventPatternCodes, LambdaCodes } from './pattern/codes.js';
export { MAX_OR_COMBINATIONS } from './pattern/validate.js';
export { DEFAULT_MAX_PATTERN_BYTES } from './pattern/parse.js';
export { validateFilterCriteria, type FilterCriteriaOptions, type LambdaFilter } from './lambda/filter-criteria.js';
export { compileFilterCriteria, matchLambdaRecord, type RecordDecision, type RecordFilter } from './lambda/match-record.js';
export { SOURCES, SOURCE_NAMES, DEFAULT_MAX_FILTERS, RAISED_MAX_FILTERS, MAX_FILTER_PATTERN_LENGTH, isEventSource, type EventSourceKind } from './lambda/sources.js';
export { createEventRouter } from './route/router.js';
export { runEventPatternCase, eventPatternKindRunner } from './conformance.js';
