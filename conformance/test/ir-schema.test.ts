/**
 * The IR is plain data with a JSON Schema (packages/ir/src/ir.schema.json): every rule set the
 * evaluators lower their policies to must validate, and the schema must reject malformed nodes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDataProtectionPolicy, policyToIr } from '@arbiter/data-protection';
import { parseIamPolicy, policyToIr as iamPolicyToIr, type PolicyKind } from '@arbiter/iam';
import { validateFilterPolicy } from '@arbiter/sns-filter';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'packages', 'ir', 'src', 'ir.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const lines = (file: string) => readFileSync(join(root, 'conformance', 'corpus', file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('ir.schema.json', () => {
  it('accepts the rule set of every valid SNS filter policy in the corpus', () => {
    let checked = 0;
    for (const c of lines('sns-filter.jsonl')) {
      const r = validateFilterPolicy(c.policy, { scope: c.scope });
      if (!r.ok) continue;
      // A round trip through JSON proves the IR is plain data.
      const ruleSet = JSON.parse(JSON.stringify(r.value.ruleSet));
      expect(validate(ruleSet), JSON.stringify(validate.errors)).toBe(true);
      expect(ruleSet).toEqual(r.value.ruleSet);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('accepts the rule set of every data protection policy in the corpus', () => {
    for (const c of lines('data-protection-policies.jsonl')) {
      const p = parseDataProtectionPolicy(c.policy);
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      const ruleSet = JSON.parse(JSON.stringify(policyToIr(p.value)));
      expect(validate(ruleSet), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('accepts the rule set of every valid IAM policy in the corpus', () => {
    let checked = 0;
    for (const c of [...lines('iam.jsonl'), ...lines('../local/iam-variable-escapes.jsonl')]) {
      for (const [kind, list] of Object.entries(c.policies as Record<string, unknown[]>)) {
        const policies = kind === 'scpLevels' ? (list as unknown[][]).flat() : list;
        for (const input of policies) {
          const p = parseIamPolicy(input, { kind: (kind === 'scpLevels' ? 'scp' : kind) as PolicyKind });
          if (!p.ok) continue;
          const ruleSet = JSON.parse(JSON.stringify(iamPolicyToIr(p.value)));
          expect(validate(ruleSet), JSON.stringify(validate.errors)).toBe(true);
          expect(ruleSet).toEqual(iamPolicyToIr(p.value));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('rejects malformed nodes', () => {
    const base = { kind: 'rule-set', language: 'sns-filter', at: '', rules: [{ id: 'r', at: '', when: { kind: 'const', value: true, at: '' } }] };
    expect(validate(base)).toBe(true);
    const bad = [
      { ...base, language: 'cedar' },
      { ...base, at: 'no-slash' },
      { ...base, rules: [{ id: 'r', at: '', when: { kind: 'test', field: ['a'], predicate: { op: 'prefix', value: 1, at: '' }, quantifier: 'any', at: '' } }] },
      { ...base, rules: [{ id: 'r', at: '', when: { kind: 'test', field: ['a'], predicate: { op: 'wildcard', value: 'x', at: '' }, quantifier: 'any', at: '' } }] },
      { ...base, rules: [{ id: 'r', at: '', when: { kind: 'all', at: '' } }] },
      { ...base, extra: 1 },
    ];
    for (const b of bad) expect(validate(b)).toBe(false);
  });
});
