/** `@arbiter/event-pattern`'s Lambda FilterCriteria plugged into the batch filter, on recorded events. */
import { compileFilterCriteria } from '@arbiter/event-pattern';
import { describe, expect, it } from 'vitest';
import { createRecordFilter, withRecordFilter } from '../src/index.js';
import { context, recorded } from './helpers.js';

describe('event patterns in the batch filter', () => {
  it('keeps the SQS records Lambda event filtering would deliver', async () => {
    const criteria = compileFilterCriteria({ Filters: [{ Pattern: '{"body":{"state":["NY","CA"],"premium":[{"numeric":[">=",1000]}]}}' }] }, 'sqs');
    if (!criteria.ok) throw new Error(criteria.diagnostics[0]!.message);
    const seen: string[] = [];
    const handler = withRecordFilter({ eventPattern: (record) => criteria.value.match(record) }, async (event: { Records: Array<{ body: string }> }) => {
      for (const r of event.Records) seen.push((JSON.parse(r.body) as { id: string }).id);
      return { batchItemFailures: [] };
    });
    expect(await handler(recorded('sqs-leads'), context)).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(['lead-1', 'lead-3']);
  });

  it('combines with a filter policy: both must match (Kinesis records)', () => {
    const criteria = compileFilterCriteria({ Filters: [{ Pattern: '{"data":{"product":["auto"]}}' }] }, 'kinesis');
    if (!criteria.ok) throw new Error(criteria.diagnostics[0]!.message);
    const filter = createRecordFilter({ filterPolicy: { state: ['CA'] }, filterPolicyScope: 'MessageBody', eventPattern: (record) => criteria.value.match(record) });
    const r = filter.ok ? filter.value.filterBatch(recorded('kinesis-leads')) : undefined;
    expect(r?.ok && r.value.kept.map((m) => (JSON.parse(m.body) as { id: string }).id)).toEqual(['lead-4']);
  });
});
