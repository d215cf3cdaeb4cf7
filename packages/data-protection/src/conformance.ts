/** The conformance runner for kind `data-protection`: detection cases and whole-policy cases. */
import type { CaseRunner } from '@arbiter/ir';
import { runDetectionCase } from './conformance-detection.js';
import { runPolicyCase } from './conformance-policy.js';

/** Dispatches on the case shape: a `policy` case, else a detection (`text`) case. Never throws. */
export const runDataProtectionCase: CaseRunner = (testCase, mode) => {
  try {
    return 'policy' in testCase ? runPolicyCase(testCase, mode) : runDetectionCase(testCase, mode);
  } catch (e) {
    return { passed: false, expected: 'a result', actual: 'exception', detail: e instanceof Error ? e.message : String(e) };
  }
};
