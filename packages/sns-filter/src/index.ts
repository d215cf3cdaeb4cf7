/**
 * @arbiter/sns-filter: Amazon SNS subscription filter policies. Validate a policy exactly as SNS
 * does, match messages in both scopes with the reason for every decision, and route one message
 * across many subscriptions through a shared index.
 */
export type {
  FilterDecision,
  FilterMatcher,
  FilterMetric,
  FilterPolicy,
  FilterPolicyScope,
  MatchOptions,
  MessageAttributeValue,
  Router,
  RouterOptions,
  SnsMessage,
  Subscription,
  ValidateOptions,
} from './types.js';
export { validateFilterPolicy } from './policy/validate-policy.js';
export { compileFilterPolicy, matchFilterPolicy } from './match/matcher.js';
export { createRouter } from './route/router.js';
export { RuleRouter, type RuleRouterOptions, type AddRuleProblem } from './route/rule-router.js';
export { SNS_BODY, type BodyDialect } from './route/body-dialect.js';
export { formatAwsError } from './aws-error.js';
export { runSnsFilterCase, snsFilterKindRunner, awsMessageOf } from './conformance.js';
export { SnsCodes } from './policy/codes.js';
export { DEFAULT_MAX_POLICY_BYTES } from './policy/parse.js';
export { MAX_COMBINATIONS, MAX_KEYS, countCombinations } from './policy/limits.js';
