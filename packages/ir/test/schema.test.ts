/** ir.schema.json is generated from the node shapes and the predicate definitions: keep them equal. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildIrSchema, predicateDefinitions } from '../src/index.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'ir.schema.json');

describe('ir.schema.json', () => {
  it('is the schema built from the definitions (WRITE_IR_SCHEMA=1 rewrites it)', () => {
    const built = buildIrSchema();
    if (process.env.WRITE_IR_SCHEMA === '1') writeFileSync(file, JSON.stringify(built, null, 2) + '\n');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(built);
  });

  it('describes every registered predicate, and only those', () => {
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(buildIrSchema());
    const ruleWith = (predicate: object) => ({
      kind: 'rule-set', language: 'iam', at: '',
      rules: [{ id: 'r', at: '', when: { kind: 'test', field: ['k'], predicate, at: '' } }],
    });
    const samples: Record<string, object> = {
      exact: { value: 1 }, prefix: { value: 'a' }, suffix: { value: 'a' }, 'equals-ignore-case': { value: 'a' },
      'anything-but': { values: ['a', 1, null] }, 'anything-but-prefix': { value: 'a' },
      numeric: { lower: { value: 0, inclusive: true } }, cidr: { cidr: '10.0.0.0/8' }, exists: { value: false },
      glob: { pattern: 'a*', ignoreCase: true },
      'any-of': { of: [{ op: 'exact', value: 'a', at: '/k/0' }] }, 'none-of': { of: [] },
      template: { parts: [{ text: 'a', literal: true }, { variable: 'aws:username', fallback: 'x' }], match: 'like' },
      'arn-like': { pattern: 'arn:aws:s3:::b/*' }, decimal: { cmp: '<=', value: 1 }, date: { cmp: '>', value: 0 },
      'bool-text': { value: true }, base64: { value: 'QQ==' },
      wildcard: { pattern: 'a*\\*' }, 'prefix-ignore-case': { value: 'a' }, 'suffix-ignore-case': { value: 'a' },
      'double-range': { upper: { value: 1, inclusive: false } },
    };
    for (const d of predicateDefinitions()) {
      const sample = samples[d.op];
      expect(sample, `a sample for ${d.op}`).toBeDefined();
      expect(validate(ruleWith({ op: d.op, ...sample, at: '/k/0' })), `${d.op}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate(ruleWith({ op: d.op, ...sample, at: '/k/0', extra: 1 }))).toBe(false);
    }
    expect(validate(ruleWith({ op: 'regex', source: 'a', flags: '', at: '' }))).toBe(false);
  });
});
