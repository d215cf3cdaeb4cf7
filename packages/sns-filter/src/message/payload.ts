/**
 * The message body for `MessageBody` scope (spec §5): it must be a JSON object. A policy key path
 * is matched as a dotted string against every way the body's keys spell it, so `a.b` finds
 * `{"a":{"b":…}}` and `{"a.b":…}`; arrays (and arrays of arrays) are traversed transparently.
 * Only the paths a policy names are read: nothing else of the body is walked.
 */
import { textOfBytes } from '@arbiter/ir';

export type BodyState = { ok: true; root: Record<string, unknown> } | { ok: false; reason: string };

/** Parses the body (text, or UTF-8 bytes) once; `JSON.parse` keeps `__proto__` as an own data property. */
export function parseBody(body: unknown): BodyState {
  if (body instanceof Uint8Array) body = textOfBytes(body);
  if (typeof body !== 'string') return { ok: false, reason: 'message has no body to filter on' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'message body is not valid JSON' };
  }
  return bodyFromValue(value);
}

/** A body the caller already parsed: it must be a JSON object, as in `parseBody`. */
export function bodyFromValue(value: unknown): BodyState {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `message body is JSON but not an object (${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`})` };
  }
  return { ok: true, root: value as Record<string, unknown> };
}

/** True when the body object has at least one property. */
export function hasProperty(root: Record<string, unknown>): boolean {
  for (const _ in root) return true;
  return false;
}

/** A dotted key path prepared for lookups: `segment(i, j)` is the text between dot i and dot j. */
export interface BodyPath {
  text: string;
  /** Positions of the dots; the path splits at any subset of them. */
  dots: number[];
  /** Per [start dot index][end dot index]: the key, and whether plain lookup could reach Object.prototype. */
  keys: { key: string; guard: boolean }[][];
}

const PROTO_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function compileBodyPath(text: string): BodyPath {
  const dots: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 46) dots.push(i);
  const bounds = [-1, ...dots, text.length];
  const keys = bounds.slice(0, -1).map((start, s) =>
    bounds.slice(s + 1).map((end) => {
      const key = text.slice(start + 1, end);
      return { key, guard: PROTO_NAMES.has(key) };
    }),
  );
  return { text, dots, keys };
}

/**
 * Arrays nested deeper than this (counted along the way from the root) are not looked into, so a
 * hostile body cannot exhaust the stack; JSON.parse itself accepts far deeper nesting.
 */
export const MAX_BODY_ARRAY_DEPTH = 256;

function pushLeaves(value: unknown, out: unknown[], depth: number): void {
  if (Array.isArray(value)) {
    if (depth >= MAX_BODY_ARRAY_DEPTH) return;
    for (let i = 0; i < value.length; i++) pushLeaves(value[i], out, depth + 1);
  } else if (value === null || typeof value !== 'object') {
    out.push(value);
  }
}

/** Visits `node` having consumed the path up to bound `from` (0 is the start, k is after dot k-1). */
function collect(node: unknown, path: BodyPath, from: number, out: unknown[], depth: number): void {
  if (Array.isArray(node)) {
    if (depth >= MAX_BODY_ARRAY_DEPTH) return;
    for (let i = 0; i < node.length; i++) collect(node[i], path, from, out, depth + 1);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const row = path.keys[from] as { key: string; guard: boolean }[];
  const obj = node as Record<string, unknown>;
  for (let j = 0; j < row.length; j++) {
    const { key, guard } = row[j] as { key: string; guard: boolean };
    const child = obj[key];
    if (child === undefined || (guard && !hasOwn(obj, key))) continue;
    if (j === row.length - 1) pushLeaves(child, out, depth);
    else collect(child, path, from + j + 1, out, depth);
  }
}

/** The scalar values at a dotted path, or `undefined` when the body has none there. */
export function resolveBodyPath(root: Record<string, unknown>, path: BodyPath): unknown[] | undefined {
  const out: unknown[] = [];
  collect(root, path, 0, out, 0);
  return out.length > 0 ? out : undefined;
}
