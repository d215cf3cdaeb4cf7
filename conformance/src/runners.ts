/** The implementations under test, one per case kind. */
import type { CaseRunner } from '@arbiter/ir';
import { runDataProtectionCase } from '@arbiter/data-protection';
import { runIamCase } from '@arbiter/iam';
import { runSnsFilterCase } from '@arbiter/sns-filter';
import { runEventPatternCase } from '@arbiter/event-pattern';

export const caseRunners: Readonly<Record<string, CaseRunner>> = {
  'sns-filter': runSnsFilterCase,
  'data-protection': runDataProtectionCase,
  iam: runIamCase,
  'event-pattern': runEventPatternCase,
};
