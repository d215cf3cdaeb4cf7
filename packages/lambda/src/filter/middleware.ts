/**
 * Batch filtering as a Middy middleware and as a plain wrapper. The handler sees only the kept
 * records; its response, `batchItemFailures` included, is returned untouched, so a filtered
 * record is never reported as failed (Lambda deletes or checkpoints it with the batch). When no
 * record is kept the handler is not called and the batch succeeds.
 */
import type { Context } from 'aws-lambda';
import { valueOrThrow } from '../errors.js';
import type { MiddyMiddleware } from '../middy-types.js';
import type { RecordSource } from '../records/types.js';
import { createRecordFilter, type RecordFilterOptions } from './record-filter.js';

/** What a batch returns when nothing is left to process: success for every source. */
export function emptyBatchResponse(source: RecordSource): { batchItemFailures: [] } | null {
  return source === 'sns' ? null : { batchItemFailures: [] };
}

/** The plain wrapper: `export const handler = withRecordFilter({ filterPolicy }, async (event) => …)`. */
export function withRecordFilter<E, R>(
  options: RecordFilterOptions,
  handler: (event: E, context: Context) => Promise<R> | R,
): (event: E, context: Context) => Promise<R | { batchItemFailures: [] } | null> {
  const filter = valueOrThrow(createRecordFilter(options), 'arbiter: invalid record filter');
  return async (event, context) => {
    const split = valueOrThrow(filter.filterBatch(event), 'arbiter: cannot filter this event');
    if (split.kept.length === 0) return emptyBatchResponse(split.source);
    return handler(split.event, context);
  };
}

/** The Middy middleware: `middy(handler).use(recordFilter({ filterPolicy }))`. */
export function recordFilter(options: RecordFilterOptions): MiddyMiddleware {
  const filter = valueOrThrow(createRecordFilter(options), 'arbiter: invalid record filter');
  return {
    before(request) {
      const split = valueOrThrow(filter.filterBatch(request.event), 'arbiter: cannot filter this event');
      request.event = split.event;
      // Middy ends the request early with any value other than undefined.
      if (split.kept.length === 0) return emptyBatchResponse(split.source);
      return undefined;
    },
  };
}
