/**
 * @arbiter/analysis: questions about all messages at once, answered on the shared IR — does a
 * policy change deliver more or less, do two subscriptions receive the same messages, can a
 * branch ever match — each answer with a witness message replayed through the real evaluator.
 */
export { compareExprs, relationOf, type Comparison, type Component, type LanguageAdapter, type Relation } from './engine/relation.js';
export { findWitness, searchSpace, MAX_SEARCH_NODES, type SearchResult, type SearchSpace } from './engine/search.js';
export { evaluatePartial, type Assignment } from './engine/partial.js';
export { diffFilterPolicies, type DiffOptions, type FilterDiff } from './sns/diff.js';
export { analyzeSubscriptions, AnalysisCodes, type PairFinding, type SubscriptionAnalysis, type SubscriptionInput } from './sns/analyze.js';
export { diffEventPatterns, diffEventPatternSets, compareEventSides, compileEventSide, unionOfSides, type EventDiff, type EventSide } from './events/diff.js';
export type { WitnessEvent } from './events/event.js';
