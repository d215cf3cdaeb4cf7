/**
 * The request context: condition keys (case-insensitive) to values (case-sensitive). Values are
 * strings, or arrays of strings for multivalued keys (`[]` is present but empty). Documented choices
 * for other types: finite numbers and booleans become their JSON text (with a warning); anything
 * else (null, objects, NaN, nested arrays, non-strings in arrays) is an error. When two keys differ
 * only in case, the later one wins.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { IamCodes } from './codes.js';

export type ContextMap = Map<string, string | readonly string[]>;

/** A request value: a string, a list (multivalued key), or `undefined` when the key is missing. */
export type RequestValue = string | readonly string[] | undefined;

export interface NormalizedContext {
  values: ContextMap;
  diagnostics: Diagnostic[];
}

function coerce(v: unknown, at: string, diagnostics: Diagnostic[]): string | undefined {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') {
    diagnostics.push(diagnostic(IamCodes.contextCoerced, 'request', at, `context value \`${String(v)}\` is a ${typeof v}: compared as the string \`${String(v)}\``, { severity: 'warning', help: 'give context values as strings' }));
    return String(v);
  }
  diagnostics.push(diagnostic(IamCodes.contextWrongType, 'request', at, `context value must be a string or an array of strings, not ${v === null ? 'null' : typeof v === 'number' ? String(v) : typeof v}`, { help: 'give context values as strings, multivalued keys as arrays of strings' }));
  return undefined;
}

const lowerKeys = new Map<string, string>();

/** Key names recur across requests: lower-case each once (bounded cache). */
function lowerKey(key: string): string {
  let l = lowerKeys.get(key);
  if (l === undefined) {
    l = key.toLowerCase();
    if (lowerKeys.size > 10_000) lowerKeys.clear();
    lowerKeys.set(key, l);
  }
  return l;
}

const NO_DIAGNOSTICS: Diagnostic[] = [];

/** Lower-cases keys and checks value types. Errors mean the request cannot be decided. */
export function normalizeContext(context: unknown): NormalizedContext {
  const values: ContextMap = new Map();
  if (context === undefined) return { values, diagnostics: NO_DIAGNOSTICS };
  if (context !== null && typeof context === 'object' && !Array.isArray(context)) {
    // Fast path: every value a string (the common case) needs no diagnostics.
    let plain = true;
    for (const key in context) {
      if (!Object.prototype.hasOwnProperty.call(context, key)) continue;
      const v = (context as Record<string, unknown>)[key];
      if (typeof v !== 'string') {
        plain = false;
        break;
      }
      values.set(lowerKey(key), v);
    }
    if (plain) return { values, diagnostics: NO_DIAGNOSTICS };
    values.clear();
  }
  const diagnostics: Diagnostic[] = [];
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    diagnostics.push(diagnostic(IamCodes.contextWrongType, 'request', '/context', 'request `context` must be an object of condition keys', { help: 'write `"context": {"aws:PrincipalTag/team": "blue"}`' }));
    return { values, diagnostics };
  }
  for (const [key, v] of Object.entries(context)) {
    const at = joinPointer('/context', key);
    if (Array.isArray(v)) {
      const list: string[] = [];
      v.forEach((item, i) => {
        const s = Array.isArray(item) ? coerce({}, joinPointer(at, i), diagnostics) : coerce(item, joinPointer(at, i), diagnostics);
        if (s !== undefined) list.push(s);
      });
      values.set(key.toLowerCase(), list);
    } else {
      const s = coerce(v, at, diagnostics);
      if (s !== undefined) values.set(key.toLowerCase(), s);
    }
  }
  return { values, diagnostics };
}

export function getContextValue(values: ContextMap, lowerKey: string): RequestValue {
  return values.get(lowerKey);
}
