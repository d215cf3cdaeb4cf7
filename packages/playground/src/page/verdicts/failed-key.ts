/** Marks for a failing key, as SNS filter policies and EventBridge patterns both report it. */
import { rangeOfPointer, type TextRange } from '../json-ranges.js';
import type { Mark } from './types.js';

export interface FailedKey {
  /** Pointer of the failing key in the policy or pattern. */
  path: string;
  /** The dotted key path in the message or event. */
  key: string;
  condition: string;
}

/** The key in the policy (what decided) and each place the message holds it (what failed). */
export function failedKeyMarks(failed: FailedKey, reason: string, policy: { doc: string; text: string }, message: { doc: string; ranges: readonly TextRange[] }): Mark[] {
  const marks: Mark[] = [];
  const inPolicy = rangeOfPointer(policy.text, failed.path, true);
  if (inPolicy) marks.push({ doc: policy.doc, ...inPolicy, kind: 'decide', title: reason });
  for (const r of message.ranges) marks.push({ doc: message.doc, ...r, kind: 'fail', title: `\`${failed.key}\` did not match ${failed.condition}` });
  return marks;
}
