/**
 * The JSON Schemas for editors (VS Code `json.schemas`/`yaml.schemas`, SchemaStore): every valid
 * policy of every corpus validates; some invalid ones are caught (the rest need `arbiter validate`,
 * as the README lists); the schemas ship in their packages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { managedIdentifierNames } from '@arbiter/data-protection';

const root = new URL('../../../', import.meta.url).pathname;
/** The repo's copy of a corpus, else the shared one beside the clone (event-pattern.jsonl lands later). */
const corpusFile = (file: string): string =>
  [join(root, 'conformance/corpus', file), join(root, '../shared/corpus', file), join('/work/shared/corpus', file)].find((p) => existsSync(p)) ?? file;
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, any>;
/** Corpus lines; a line JSON cannot read (the event-pattern corpus has `Infinity`) is not a policy. */
const corpus = (file: string): Array<Record<string, any>> =>
  readFileSync(corpusFile(file), 'utf8').split('\n').filter((l) => l.trim()).flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, any>];
    } catch {
      return [];
    }
  });

const SCHEMAS = {
  sns: 'packages/sns-filter/schemas/sns-filter-policy.schema.json',
  dp: 'packages/data-protection/schemas/sns-data-protection-policy.schema.json',
  iam: 'packages/iam/schemas/iam-policy.schema.json',
  events: 'schemas/event-pattern.schema.json',
};
const ajv = new Ajv({ allErrors: true, strict: false });
const validator = Object.fromEntries(Object.entries(SCHEMAS).map(([k, p]) => [k, ajv.compile(read(p))])) as Record<keyof typeof SCHEMAS, ReturnType<Ajv['compile']>>;

function failures(kind: keyof typeof SCHEMAS, docs: Array<[string, unknown]>): Array<{ id: string; errors: unknown }> {
  return docs.filter(([, d]) => !validator[kind](d)).map(([id]) => ({ id, errors: validator[kind].errors?.slice(0, 2) }));
}

describe('editor schemas accept every valid corpus policy', () => {
  it('SNS filter policies (both scopes)', () => {
    const valid = corpus('sns-filter.jsonl').filter((c) => c['expect'] !== 'invalid-policy' && typeof c['policy'] === 'object');
    expect(valid.length).toBeGreaterThan(300);
    expect(failures('sns', valid.map((c) => [c['id'], c['policy']]))).toEqual([]);
  });

  it('IAM policies of every kind', () => {
    const docs = corpus('iam.jsonl').filter((c) => c['expect'] !== 'invalid-policy')
      .flatMap((c) => Object.values(c['policies'] as Record<string, unknown[]>).flat(2).filter((p) => typeof p === 'object').map((p, i) => [`${c['id']}#${i}`, p] as [string, unknown]));
    expect(docs.length).toBeGreaterThan(500);
    expect(failures('iam', docs)).toEqual([]);
  });

  it('data protection policies (corpus and examples)', () => {
    const docs: Array<[string, unknown]> = corpus('data-protection-policies.jsonl').map((c) => [c['id'], c['policy']]);
    docs.push(['clinic', read('examples/clinic-data-protection/policy.json')]);
    expect(failures('dp', docs)).toEqual([]);
  });

  it('event patterns (EventBridge and Lambda filter dialects)', () => {
    const valid = corpus('event-pattern.jsonl').filter((c) => c['expect'] !== 'invalid-pattern');
    expect(valid.length).toBeGreaterThan(300);
    // A case holds one `pattern`, or Lambda `filters` (several patterns, OR-ed).
    const docs = valid.flatMap((c) => (c['pattern'] !== undefined ? [c['pattern']] : (c['filters'] as unknown[])).map((p, i) => [`${c['id']}#${i}`, p] as [string, unknown]));
    expect(failures('events', docs)).toEqual([]);
  });
});

describe('editor schemas catch what a schema can', () => {
  it('rejects structural mistakes in each language', () => {
    expect(validator.sns({ store: [{ prefix: 'a', suffix: 'b' }] })).toBe(false);
    expect(validator.sns({ price: [{ numeric: ['>', 'ten'] }] })).toBe(false);
    expect(validator.sns({ store: 'example_corp' })).toBe(false);
    expect(validator.iam({ Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: '*', Resource: '*' }] })).toBe(false);
    expect(validator.iam({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEqual: { a: 'b' } } }] })).toBe(false);
    expect(validator.dp({ Name: 'x', Version: '2021-06-01', Statement: [{ DataDirection: 'Sideways', Principal: ['*'], DataIdentifier: ['x'], Operation: { Deny: {} } }] })).toBe(false);
    expect(validator.events({ source: [{ wildcard: 'aws.*', prefix: 'aws' }] })).toBe(false);
  });

  it('catches some of the invalid corpus policies; the rest need arbiter validate', () => {
    const invalid = corpus('sns-filter.jsonl').filter((c) => c['expect'] === 'invalid-policy' && typeof c['policy'] === 'object');
    const caught = invalid.filter((c) => !validator.sns(c['policy']));
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.length).toBeLessThan(invalid.length);
  });

  it('offers every managed data identifier ARN for completion', () => {
    const items = read(SCHEMAS.dp)['definitions']['statement']['properties']['DataIdentifier']['items'];
    expect(items.anyOf[0].enum).toEqual(managedIdentifierNames().map((n) => `arn:aws:dataprotection::aws:data-identifier/${n}`));
  });
});

describe('editor schemas are SchemaStore-ready and shipped', () => {
  it('draft-07 with $id, title and description', () => {
    for (const p of Object.values(SCHEMAS)) {
      const s = read(p);
      expect(s['$schema']).toBe('http://json-schema.org/draft-07/schema#');
      expect(s['$id']).toMatch(/^https:\/\/json\.schemastore\.org\/aws-[a-z0-9-]+\.json$/);
      expect(s['title']).toBeTruthy();
      expect(s['description']).toBeTruthy();
    }
  });

  it('each package lists its schema in files and exports', () => {
    for (const [pkg, file] of [['sns-filter', 'sns-filter-policy'], ['data-protection', 'sns-data-protection-policy'], ['iam', 'iam-policy']]) {
      const manifest = read(`packages/${pkg}/package.json`);
      expect(manifest['files']).toContain('schemas');
      expect(manifest['exports'][`./schemas/${file}.schema.json`]).toBe(`./schemas/${file}.schema.json`);
    }
  });
});
