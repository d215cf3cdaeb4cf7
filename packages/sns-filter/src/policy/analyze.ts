/** parse → validate → limits → toIr for one policy, returning the public policy and its model. */
import { diagnostic, fail, resultOf, type Diagnostic, type Result } from '@arbiter/ir';
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

export function analyzePolicy(input: unknown, options: ValidateOptions = {}): Result<AnalyzedPolicy> {
  const scopeProblem = checkScope(options.scope);
  if (scopeProblem) return fail([scopeProblem]);
  const scope: FilterPolicyScope = options.scope ?? 'MessageAttributes';
  const read = readPolicy(input, options.maxBytes);
  if (!read.ok) return read;
  const source = read.value.value;
  const diagnostics: Diagnostic[] = [...read.warnings];
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
  const policy: FilterPolicy = { scope, source, ruleSet: toIr(model) };
  return resultOf({ policy, model }, diagnostics);
}
