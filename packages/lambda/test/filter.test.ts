/**
 * Batch filtering with partial batch responses: the handler sees only kept records, its
 * batchItemFailures come back untouched, filtered records are never reported as failures.
 */
import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { createRecordFilter, recordFilter, withRecordFilter } from '../src/index.js';
import { leadsBatch, leadsBatchMiddy } from '../../../examples/lambda-handler/handler.js';
import { context, memoryLogger, recorded } from './helpers.js';

/** Per recorded batch: the identifier of lead-3 (kept, fails) — the only failure expected. */
const failing: Record<string, string> = {
  'sqs-leads': '059f36b4-87a3-44ab-83d2-661971002',
  'sqs-from-sns-leads': '2e1424d4-f796-459a-8184-9c92662be102',
  'kinesis-leads': '495903314928632644700630561601637345239059954273155012',
  'dynamodb-leads': '11100000000000000000002',
  'kafka-leads': 'leads-1-15',
};

describe('the example batch handler on recorded events', () => {
  for (const [name, id] of Object.entries(failing)) {
    it(`${name}: only the kept lead that failed is reported (plain wrapper and Middy agree)`, async () => {
      const event = recorded(name);
      const before = JSON.stringify(event);
      const plain = await leadsBatch(event, context);
      const withMiddy = await leadsBatchMiddy(recorded(name), context);
      expect(plain).toEqual({ batchItemFailures: [{ itemIdentifier: id }] });
      expect(withMiddy).toEqual(plain);
      expect(JSON.stringify(event)).toBe(before); // the input event is not changed
    });
  }

  it('an SNS event whose message is filtered out does not call the handler', async () => {
    expect(await leadsBatch(recorded('sns-lead'), context)).toBeNull();
    expect(await leadsBatchMiddy(recorded('sns-lead'), context)).toBeNull();
  });
});

describe('record filters', () => {
  it('the handler receives exactly the kept records, in order, and its response is untouched', async () => {
    const seen: string[] = [];
    const handler = withRecordFilter({ filterPolicy: { product: ['auto'] } }, async (event: { Records: Array<{ messageId: string }> }) => {
      for (const r of event.Records) seen.push(r.messageId);
      return { batchItemFailures: [{ itemIdentifier: 'from-the-handler' }] };
    });
    const out = await handler(recorded('sqs-leads'), context);
    expect(seen).toEqual(['059f36b4-87a3-44ab-83d2-661971000', '059f36b4-87a3-44ab-83d2-661971001', '059f36b4-87a3-44ab-83d2-661971003']);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'from-the-handler' }] });
  });

  it('a batch with nothing kept succeeds without calling the handler', async () => {
    let called = false;
    const handler = withRecordFilter({ filterPolicy: { product: ['boat'] } }, async () => {
      called = true;
    });
    expect(await handler(recorded('kinesis-leads'), context)).toEqual({ batchItemFailures: [] });
    expect(called).toBe(false);
  });

  it('attribute policies read SQS, SNS-in-SQS and Kafka header attributes alike', () => {
    const filter = createRecordFilter({ filterPolicy: { product: ['home'] } });
    if (!filter.ok) throw new Error('policy');
    for (const name of ['sqs-leads', 'sqs-from-sns-leads', 'kafka-leads']) {
      const r = filter.value.filterBatch(recorded(name));
      expect(r.ok && r.value.kept.map((m) => JSON.parse(m.body).id)).toEqual(['lead-3']);
    }
  });

  it('numeric attribute conditions use the SQS dataType Number', () => {
    const filter = createRecordFilter({ filterPolicy: { premium: [{ numeric: ['<', 1000] }] } });
    const r = filter.ok ? filter.value.filterBatch(recorded('sqs-leads')) : undefined;
    expect(r?.ok && r.value.kept.map((m) => m.attributes['premium']!.Value)).toEqual(['900', '300']);
    expect(r?.ok && r.value.filtered.map((f) => f.metric)).toEqual(['NumberOfNotificationsFilteredOut-MessageAttributes', 'NumberOfNotificationsFilteredOut-MessageAttributes']);
  });

  it('an event pattern matcher plugs in beside the filter policy (both must match)', () => {
    const seen: string[] = [];
    const filter = createRecordFilter({
      filterPolicy: { product: ['auto'] },
      eventPattern: (record, source) => {
        seen.push(source);
        return { matched: (record as { messageId: string }).messageId.endsWith('0') };
      },
    });
    const r = filter.ok ? filter.value.filterBatch(recorded('sqs-leads')) : undefined;
    expect(r?.ok && r.value.kept.map((m) => m.id)).toEqual(['059f36b4-87a3-44ab-83d2-661971000']);
    expect(r?.ok && r.value.filtered.find((f) => f.id.endsWith('1'))?.reason).toBe('the event pattern did not match');
    expect(new Set(seen)).toEqual(new Set(['sqs']));
  });

  it('an invalid filter policy fails at creation with SNS’s error text', () => {
    const r = createRecordFilter({ filterPolicy: { store: [{ suffix: 100 }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toContain('suffix match pattern must be a string');
    expect(() => recordFilter({ filterPolicy: { store: [{ suffix: 100 }] } })).toThrow(/suffix match pattern must be a string/);
  });

  it('a non-batch event fails the invocation loudly, with the diagnostic', async () => {
    const handler = middy(async () => 'ran').use(recordFilter({ filterPolicy: { a: ['b'] } }));
    await expect(handler({ hello: 'world' }, context)).rejects.toThrow(/lambda.unknown-event/);
  });

  it('filtered records are logged at debug level with their reason', () => {
    const logger = memoryLogger();
    const filter = createRecordFilter({ filterPolicy: { product: ['home'] }, logger });
    if (filter.ok) filter.value.filterBatch(recorded('sqs-leads'));
    expect(logger.lines.filter((l) => l.level === 'debug')).toHaveLength(3);
  });
});
