import { describe, expect, it } from 'vitest';
import { compileFilterCriteria, matchLambdaRecord, validateFilterCriteria } from '../src/index.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const criteria = (...patterns: object[]) => ({ Filters: patterns.map((p) => ({ Pattern: JSON.stringify(p) })) });

describe('FilterCriteria validation', () => {
  it('allows 5 filters, or 10 with the raised quota', () => {
    const six = criteria(...Array.from({ length: 6 }, (_, i) => ({ body: { n: [i] } })));
    const r = validateFilterCriteria(six);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'lambda.filter-criteria.too-many-filters', path: '/Filters' });
    expect(validateFilterCriteria(six, { maxFilters: 10 }).ok).toBe(true);
  });

  it('points at the filter and keeps the pointer inside the pattern', () => {
    const r = validateFilterCriteria({ Filters: [{ Pattern: '{"body":{"a":[]}}' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'eb.empty-array', path: '/Filters/0/Pattern', params: { patternPath: '/body/a' } });
  });

  it('rejects patterns over 4,096 characters and filters without a pattern', () => {
    const long = validateFilterCriteria({ Filters: [{ Pattern: JSON.stringify({ body: { a: ['x'.repeat(5000)] } }) }, {}] });
    expect(long.ok ? [] : long.diagnostics.map((d) => d.code)).toEqual(['lambda.filter.pattern-too-long', 'lambda.filter.pattern-missing']);
  });

  it('rejects a plain-string data pattern for Kinesis and DynamoDB only', () => {
    expect(validateFilterCriteria(criteria({ data: ['x'] }), { source: 'kinesis' }).ok).toBe(false);
    expect(validateFilterCriteria(criteria({ dynamodb: ['x'] }), { source: 'dynamodb' }).ok).toBe(false);
    expect(validateFilterCriteria(criteria({ body: ['x'] }), { source: 'sqs' }).ok).toBe(true);
    expect(validateFilterCriteria(criteria({ value: [{ prefix: 'x' }] }), { source: 'kafka' }).ok).toBe(true);
  });

  it('delivers everything without filters', () => {
    const f = compileFilterCriteria({}, 'sqs');
    expect(f.ok && f.value.match({ body: 'anything' }).matched).toBe(true);
  });
});

describe('matchLambdaRecord', () => {
  it('filters SQS JSON bodies and plain bodies, dropping format mismatches', () => {
    const json = { body: '{"kind":"order","n":3}', attributes: { SenderId: 'me' } };
    const plain = { body: 'order 3' };
    const jsonFilter = [{ body: { kind: ['order'] } }];
    const plainFilter = [{ body: [{ prefix: 'order' }] }];
    const decide = (filters: unknown, record: unknown) => {
      const r = matchLambdaRecord(filters, record, 'sqs');
      if (!r.ok) throw new Error('filters should be valid');
      return r.value;
    };
    expect(decide(jsonFilter, json).matched).toBe(true);
    expect(decide(plainFilter, plain).matched).toBe(true);
    expect(decide(jsonFilter, plain)).toMatchObject({ matched: false, reason: expect.stringContaining('not a JSON object') });
    expect(decide(plainFilter, json)).toMatchObject({ matched: false, reason: expect.stringContaining('is JSON') });
    expect(decide([{ attributes: { SenderId: ['me'] } }], json).matched).toBe(true);
    expect(decide([{ body: { kind: ['x'] } }, { body: { n: [3] } }], json)).toMatchObject({ matched: true, filter: 1 });
  });

  it('decodes Kinesis, Kafka and MQ payloads from base64', () => {
    const kinesis = { kinesis: { partitionKey: 'p', data: b64('{"t":55}') }, eventSource: 'aws:kinesis' };
    expect(matchLambdaRecord([{ data: { t: [{ numeric: ['>', 50] }] }, partitionKey: ['p'] }], kinesis, 'kinesis')).toMatchObject({ ok: true, value: { matched: true } });
    expect(matchLambdaRecord([{ value: ['hello'] }], { topic: 't', value: b64('hello') }, 'kafka')).toMatchObject({ ok: true, value: { matched: true } });
    expect(matchLambdaRecord([{ data: { a: [1] } }], { data: b64('{"a":1}') }, 'mq')).toMatchObject({ ok: true, value: { matched: true } });
  });

  it('reports records it cannot read, and never matches them', () => {
    const bad = matchLambdaRecord([{ partitionKey: ['p'] }], { kinesis: { partitionKey: 'p', data: 'not base64!' } }, 'kinesis');
    expect(bad).toMatchObject({ ok: true, value: { matched: false, diagnostics: [{ code: 'lambda.record.invalid-base64', path: '/kinesis/data' }] } });
    const notObject = matchLambdaRecord([{ a: ['x'] }], 'text', 'sqs');
    expect(notObject).toMatchObject({ ok: true, value: { matched: false, diagnostics: [{ code: 'lambda.record.not-object' }] } });
  });

  it('drops Kafka payloads that are not UTF-8 when a filter names the value', () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00]).toString('base64');
    expect(matchLambdaRecord([{ value: ['x'] }], { topic: 't', value: binary }, 'kafka')).toMatchObject({ ok: true, value: { matched: false } });
    expect(matchLambdaRecord([{ topic: ['t'] }], { topic: 't', value: binary }, 'kafka')).toMatchObject({ ok: true, value: { matched: true } });
  });

  it('reports DynamoDB attribute values with unknown type tags', () => {
    const record = { eventName: 'INSERT', dynamodb: { NewImage: { Id: { N: '1' }, Bad: { X: 'y' }, Nested: { M: { In: { Q: 1 } } } } } };
    const r = matchLambdaRecord([{ eventName: ['INSERT'] }], record, 'dynamodb');
    expect(r.ok && r.value.diagnostics?.map((d) => d.path)).toEqual(['/dynamodb/NewImage/Bad', '/dynamodb/NewImage/Nested/M/In']);
    expect(r.ok && r.value.matched).toBe(false);
  });

  it('refuses an unknown event source', () => {
    expect(matchLambdaRecord([], {}, 'sns' as never)).toMatchObject({ ok: false, diagnostics: [{ code: 'lambda.unknown-source' }] });
  });
});
