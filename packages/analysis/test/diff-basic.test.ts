import { describe, expect, it } from 'vitest';
import { must } from './must.js';
import { compileFilterPolicy } from '@arbiter/sns-filter';
import { diffFilterPolicies } from '@arbiter/analysis';

const delivered = (policy: object, message: object, scope: 'MessageAttributes' | 'MessageBody' = 'MessageAttributes') =>
  must(compileFilterPolicy(policy, { scope })).match(message as never).delivered;

describe('diffFilterPolicies', () => {
  it('prefix is broader than an exact value it covers', () => {
    const r = diffFilterPolicies({ store: ['example_corp'] }, { store: [{ prefix: 'example' }] });
    expect(r.ok).toBe(true);
    const d = must(r);
    expect(d.relation).toBe('broader');
    expect(d.witnesses.onlyOld).toBeNull();
    expect(delivered({ store: [{ prefix: 'example' }] }, d.witnesses.onlyNew!)).toBe(true);
    expect(delivered({ store: ['example_corp'] }, d.witnesses.onlyNew!)).toBe(false);
  });
});
