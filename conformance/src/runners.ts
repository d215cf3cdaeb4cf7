/** The implementations under test, one per case kind, with the modes each offers. */
import type { CaseRunner, KindRunner } from '@arbiter/ir';
import { runDataProtectionCase } from '@arbiter/data-protection';
import { runIamCase } from '@arbiter/iam';
import { snsFilterKindRunner } from '@arbiter/sns-filter';
import { eventPatternKindRunner } from '@arbiter/event-pattern';

/** A kind with only the two evaluators. */
export function evaluatorsOnly(run: CaseRunner): KindRunner {
  return {
    modes: ['reference', 'compiled'],
    run: (testCase, mode) => (mode === 'router' ? { passed: false, expected: String(testCase.expect), actual: 'unsupported', detail: 'no router for this kind' } : run(testCase, mode)),
  };
}

export const caseRunners: Readonly<Record<string, KindRunner>> = {
  'sns-filter': snsFilterKindRunner,
  'data-protection': evaluatorsOnly(runDataProtectionCase),
  iam: evaluatorsOnly(runIamCase),
  'event-pattern': eventPatternKindRunner,
};
