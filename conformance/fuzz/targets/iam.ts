/**
 * IAM: a setup is a policy set, loaded and compiled once; each request's answer is the decision
 * of the reference evaluator and of the compiled one.
 */
import { checkRequest, compilePolicySet, decideReference, loadPolicySet, type IamRequest, type PolicySet } from '@arbiter/iam';
import { iamRequestArb, iamSetArb } from '../generators.js';
import type { Family, Prepared } from '../targets.js';

const EVALUATORS = ['iam-reference', 'iam-compiled'] as const;

function prepare(set: PolicySet): Prepared<IamRequest> {
  const loaded = loadPolicySet(set);
  const compiled = compilePolicySet(set);
  const reference = (request: IamRequest): string => {
    if (!loaded.ok) return 'invalid-policy';
    const req = checkRequest(request);
    return req.ok ? decideReference(loaded.value, req.value).decision : 'invalid-request';
  };
  const fast = (request: IamRequest): string => {
    if (!compiled.ok) return 'invalid-policy';
    const decided = compiled.value.authorizeChecked(request);
    return decided.ok ? decided.value.decision : 'invalid-request';
  };
  return {
    evaluate: [
      [EVALUATORS[0], reference],
      [EVALUATORS[1], fast],
    ],
    ...(loaded.ok !== compiled.ok ? { problem: `loadPolicySet ${loaded.ok}, compilePolicySet ${compiled.ok}` } : {}),
    asCases: (request, answers) => [{ kind: 'iam', source: 'fuzz', confidence: 'derived', policies: set, request: request ?? { action: 's3:GetObject' }, expect: answers[EVALUATORS[0]] ?? 'invalid-policy', note: `fuzz: ${JSON.stringify(answers)}` }],
  };
}

export const iamFamily: Family<PolicySet, IamRequest> = {
  name: 'iam',
  evaluators: EVALUATORS,
  setups: iamSetArb,
  inputs: iamRequestArb,
  batch: { setups: 10, inputs: 200 },
  setupSize: (s) => JSON.stringify(s).length,
  inputSize: (r) => JSON.stringify(r).length,
  prepare,
};
