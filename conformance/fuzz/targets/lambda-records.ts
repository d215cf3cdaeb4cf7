/**
 * Lambda event filtering: a setup is one event source and its FilterCriteria (one to three
 * filters, payload patterns and metadata patterns), compiled in reference, compiled and router
 * mode; each input is one payload, written into that source's record shape (SQS body text,
 * base64 for Kinesis, Kafka and MQ, typed JSON for DynamoDB), including payloads that are not
 * JSON, not UTF-8 or not base64; the answer is whether the record is delivered, and by which filter.
 */
import fc from 'fast-check';
import { compileFilterCriteria, SOURCES, type EventSourceKind } from '@arbiter/event-pattern';
import { patternArb } from '../../../packages/event-pattern/test/arbitraries.js';
import { jsonTextArbitraries } from '../../../packages/ir/test/json-text-arbitraries.js';
import type { Family, Prepared } from '../targets.js';

export type LambdaSetup = { source: EventSourceKind; patterns: unknown[] };
export type Payload = { text: string; raw?: string; meta: string };

const EVALUATORS = ['lambda-reference', 'lambda-compiled', 'lambda-router'] as const;
const SOURCE_LIST: EventSourceKind[] = ['sqs', 'kinesis', 'dynamodb', 'kafka', 'mq'];
const { bodyTextArb } = jsonTextArbitraries(fc.constantFrom('a', 'b', 'a.b', 'detail', 'S', 'N'));

/** A pattern on the payload (JSON or, where the source allows, plain text), on metadata, or both. */
function patternFor(source: EventSourceKind): fc.Arbitrary<unknown> {
  const key = SOURCES[source].dataKey;
  const plain = fc.array(fc.oneof(fc.constantFrom('x', '', 'plain text'), fc.record({ prefix: fc.constantFrom('p', '{') })), { minLength: 1, maxLength: 2 });
  return fc.oneof(
    { weight: 4, arbitrary: patternArb.map((p) => ({ [key]: p })) },
    plain.map((p) => ({ [key]: p })),
    fc.constantFrom<unknown>({ eventSource: ['aws:sqs'] }, { partition: [{ numeric: ['>=', 0] }] }, { eventName: ['INSERT'] }, { [key]: { a: [{ exists: false }] }, eventSource: [{ prefix: 'aws' }] }),
  );
}

const setups: fc.Arbitrary<LambdaSetup> = fc.constantFrom(...SOURCE_LIST).chain((source) => fc.record({ source: fc.constant(source), patterns: fc.array(patternFor(source), { minLength: 1, maxLength: 3 }) }));

const inputs: fc.Arbitrary<Payload> = fc.record({
  text: fc.oneof({ weight: 4, arbitrary: bodyTextArb }, fc.constantFrom('plain text', 'x', '', 'p{', '\uD800', '{"a":"x"} trailing')),
  // Raw base64 that is not what `text` encodes: invalid base64, or bytes that are not UTF-8.
  raw: fc.option(fc.constantFrom('!!!', 'YQ', '/w==', '//79', 'eyJhIjoieCJ9', ''), { nil: undefined }),
  meta: fc.constantFrom('aws:sqs', 'aws:kinesis', ''),
});

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** DynamoDB's typed image of a payload: its JSON object's top-level values as S/N/BOOL/NULL/M/L (or one S). */
function typed(value: unknown, depth = 0): unknown {
  if (depth > 70) return { S: 'deep' };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (value === null) return { NULL: true };
  if (Array.isArray(value)) return { L: value.map((v) => typed(v, depth + 1)) };
  return { M: Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, typed(v, depth + 1)])) };
}

function recordOf(source: EventSourceKind, p: Payload): unknown {
  const data = p.raw ?? b64(p.text);
  switch (source) {
    case 'sqs':
      return { messageId: 'm', body: p.text, attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, eventSource: p.meta };
    case 'kinesis':
      return { kinesis: { data, partitionKey: 'k' }, eventSource: p.meta };
    case 'kafka':
      return { topic: 't', partition: p.text.length % 3, offset: 1, value: data };
    case 'mq':
      return { messageID: 'm', data };
    case 'dynamodb': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(p.text);
      } catch {
        parsed = p.text;
      }
      const image = typed(parsed) as { M?: unknown };
      return { eventName: p.meta ? 'INSERT' : 'MODIFY', dynamodb: { Keys: { id: { S: '1' } }, NewImage: image.M ?? { v: image } } };
    }
  }
}

function prepare({ source, patterns }: LambdaSetup): Prepared<Payload> {
  const criteria = { Filters: patterns.map((p) => ({ Pattern: JSON.stringify(p) })) };
  const built = (['reference', 'compiled', 'router'] as const).map((mode) => compileFilterCriteria(criteria, source, { mode }));
  const answer = (k: number) => (p: Payload): string => {
    const f = built[k]!;
    if (!f.ok) return 'invalid';
    const d = f.value.match(recordOf(source, p));
    return d.matched ? `match:${d.filter ?? 'all'}` : 'no-match';
  };
  const oks = built.map((b) => b.ok);
  return {
    evaluate: EVALUATORS.map((name, k) => [name, answer(k)] as const),
    ...(new Set(oks).size > 1 ? { problem: `modes disagree on validity: ${oks.join(', ')}` } : {}),
    asCases: (p, answers) => [{ kind: 'lambda-records', source: 'fuzz', confidence: 'derived', esm_source: source, criteria, record: p ? recordOf(source, p) : null, expect: answers[EVALUATORS[0]], note: `fuzz: ${JSON.stringify(answers)}` }],
  };
}

export const lambdaFamily: Family<LambdaSetup, Payload> = {
  name: 'lambda-records',
  evaluators: EVALUATORS,
  setups,
  inputs,
  batch: { setups: 8, inputs: 150 },
  setupSize: (s) => JSON.stringify(s).length,
  inputSize: (p) => p.text.length + (p.raw?.length ?? 0),
  prepare,
};
