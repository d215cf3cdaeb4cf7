/**
 * What an EventBridge event is to the shared router (sns-filter's body-dialect.ts): the whole
 * JSON event is the body; `exists` is leaf-only, so any value (null and "" included) is presence
 * (spec §4); `{}` is an event like any other (`exists: false` patterns match it); the reference
 * reading is the single matcher's (`readEvent`: the safe parser, an object at the root).
 */
import type { BodyDialect } from '@arbiter/sns-filter';
import { MAX_EVENT_ARRAY_DEPTH } from '../match/event-view.js';
import { readEvent } from '../match/read-event.js';

export const EVENT_BODY: BodyDialect = {
  presenceIgnores: [],
  maxArrayDepth: MAX_EVENT_ARRAY_DEPTH,
  emptyObjectMatchesNothing: false,
  parse(text) {
    const read = readEvent(text);
    return read.ok ? (read.root as Record<string, unknown>) : undefined;
  },
};
