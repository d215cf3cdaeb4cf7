/** Public types of @arbiter/sns-filter. */
import type { RuleSet } from '@arbiter/ir';

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** A message attribute as SNS delivers it (`Type`/`Value`) or as the AWS SDK sends it (`DataType`/`StringValue`). */
export type MessageAttributeValue =
  | { Type: string; Value?: string }
  | { DataType: string; StringValue?: string; BinaryValue?: unknown };

export interface SnsMessage {
  /** The body as text, or as the UTF-8 bytes it arrived in (a `Buffer`): same answers either way. */
  body?: string | Uint8Array;
  attributes?: Record<string, MessageAttributeValue>;
}

/** The CloudWatch metric SNS counts an undelivered message under. */
export type FilterMetric =
  | 'NumberOfNotificationsFilteredOut-MessageAttributes'
  | 'NumberOfNotificationsFilteredOut-MessageBody'
  | 'NumberOfNotificationsFilteredOut-InvalidAttributes'
  | 'NumberOfNotificationsFilteredOut-InvalidMessageBody';

export interface FilterDecision {
  delivered: boolean;
  /** Set when not delivered. */
  metric?: FilterMetric;
  /** One line a person can act on. */
  reason?: string;
  /** The failing policy key: its JSON pointer, the message key path (dotted) and the printed condition. */
  failed?: { path: string; key: string; condition: string };
}

export interface ValidateOptions {
  /** Default `MessageAttributes`, as in SNS. */
  scope?: FilterPolicyScope;
  /** Policy size limit in UTF-8 bytes; default 256 KiB, as in SNS. */
  maxBytes?: number;
}

export interface FilterPolicy {
  scope: FilterPolicyScope;
  /** The parsed policy; `undefined` for an absent or empty-string policy. */
  source: unknown;
  ruleSet: RuleSet;
}

export interface FilterMatcher {
  readonly policy: FilterPolicy;
  match(message: SnsMessage): FilterDecision;
  /**
   * Decides a `MessageBody` message whose body the caller already parsed (e.g. with `JSON.parse`),
   * so one parse can serve many policies. Same rules as `match`: a non-object body is
   * `…-InvalidMessageBody`. For `MessageAttributes` policies it is `match({})`.
   */
  matchParsedBody(body: unknown): FilterDecision;
}

export type MatchOptions = ValidateOptions & { mode?: 'compiled' | 'reference' };

export interface Subscription {
  id: string;
  policy: string | unknown;
  scope?: FilterPolicyScope;
}

export interface RouterOptions {
  /**
   * How `MessageBody` bodies are read. `'lazy'` (default): straight from the text, skipping (and
   * validating) what no policy names and decoding only the values policies test. `'parse'`: the
   * reference, `JSON.parse` and then a walk of the paths policies name. Both decide alike.
   */
  extraction?: 'lazy' | 'parse';
}

export interface Router {
  /** Ids of the subscriptions that receive `message`, in the order they were added. */
  route(message: SnsMessage): string[];
  add(sub: Subscription): import('@arbiter/ir').Result<void>;
  remove(id: string): boolean;
  readonly size: number;
}
