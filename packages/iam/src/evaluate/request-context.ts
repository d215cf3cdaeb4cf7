/**
 * A request's context as the evaluators read it: values by lower-cased key. Requests made by the
 * same code carry the same keys in the same order, so a key layout (which position each
 * lower-cased key reads; when two keys differ only in case the later one wins, as in
 * `normalizeContext`) is worked out once per distinct list of keys and shared: a request then only
 * copies its values. Building a Map per request took a third of a decision's time (bench/iam.mjs).
 */
import type { RequestValue } from '../context.js';

export interface ContextView {
  get(lowerKey: string): RequestValue;
}

interface Layout {
  keys: readonly string[];
  slots: Map<string, number>;
}

class LaidOutContext implements ContextView {
  constructor(
    private readonly slots: Map<string, number>,
    private readonly values: readonly string[],
  ) {}
  get(lowerKey: string): RequestValue {
    const i = this.slots.get(lowerKey);
    return i === undefined ? undefined : this.values[i];
  }
}

export const EMPTY_CONTEXT: ContextView = new LaidOutContext(new Map(), []);

/** Layouts by their first key; bounded (callers with ever-new key lists just rebuild them). */
const layouts = new Map<string, Layout[]>();
const MAX_LAYOUTS = 1024;
let layoutCount = 0;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function layoutOf(keys: string[]): Layout {
  const first = keys[0] as string;
  const known = layouts.get(first);
  if (known) for (const l of known) if (sameKeys(l.keys, keys)) return l;
  const slots = new Map<string, number>();
  keys.forEach((k, i) => slots.set(k.toLowerCase(), i));
  const layout = { keys, slots };
  if (++layoutCount > MAX_LAYOUTS) {
    layouts.clear();
    layoutCount = 1;
  }
  if (known && layouts.has(first)) known.push(layout);
  else layouts.set(first, [layout]);
  return layout;
}

/**
 * The context when every value is a string (the common case, which needs no diagnostics);
 * `undefined` otherwise, and the caller takes the general path (`normalizeContext`).
 */
export function readStringContext(context: object): ContextView | undefined {
  const keys: string[] = [];
  const values: string[] = [];
  for (const key in context) {
    if (!Object.prototype.hasOwnProperty.call(context, key)) continue;
    const v = (context as Record<string, unknown>)[key];
    if (typeof v !== 'string') return undefined;
    keys.push(key);
    values.push(v);
  }
  if (keys.length === 0) return EMPTY_CONTEXT;
  return new LaidOutContext(layoutOf(keys).slots, values);
}
