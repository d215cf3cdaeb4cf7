/**
 * Issue 17 item 7: a whole policy written as `!Sub` JSON text cost O(nodes × variables) (16,000
 * nodes: 53 s). The work of the sub-policy check, counted, grows with the text, not with its square.
 */
import { describe, expect, it } from 'vitest';
import { checkSubPolicy, subPolicyWork } from '../src/templates/check-sub-policy.js';

/** `n` statements, each with a variable in its resource and one with a misspelt effect outside any variable. */
function policyText(n: number): string {
  const statements = Array.from({ length: n }, (_, i) => `{"Effect": "${i === 0 ? 'Alow' : 'Allow'}", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::\${Bucket${i % 50}}/k${i}"}`);
  return `{"Version": "2012-10-17", "Statement": [${statements.join(', ')}]}`;
}

describe('!Sub policy text', () => {
  it('reports a problem outside the variables and none under them', () => {
    const found = checkSubPolicy({ language: 'iam' }, policyText(20), {});
    expect(found.map((f) => f.d.path)).toContain('/Statement/0/Effect');
    expect(found.filter((f) => f.d.path.includes('/Resource'))).toEqual([]);
  });

  it('costs work linear in its size however many variables it holds', () => {
    const perChar = [1_000, 4_000, 16_000].map((n) => {
      const text = policyText(n);
      const before = subPolicyWork.steps;
      const found = checkSubPolicy({ language: 'iam' }, text, {});
      expect(found.filter((f) => f.d.path.endsWith('/Resource'))).toEqual([]);
      return (subPolicyWork.steps - before) / text.length;
    });
    // Comparing every node with every variable made this ratio grow sixteen-fold from the first size to the last.
    expect(perChar[2]! / perChar[0]!).toBeLessThan(1.5);
  });
});
