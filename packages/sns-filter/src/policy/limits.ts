/**
 * SNS's policy limits (spec §7): at most five top-level keys (`$or` counts; nested keys don't),
 * and at most 150 "combinations". Combinations follow the formula LocalStack derived from AWS's
 * recorded answers: a leaf array of n values at nesting depth d multiplies the running total by
 * n·d; an `$or` replaces it with the sum over its branches, each started from the running total.
 * Recorded: 3·6 + 3·4·4 + 3·4·7 = 150 is accepted; 152, 160, 216, 151 values and 100×51 are not.
 */
import { diagnostic, type Diagnostic } from '@arbiter/ir';
import { SnsCodes } from './codes.js';
import { AwsText } from './messages.js';
import { isOrList, isPlainObject } from './validate.js';

export const MAX_KEYS = 5;
export const MAX_COMBINATIONS = 150;

/** The combination count of a policy object, as SNS computes it. */
export function countCombinations(policy: Record<string, unknown>, depth = 1, running = 1): number {
  let combinations = running;
  for (const key of Object.keys(policy)) {
    const value = policy[key];
    if (isOrList(key, value)) {
      let sum = 0;
      for (const branch of value) sum += countCombinations(branch, depth, combinations);
      combinations = sum;
    } else if (Array.isArray(value)) {
      combinations *= value.length * depth;
    } else if (isPlainObject(value)) {
      combinations = countCombinations(value, depth + 1, combinations);
    }
  }
  return combinations;
}

export function checkLimits(policy: Record<string, unknown>, diagnostics: Diagnostic[]): void {
  const keys = Object.keys(policy).length;
  if (keys > MAX_KEYS) {
    diagnostics.push(diagnostic(SnsCodes.tooManyKeys, 'policy', '', AwsText.tooManyKeys, { params: { keys, limit: MAX_KEYS } }));
  }
  const combinations = countCombinations(policy);
  if (combinations > MAX_COMBINATIONS) {
    diagnostics.push(
      diagnostic(SnsCodes.tooComplex, 'policy', '', AwsText.tooComplex, {
        params: { combinations, limit: MAX_COMBINATIONS },
        help: `the policy has ${combinations} combinations; SNS allows ${MAX_COMBINATIONS} (values multiplied across keys, times nesting depth)`,
      }),
    );
  }
}
