/**
 * Field resolution over a JSON event, as event-ruler flattens it: a field is a list of key
 * segments that the event may spell nested (`{"a":{"b":1}}`) or dotted (`{"a.b":1}`), in any
 * mix; arrays are looked through at every level; only leaves count (scalars and `null`, never an
 * object or an empty array), so `exists` is leaf-only (spec §4). `scopes` lists the objects at a
 * path for the IR's `within` node (array consistency).
 */
import type { FieldResolver, FieldValues, ScopedResolver } from '@arbiter/ir';

/** Arrays nested deeper than this are not looked into, so hostile events cannot exhaust the stack. */
export const MAX_EVENT_ARRAY_DEPTH = 256;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function pushLeaves(value: unknown, out: unknown[], depth: number): void {
  if (Array.isArray(value)) {
    if (depth >= MAX_EVENT_ARRAY_DEPTH) return;
    for (let i = 0; i < value.length; i++) pushLeaves(value[i], out, depth + 1);
  } else if (value === null || typeof value !== 'object') {
    out.push(value);
  }
}

function pushObjects(value: unknown, out: object[], depth: number): void {
  if (Array.isArray(value)) {
    if (depth >= MAX_EVENT_ARRAY_DEPTH) return;
    for (let i = 0; i < value.length; i++) pushObjects(value[i], out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    out.push(value);
  }
}

/** Visits every value reachable along `segments[from..]`, joining consecutive segments with dots as keys allow. */
function walk(node: unknown, segments: readonly string[], from: number, visit: (value: unknown) => void, depth: number): void {
  if (Array.isArray(node)) {
    if (depth >= MAX_EVENT_ARRAY_DEPTH) return;
    for (let i = 0; i < node.length; i++) walk(node[i], segments, from, visit, depth + 1);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  let key = '';
  for (let j = from; j < segments.length; j++) {
    key = j === from ? (segments[j] as string) : `${key}.${segments[j]}`;
    if (!hasOwn(node, key)) continue;
    const child = (node as Record<string, unknown>)[key];
    if (j === segments.length - 1) visit(child);
    else walk(child, segments, j + 1, visit, depth);
  }
}

/** A resolver over `node`; `prefix` holds segments already consumed by a dotted (virtual) scope. */
export function eventResolver(node: object, prefix: readonly string[] = []): ScopedResolver {
  const cache = new Map<readonly string[], FieldValues>();
  const full = (field: readonly string[]) => (prefix.length === 0 ? field : [...prefix, ...field]);
  const resolve: ScopedResolver = (field) => {
    if (cache.has(field)) return cache.get(field);
    const out: unknown[] = [];
    walk(node, full(field), 0, (v) => pushLeaves(v, out, 0), 0);
    const values = out.length > 0 ? out : undefined;
    cache.set(field, values);
    return values;
  };
  resolve.scopes = (field): FieldResolver[] => {
    const path = full(field);
    const objects: object[] = [];
    walk(node, path, 0, (v) => pushObjects(v, objects, 0), 0);
    if (objects.length > 0) return objects.map((o) => eventResolver(o));
    // The event may spell the level with dots (`"a.b": 1`): look inside the same object under the prefix.
    return [eventResolver(node, path)];
  };
  return resolve;
}
