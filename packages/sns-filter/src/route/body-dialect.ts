/**
 * What routing a whole JSON document means in one policy language. The shared index, the body
 * walks and the settling of `exists` read these few facts instead of assuming SNS: EventBridge
 * patterns route through the same router with their own (event-pattern/src/route/dialect.ts).
 */
import type { Scalar } from '@arbiter/ir';
import { hasProperty, MAX_BODY_ARRAY_DEPTH, parseBody } from '../message/payload.js';
import { EMPTY_BODY_VALUES } from '../policy/to-ir.js';

export interface BodyDialect {
  /** Values that do not make a field present for `exists` (SNS bodies: null and ""; EventBridge: none). */
  readonly presenceIgnores: readonly Scalar[];
  /** Nested arrays looked into below one field (deeper ones are passed over, as the matcher does). */
  readonly maxArrayDepth: number;
  /** True when an object with no key matches nothing whatever the rules (SNS); false: it is walked and `exists: false` can match. */
  readonly emptyObjectMatchesNothing: boolean;
  /** The reference reading of a body text: the root object to walk, or `undefined` when nothing can match. */
  parse(text: string): Record<string, unknown> | undefined;
}

/** SNS payload filtering (spec §3, §5): `JSON.parse`, an object with at least one key. */
export const SNS_BODY: BodyDialect = {
  presenceIgnores: EMPTY_BODY_VALUES,
  maxArrayDepth: MAX_BODY_ARRAY_DEPTH,
  emptyObjectMatchesNothing: true,
  parse(text) {
    const parsed = parseBody(text);
    return parsed.ok && hasProperty(parsed.root) ? parsed.root : undefined;
  },
};

/** Some value other than the ignored ones: presence for `exists`. */
export function isPresent(values: readonly unknown[], ignores: readonly Scalar[]): boolean {
  if (ignores.length === 0) return values.length > 0;
  for (let i = 0; i < values.length; i++) if (!ignores.includes(values[i] as Scalar)) return true;
  return false;
}
