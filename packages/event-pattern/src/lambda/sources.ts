/**
 * The event sources Lambda filters (spec §8): which key of the record holds the payload, how it is
 * encoded, and whether a plain-string pattern on it is allowed. Kinesis and DynamoDB reject one
 * when the mapping is created; SQS, Kafka and MQ filter plain payloads with plain patterns.
 */
export type EventSourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'kafka' | 'mq';

export interface SourceTraits {
  /** The record key the payload pattern names. */
  dataKey: string;
  /** `base64`: UTF-8 text in base64; `text`: a string as is; `typed-json`: already JSON (DynamoDB images). */
  encoding: 'base64' | 'text' | 'typed-json';
  /** Whether `"<dataKey>": [ … ]` (a plain-string pattern) is accepted. */
  plainPatterns: boolean;
}

export const SOURCES: Readonly<Record<EventSourceKind, SourceTraits>> = {
  sqs: { dataKey: 'body', encoding: 'text', plainPatterns: true },
  kinesis: { dataKey: 'data', encoding: 'base64', plainPatterns: false },
  dynamodb: { dataKey: 'dynamodb', encoding: 'typed-json', plainPatterns: false },
  kafka: { dataKey: 'value', encoding: 'base64', plainPatterns: true },
  mq: { dataKey: 'data', encoding: 'base64', plainPatterns: true },
};

export const SOURCE_NAMES = Object.keys(SOURCES) as EventSourceKind[];

export function isEventSource(name: unknown): name is EventSourceKind {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(SOURCES, name);
}

/** Lambda's filters-per-mapping quota: 5, or 10 after a quota increase. */
export const DEFAULT_MAX_FILTERS = 5;
export const RAISED_MAX_FILTERS = 10;
/** `Filter.Pattern` length limit (Lambda API). */
export const MAX_FILTER_PATTERN_LENGTH = 4096;
