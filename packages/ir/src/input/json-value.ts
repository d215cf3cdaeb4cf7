/**
 * The one input-shape guard for parsed values handed to a public function (a policy object, a
 * message body, a request context). A caller's value can share sub-objects (what a YAML loader
 * builds from anchors, or `a = [a, a]` forty times: 80 objects that read as 2⁴⁰ nodes) or refer
 * to itself; walking it naively is exponential or endless. `copyJsonInput` copies it into a fresh
 * JSON tree under a node budget, a size budget and a depth limit, so every later step works on
 * bounded, acyclic, plain data. Never throws (getters and proxies that throw become diagnostics).
 */
import { diagnostic, type Diagnostic, type DocumentKind, type Result } from '../diagnostic.js';
import { toPointer } from '../json-pointer.js';
import { DEFAULT_LIMITS } from './limits.js';

export const InputCodes = {
  notJson: 'input.not-json',
  tooDeep: 'input.too-deep',
  tooLarge: 'input.too-large',
  cycle: 'input.cycle',
} as const;

export interface JsonInputOptions {
  /** Which document diagnostics point into. Default `input`. */
  document?: DocumentKind;
  /** Most values (objects, arrays and scalars, shared ones counted each time they are reached). */
  maxNodes?: number;
  /**
   * Most characters of the value written as JSON, estimated from below (a number counts 1), so a
   * value within a byte limit is never refused; shared sub-objects count each time they appear.
   */
  maxChars?: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth?: number;
  /** Package codes to report instead of the `input.*` ones (kept stable for existing callers). */
  codes?: Partial<Record<keyof typeof InputCodes, string>>;
}

class Budget extends Error {}

/** Copies `value` into plain JSON data, or reports why it cannot be read as JSON. */
export function copyJsonInput(value: unknown, options: JsonInputOptions = {}): Result<unknown> {
  const document = options.document ?? 'input';
  const maxNodes = options.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const maxChars = options.maxChars ?? DEFAULT_LIMITS.maxBytes;
  const maxDepth = options.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  const code = (k: keyof typeof InputCodes) => options.codes?.[k] ?? InputCodes[k];
  const out: Diagnostic[] = [];
  const ancestors = new Set<object>();
  // The pointer is built only when a diagnostic needs it: joining it per node would dominate the walk.
  const tokens: Array<string | number> = [];
  const here = () => toPointer(tokens);
  let nodes = 0;
  let chars = 0;
  const bad = (what: string) => {
    out.push(diagnostic(code('notJson'), document, here(), `${what} is not a JSON value`));
    return null;
  };
  const spend = (n: number) => {
    nodes++;
    chars += n;
    if (nodes > maxNodes || chars > maxChars) throw new Budget();
  };

  const copy = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v === 'boolean') return spend(4), v;
    if (typeof v === 'string') return spend(v.length + 2), v;
    if (typeof v === 'number') return spend(1), Number.isFinite(v) ? v : bad(`\`${v}\``);
    if (typeof v !== 'object') return bad(v === undefined ? '`undefined`' : `a ${typeof v}`);
    spend(2);
    if (ancestors.has(v)) {
      out.push(diagnostic(code('cycle'), document, here(), 'the value contains itself (a cycle), which JSON cannot hold'));
      return null;
    }
    if (depth >= maxDepth) {
      out.push(diagnostic(code('tooDeep'), document, here(), `the value nests deeper than ${maxDepth} levels`, { params: { limit: maxDepth } }));
      return null;
    }
    ancestors.add(v);
    try {
      if (Array.isArray(v)) return v.map((item, i) => within(i, item, depth + 1));
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return bad(`a ${proto?.constructor?.name ?? 'non-plain'} object`);
      const target: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        spend(key.length + 3);
        // defineProperty keeps a `__proto__` key as data.
        Object.defineProperty(target, key, { value: within(key, (v as Record<string, unknown>)[key], depth + 1), writable: true, enumerable: true, configurable: true });
      }
      return target;
    } finally {
      ancestors.delete(v);
    }
  };

  const within = (token: string | number, v: unknown, depth: number): unknown => {
    tokens.push(token);
    const copied = copy(v, depth);
    tokens.pop();
    return copied;
  };

  let result: unknown;
  try {
    result = copy(value, 0);
  } catch (e) {
    if (e instanceof Budget) {
      const message = `the value is larger than the limit of ${maxNodes} nodes or ${maxChars} characters (shared sub-objects count each time they appear)`;
      return { ok: false, diagnostics: [diagnostic(code('tooLarge'), document, '', message, { params: { maxNodes, maxChars }, help: 'pass a smaller value, or JSON text' })] };
    }
    // A getter or proxy trap threw, or the engine ran out of stack on an exotic object.
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, diagnostics: [diagnostic(code('notJson'), document, '', `the value could not be read: ${reason}`)] };
  }
  return out.length > 0 ? { ok: false, diagnostics: out } : { ok: true, value: result, warnings: [] };
}
