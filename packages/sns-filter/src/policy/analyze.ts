/** parse → validate → limits → toIr for one policy, returning the public policy and its model. */
import { Arg, diagnostic, fail, readOptions, resultOf, type Diagnostic, type OptionSpec, type Result } from '@arbiter/ir';
import type { FilterPolicy, FilterPolicyScope, ValidateOptions } from '../types.js';
import { SnsCodes } from './codes.js';
import { checkLimits } from './limits.js';
import { AwsText } from './messages.js';
import type { PolicyModel } from './model.js';
import { readPolicy } from './parse.js';
import { toIr } from './to-ir.js';
import { isPlainObject, validatePolicyObject } from './validate.js';

export interface AnalyzedPolicy {
  policy: FilterPolicy;
  model: PolicyModel;
}

function checkScope(scope: unknown): Diagnostic | undefined {
  if (scope === undefined || scope === 'MessageAttributes' || scope === 'MessageBody') return undefined;
  return diagnostic(SnsCodes.invalidScope, 'input', '', AwsText.invalidScope(String(scope)), { params: { scope: String(scope) } });
}

/** The options every SNS entry point reads (validate, compile, match, each router subscription). */
export const SNS_OPTION_SPEC: OptionSpec<ValidateOptions & { mode?: 'compiled' | 'reference' }> = {
  scope: Arg.string as OptionSpec<ValidateOptions>['scope'],
  maxBytes: Arg.positive,
  mode: Arg.oneOf('compiled', 'reference'),
};

export function analyzePolicy(input: unknown, given: ValidateOptions = {}): Result<AnalyzedPolicy> {
  const read = readOptions(given, SNS_OPTION_SPEC);
  if (!read.ok) return read;
  return analyzeRead(input, read.value);
}

function analyzeRead(input: unknown, options: ValidateOptions): Result<AnalyzedPolicy> {
  const scopeProblem = checkScope(options.scope);
  if (scopeProblem) return fail([scopeProblem]);
  const scope: FilterPolicyScope = options.scope ?? 'MessageAttributes';
  const policy = readPolicy(input, options.maxBytes);
  if (!policy.ok) return policy;
  const source = policy.value.value;
  const diagnostics: Diagnostic[] = [...policy.warnings];
  const emptyRoot = { at: '', clauses: [], ors: [] };
  let model: PolicyModel = { scope, deliverAll: true, root: emptyRoot };
  if (source !== undefined && !isPlainObject(source)) {
    diagnostics.push(diagnostic(SnsCodes.policyNotObject, 'policy', '', 'filter policy must be a JSON object'));
  } else if (isPlainObject(source) && Object.keys(source).length === 0) {
    diagnostics.push(diagnostic(SnsCodes.emptyObject, 'policy', '', 'empty filter policy `{}` delivers every message', { severity: 'warning' }));
  } else if (isPlainObject(source)) {
    model = { scope, deliverAll: false, root: validatePolicyObject(source, scope, diagnostics) };
    checkLimits(source, diagnostics);
  }
  const filterPolicy: FilterPolicy = { scope, source, ruleSet: toIr(model) };
  return resultOf({ policy: filterPolicy, model }, diagnostics);
}
