/** Reads the event a pattern is matched against: a parsed JSON object, or JSON text holding one. */
import { diagnostic, parseJsonSafe, type Diagnostic } from '@arbiter/ir';
import { EventPatternCodes as Codes } from '../pattern/codes.js';

export type EventRead = { ok: true; root: object } | { ok: false; reason: string; diagnostics: Diagnostic[] };

const describe = (v: unknown) => (v === null || v === undefined ? String(v) : Array.isArray(v) ? 'an array' : `a ${typeof v}`);

export function readEvent(event: unknown): EventRead {
  let value = event;
  if (typeof event === 'string') {
    const parsed = parseJsonSafe(event, { document: 'message' });
    if (!parsed.ok) return { ok: false, reason: `event is not valid JSON: ${parsed.diagnostics[0]?.message ?? 'syntax error'}`, diagnostics: parsed.diagnostics };
    value = parsed.value.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const reason = `event is ${describe(value)}, not a JSON object`;
    return { ok: false, reason, diagnostics: [diagnostic(Codes.invalidEvent, 'message', '', reason)] };
  }
  return { ok: true, root: value };
}
