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
export { iamDiff, type IamDiff, type IamDiffOptions } from './iam/diff.js';
export { ANALYSED_KINDS, type AnalysedKind } from './iam/policies.js';
export { checkAccessNotGranted, checkNoPublicAccess, CALLER_BOUND_KEYS, type AccessNotGrantedOptions, type CheckResult, type PolicyCheck } from './iam/checks.js';
export { analyzeIamStatements, IamAnalysisCodes, type StatementAnalysis } from './iam/unreachable.js';
export { requiredKeys, type ActionRequirements, type RequiredKey } from './iam/abac.js';
export { diffEventPatterns, diffEventPatternSets, compareEventSides, compileEventSide, unionOfSides, type EventDiff, type EventSide } from './events/diff.js';
export type { WitnessEvent } from './events/event.js';
export { analyzeEventPatterns, EventAnalysisCodes, type EventPairFinding, type EventPatternAnalysis, type EventPatternInput } from './events/analyze.js';
