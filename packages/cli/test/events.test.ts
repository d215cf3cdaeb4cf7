import { describe, expect, it } from 'vitest';
import { cli, files } from './helpers.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('arbiter events', () => {
  it('validates a pattern: 0 when valid, 1 with pointers when not, 2 when unreadable', async () => {
    const f = files({ 'ok.json': { source: ['aws.ec2'], detail: { state: [{ 'anything-but': { wildcard: 'stop*' } }] } }, 'bad.json': { source: 'aws.ec2', detail: { n: [{ numeric: ['>', 5, '<', 1] }] } } });
    expect((await cli(['events', 'validate', f['ok.json']!])).code).toBe(0);
    const bad = await cli(['--format', 'json', 'events', 'validate', f['bad.json']!]);
    expect(bad.code).toBe(1);
    expect(bad.json().diagnostics.map((d: { path: string }) => d.path)).toEqual(['/detail/n/0/numeric', '/source']);
    expect((await cli(['events', 'validate', '/no/such/file.json'])).code).toBe(2);
  });

  it('validates Lambda FilterCriteria with the mapping rules', async () => {
    const f = files({ 'kinesis.json': { Filters: [{ Pattern: '{"data":["plain"]}' }] } });
    const r = await cli(['--format', 'json', 'events', 'validate', '--source', 'kinesis', f['kinesis.json']!]);
    expect(r.code).toBe(1);
    expect(r.json().diagnostics[0]).toMatchObject({ code: 'lambda.filter.plain-data-pattern', path: '/Filters/0/Pattern' });
  });

  it('matches an event and explains a non-match', async () => {
    const f = files({ 'p.json': { detail: { state: ['running'] } }, 'yes.json': { detail: { state: 'running' } }, 'no.json': { detail: { state: 'stopped' } } });
    expect((await cli(['events', 'match', '--pattern', f['p.json']!, '--event', f['yes.json']!])).code).toBe(0);
    const no = await cli(['events', 'match', '--pattern', f['p.json']!, '--event', f['no.json']!, '--explain']);
    expect(no.code).toBe(1);
    expect(no.stdout).toContain('no match: `detail.state`');
    expect(no.stdout).toContain('rule:');
  });

  it('matches a Lambda record through FilterCriteria', async () => {
    const f = files({ 'c.json': { Filters: [{ Pattern: '{"data":{"t":[{"numeric":[">",50]}]}}' }] }, 'r.json': { kinesis: { partitionKey: '1', data: b64('{"t":55}') } } });
    const r = await cli(['--format', 'json', 'events', 'match', '--source', 'kinesis', '--filters', f['c.json']!, '--record', f['r.json']!]);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ matched: true, filter: 0 });
  });

  it('routes events across patterns and counts per pattern', async () => {
    const f = files({
      'rules.json': { ec2: { source: ['aws.ec2'] }, big: { size: [{ numeric: ['>=', 10] }] } },
      'events.jsonl': '{"source":"aws.ec2","size":12}\n{"source":"aws.s3","size":1}\nnot json\n',
    });
    const r = await cli(['--format', 'json', 'events', 'route', '--patterns', f['rules.json']!, '--events', f['events.jsonl']!]);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ events: [{ line: 1, matched: ['ec2', 'big'] }, { line: 2, matched: [] }], counts: { ec2: 1, big: 1 }, errors: [{ line: 3 }] });
  });

  it('replays recorded records, batches included, through a mapping', async () => {
    const f = files({
      'c.json': { Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] },
      'records.jsonl': `${JSON.stringify({ Records: [{ body: '{"kind":"order"}' }, { body: '{"kind":"refund"}' }] })}\n${JSON.stringify({ body: 'plain' })}\n`,
    });
    const r = await cli(['--format', 'json', 'events', 'replay', '--source', 'sqs', '--filters', f['c.json']!, '--records', f['records.jsonl']!]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ records: 3, delivered: 1, filteredOut: 2, unreadable: 0, byFilter: { '0': 1 } });
  });
});

describe('arbiter conformance: event-pattern cases', () => {
  it('runs the imported corpus in every mode', async () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const r = await cli(['--format', 'json', 'conformance', `${root}conformance/corpus/event-pattern.jsonl`, '--known-failing', `${root}conformance/known-failing.json`]);
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.kinds['event-pattern']).toMatchObject({ total: 422 });
    expect(Object.keys(report.byMode).sort()).toEqual(['compiled', 'reference', 'router']);
  });
});

describe('arbiter validate: event patterns in templates', () => {
  it('finds EventBridge rules, Lambda and SAM FilterCriteria and Pipes filters', async () => {
    const template = {
      Resources: {
        Rule: { Type: 'AWS::Events::Rule', Properties: { EventPattern: { source: ['aws.ec2'], detail: { n: [] } } } },
        Mapping: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { FilterCriteria: { Filters: [{ Pattern: '{"body":{"a":[{"wildcard":"x**"}]}}' }] } } },
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            Events: {
              Queue: { Type: 'SQS', Properties: { FilterCriteria: { Filters: [{ Pattern: '{"body":{"ok":["yes"]}}' }] } } },
              Bus: { Type: 'EventBridgeRule', Properties: { Pattern: { source: 'aws.s3' } } },
            },
          },
        },
        Pipe: { Type: 'AWS::Pipes::Pipe', Properties: { SourceParameters: { FilterCriteria: { Filters: Array.from({ length: 6 }, () => ({ Pattern: '{"a":["b"]}' })) } } } },
      },
    };
    const f = files({ 'template.json': template });
    const r = await cli(['--format', 'json', 'validate', f['template.json']!]);
    expect(r.code).toBe(1);
    const findings = r.json() as Array<{ code: string; pointer: string; severity: string }>;
    const codes = findings.map((x) => `${x.severity} ${x.code}`).sort();
    expect(codes).toEqual(['error eb.empty-array', 'error eb.not-object-or-array', 'error eb.wildcard.consecutive-stars', 'warning lambda.filter-criteria.too-many-filters']);
    const text = await cli(['validate', f['template.json']!]);
    expect(text.stdout).toContain('event pattern');
  });

  it('takes standalone event patterns with --kind event-pattern', async () => {
    const f = files({ 'p.json': { detail: { x: [{ 'anything-but': { suffix: '.tmp' } }] } } });
    expect((await cli(['validate', '--kind', 'event-pattern', f['p.json']!])).code).toBe(0);
  });
});
