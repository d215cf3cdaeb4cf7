/**
 * Filtering a batch in the function, for the sources and cases event source mapping filters do
 * not cover (SNS subscriptions' policies on SQS records, SNS events, payload filters on Kafka…):
 * a record is kept when it matches the SNS filter policy and the event pattern (when given).
 */
import { fail, ok, type Diagnostic, type Result } from '@arbiter/ir';
import { compileFilterPolicy, type FilterMatcher, type FilterPolicyScope, type FilterMetric } from '@arbiter/sns-filter';
import type { Logger } from '../logger.js';
import { eventWith, readBatch, type BatchEntry, type ReadOptions } from '../records/batch.js';
import type { RecordMessage, RecordSource } from '../records/types.js';

/**
 * An event pattern check on one record as Lambda's event filtering reads it, for example with
 * `@arbiter/event-pattern`: `(record, source) => matchLambdaRecord(filters, record, source)`.
 */
export type RecordPatternMatcher = (record: unknown, source: RecordSource) => boolean | { matched: boolean };

export interface RecordFilterOptions extends ReadOptions {
  /** An SNS subscription filter policy (object or JSON text). */
  filterPolicy?: unknown;
  /** The policy's scope, as on the subscription. Default `MessageAttributes`. */
  filterPolicyScope?: FilterPolicyScope;
  /** An event pattern check; a record must pass it and the filter policy. */
  eventPattern?: RecordPatternMatcher;
  /** Filtered records are logged at debug level with their reason, when given. */
  logger?: Logger;
}

export interface FilteredRecord {
  id: string;
  reason: string;
  /** SNS's metric for a filter policy non-match. */
  metric?: FilterMetric;
}

export interface FilteredBatch<E> {
  /** The event holding only the kept records (a copy; the input is not changed). */
  event: E;
  source: RecordSource;
  kept: RecordMessage[];
  filtered: FilteredRecord[];
}

export interface RecordFilter {
  /** Decides one record: undefined when kept, else why not. */
  check(message: RecordMessage, record: unknown): FilteredRecord | undefined;
  /** Splits a batch event; fails with `lambda.unknown-event` for an event that is not a batch. */
  filterBatch<E>(event: E): Result<FilteredBatch<E>>;
}

function patternMatched(r: boolean | { matched: boolean }): boolean {
  return typeof r === 'boolean' ? r : r.matched;
}

/** Compiles the filter once (at cold start); reports an invalid policy with SNS's own texts. */
export function createRecordFilter(options: RecordFilterOptions): Result<RecordFilter> {
  let matcher: FilterMatcher | undefined;
  if (options.filterPolicy !== undefined) {
    const compiled = compileFilterPolicy(options.filterPolicy, { scope: options.filterPolicyScope ?? 'MessageAttributes' });
    if (!compiled.ok) return fail(compiled.diagnostics);
    matcher = compiled.value;
  }
  const check = (message: RecordMessage, record: unknown): FilteredRecord | undefined => {
    if (matcher) {
      const d = matcher.match(message);
      if (!d.delivered) return { id: message.id, reason: d.reason ?? 'filtered out by the filter policy', ...(d.metric ? { metric: d.metric } : {}) };
    }
    if (options.eventPattern && !patternMatched(options.eventPattern(record, message.source))) {
      return { id: message.id, reason: 'the event pattern did not match' };
    }
    return undefined;
  };
  return ok({
    check,
    filterBatch<E>(event: E): Result<FilteredBatch<E>> {
      const batch = readBatch(event, options);
      if (!batch.ok) return batch as { ok: false; diagnostics: Diagnostic[] };
      const keep: BatchEntry[] = [];
      const filtered: FilteredRecord[] = [];
      for (const entry of batch.value.entries) {
        const why = check(entry.message, entry.record);
        if (why) {
          filtered.push(why);
          options.logger?.debug?.('arbiter: record filtered out', why);
        } else keep.push(entry);
      }
      return ok({ event: eventWith(event, batch.value, keep), source: batch.value.source, kept: keep.map((e) => e.message), filtered });
    },
  });
}
