/** Public types of @arbiter/event-pattern. */
import type { Diagnostic, Result, RuleSet } from '@arbiter/ir';
import type { PatternNode } from './pattern/model.js';

export interface ValidateOptions {
  /** Pattern size limit in UTF-8 bytes; default 256 KiB (EventBridge documents none; Lambda's is 4,096 characters, checked by the Lambda functions). */
  maxBytes?: number;
}

export type MatchOptions = ValidateOptions & { mode?: 'compiled' | 'reference' };

/** A validated pattern: the parsed JSON, its model and the IR it lowers to. */
export interface EventPattern {
  source: unknown;
  model: PatternNode;
  ruleSet: RuleSet;
}

export interface EventDecision {
  matched: boolean;
  /** One line a person can act on; set when not matched. */
  reason?: string;
  /** The first failing pattern field: its JSON pointer in the pattern, the dotted event path and the printed condition. */
  failed?: { path: string; key: string; condition: string };
  /** Set when the event itself could not be used (not JSON, not an object). */
  diagnostics?: Diagnostic[];
}

export interface EventMatcher {
  readonly pattern: EventPattern;
  /** Decides one event, given as a parsed JSON value or as JSON text. */
  match(event: unknown): EventDecision;
}

export interface NamedPattern {
  id: string;
  pattern: unknown;
}

export interface PatternRouter {
  /** Ids of the patterns that match `event`, in the order they were added. */
  route(event: unknown): string[];
  add(entry: NamedPattern): Result<void>;
  remove(id: string): boolean;
  readonly size: number;
}
