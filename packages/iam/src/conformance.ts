/** Runs one `iam.jsonl` case (spec §0) through the reference or compiled evaluator. Never throws. */
import type { CaseOutcome, CaseRunner } from '@arbiter/ir';
import { authorize } from './authorize.js';
import type { IamRequest, PolicySet } from './types.js';

export const runIamCase: CaseRunner = (testCase, mode): CaseOutcome => {
  const expected = String(testCase.expect);
  try {
    const r = authorize((testCase.policies ?? {}) as PolicySet, (testCase.request ?? {}) as IamRequest, { mode });
    if (!r.ok) {
      const first = r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics[0];
      const actual = r.diagnostics.some((d) => d.document === 'policy' || d.document === 'input') ? 'invalid-policy' : 'invalid-request';
      const out: CaseOutcome = { passed: actual === expected, expected, actual };
      if (first) out.detail = `${first.code} ${first.path}: ${first.message}`;
      return out;
    }
    const actual = r.value.decision;
    const out: CaseOutcome = { passed: actual === expected, expected, actual };
    if (actual !== expected) out.detail = r.value.explanation.summary;
    return out;
  } catch (e) {
    return { passed: false, expected, actual: 'crash', detail: e instanceof Error ? e.message : String(e) };
  }
};
