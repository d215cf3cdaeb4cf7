/**
 * Witness events for EventBridge patterns: field assignments become one JSON event of nested
 * objects — a field with one value holds it, a field with several holds an array of them (the
 * matcher reads arrays as "any element"). Only JSON scalars are values; an object or `[]` at a
 * leaf counts as absent for the matcher, which the absent state already covers.
 */
import type { FieldValues } from '@arbiter/ir';
import type { Assignment } from '../engine/partial.js';
import type { FieldShape } from '../engine/field-states.js';

export type WitnessEvent = Record<string, unknown>;

const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export const eventShape: FieldShape = { multiValued: true, emptyArray: false, accepts: isScalar };

function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function buildEvent(assignment: Assignment): WitnessEvent | undefined {
  const root: WitnessEvent = {};
  const entries: Array<[string[], FieldValues]> = [...assignment].map(([key, values]) => [JSON.parse(key) as string[], values]);
  for (const [field, values] of entries) {
    if (values === undefined || values.length === 0) continue;
    let node = root;
    for (const key of field.slice(0, -1)) {
      const next = hasOwn(node, key) ? node[key] : undefined;
      if (next === undefined) {
        const child: WitnessEvent = {};
        setOwn(node, key, child);
        node = child;
      } else if (next !== null && typeof next === 'object' && !Array.isArray(next)) node = next as WitnessEvent;
      else return undefined;
    }
    const leaf = field[field.length - 1]!;
    if (hasOwn(node, leaf)) return undefined;
    setOwn(node, leaf, values.length === 1 ? values[0] : [...values]);
  }
  return root;
}
