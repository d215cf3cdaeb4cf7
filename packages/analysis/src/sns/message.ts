/**
 * Witness messages for SNS: field assignments become a message in the shape `arbiter filter match
 * --message` reads — attributes as `{Type, Value}` (one string: String; one number: Number;
 * anything else: String.Array), a body as JSON text with the values at their nested keys.
 */
import type { FieldValues } from '@arbiter/ir';
import type { FilterPolicyScope, SnsMessage } from '@arbiter/sns-filter';
import type { Assignment } from '../engine/partial.js';
import type { FieldShape } from '../engine/field-states.js';

/** A key no policy names, so a witness always has attributes / body keys (SNS treats none specially). */
const FILLER = 'arbiter-witness';

const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export function snsShape(scope: FilterPolicyScope): FieldShape {
  return { multiValued: true, emptyArray: true, accepts: scope === 'MessageBody' ? () => true : isScalar };
}

function fillerName(entries: Array<[string[], FieldValues]>): string {
  const names = new Set(entries.map(([f]) => f[0]));
  let filler = FILLER;
  while (names.has(filler)) filler += '-x';
  return filler;
}

function attributeOf(values: readonly unknown[]): { Type: string; Value: string } {
  const [only] = values;
  if (values.length === 1 && typeof only === 'string') return { Type: 'String', Value: only };
  if (values.length === 1 && typeof only === 'number') return { Type: 'Number', Value: String(only) };
  return { Type: 'String.Array', Value: JSON.stringify(values) };
}

function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function buildAttributes(entries: Array<[string[], FieldValues]>): SnsMessage | undefined {
  const attributes: Record<string, unknown> = {};
  for (const [field, values] of entries) {
    if (field.length !== 1) return undefined;
    if (values !== undefined) setOwn(attributes, field[0]!, attributeOf(values));
  }
  if (Object.keys(attributes).length === 0) setOwn(attributes, fillerName(entries), { Type: 'String', Value: 'x' });
  return { attributes } as SnsMessage;
}

function buildBody(entries: Array<[string[], FieldValues]>): SnsMessage | undefined {
  const root: Record<string, unknown> = {};
  for (const [field, values] of entries) {
    if (values === undefined) continue;
    let node = root;
    for (let i = 0; i < field.length - 1; i++) {
      const key = field[i]!;
      const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
      if (next === undefined) {
        const child: Record<string, unknown> = {};
        setOwn(node, key, child);
        node = child;
      } else if (next !== null && typeof next === 'object' && !Array.isArray(next)) node = next as Record<string, unknown>;
      else return undefined;
    }
    const leaf = field[field.length - 1]!;
    if (Object.prototype.hasOwnProperty.call(node, leaf)) return undefined;
    setOwn(node, leaf, values.length === 1 ? values[0] : values);
  }
  // SNS treats a body without keys like a message without attributes (`exists: false` fails):
  // that class is a probe; witnesses carry a key no policy names.
  if (Object.keys(root).length === 0) setOwn(root, fillerName(entries), 'x');
  return { body: JSON.stringify(root) };
}

export function buildSnsMessage(assignment: Assignment, scope: FilterPolicyScope): SnsMessage | undefined {
  const entries: Array<[string[], FieldValues]> = [...assignment].map(([key, values]) => [JSON.parse(key) as string[], values]);
  return scope === 'MessageBody' ? buildBody(entries) : buildAttributes(entries);
}

/** Message classes the field model does not describe: each filters the same way whatever it holds. */
export function snsProbes(scope: FilterPolicyScope): SnsMessage[] {
  return scope === 'MessageBody' ? [{ body: 'not json' }, { body: '[]' }, { body: '{}' }] : [{ attributes: {} }];
}
