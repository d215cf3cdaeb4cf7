/**
 * Issue 17 item 6: a Resource of `'*' + 'a'×20000 + 'b'` against a 1 MB resource took over 90 s
 * when wildcard matching backtracked to the last star. Both evaluators now answer at once (no timing
 * assertion: at this size the old matcher would not finish within the test timeout).
 */
import { describe, expect, it } from 'vitest';
import { authorize } from '../src/index.js';

const run = 'a'.repeat(20_000);
const policy = (resource: string, condition?: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource, ...(condition ? { Condition: condition } : {}) }],
});

describe.each(['reference', 'compiled'] as const)('hostile wildcards through the %s evaluator', (mode) => {
  const big = 'arn:aws:s3:::b/' + 'a'.repeat(1 << 20);
  it('decides a long literal run after a star against a 1 MB resource', () => {
    const denied = authorize({ identity: [policy('arn:aws:s3:::*' + run + 'b')] }, { action: 's3:GetObject', resource: big }, { mode });
    expect(denied.ok && denied.value.decision).toBe('ImplicitDeny');
    const allowed = authorize({ identity: [policy('arn:aws:s3:::*' + run + 'b')] }, { action: 's3:GetObject', resource: big + 'b' }, { mode });
    expect(allowed.ok && allowed.value.decision).toBe('Allow');
    const arnPart = authorize({ identity: [policy('arn:aws:s3:::b/*' + run + 'b*')] }, { action: 's3:GetObject', resource: big }, { mode });
    expect(arnPart.ok && arnPart.value.decision).toBe('ImplicitDeny');
  });

  it('decides the same pattern in StringLike and ArnLike conditions', () => {
    const context = { 'aws:PrincipalTag/t': 'a'.repeat(1 << 20), 'aws:SourceArn': big };
    const like = authorize({ identity: [policy('*', { StringLike: { 'aws:PrincipalTag/t': '*' + run + 'b' }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::b/*' + run + 'b' } })] }, { action: 's3:GetObject', context }, { mode });
    expect(like.ok && like.value.decision).toBe('ImplicitDeny');
  });
});
