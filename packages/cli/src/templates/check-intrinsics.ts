/**
 * Intrinsic function calls with the wrong number of arguments are errors CloudFormation reports
 * at deployment (`!If [cond, a]`, `!Sub [a, b, c]`): report them at validation instead of passing
 * them as "unresolved". One walk over the loaded template, linear in its size.
 */
import { diagnostic, joinPointer, type Diagnostic } from '@arbiter/ir';
import { intrinsicOf } from './intrinsics.js';

/** Accepted argument shapes per function; a function not listed is not checked. */
const SHAPES: Readonly<Record<string, { ok: (arg: unknown) => boolean; expected: string }>> = {
  'Fn::If': { ok: (a) => Array.isArray(a) && a.length === 3 && typeof a[0] === 'string', expected: '[condition name, value if true, value if false]' },
  'Fn::Sub': { ok: (a) => typeof a === 'string' || (Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && isMap(a[1])), expected: 'a string, or [string, {variable: value}]' },
  'Fn::Join': { ok: (a) => Array.isArray(a) && a.length === 2, expected: '[delimiter, [values]]' },
  'Fn::Select': { ok: (a) => Array.isArray(a) && a.length === 2, expected: '[index, [values]]' },
  'Fn::Split': { ok: (a) => Array.isArray(a) && a.length === 2, expected: '[delimiter, string]' },
  'Fn::Equals': { ok: (a) => Array.isArray(a) && a.length === 2, expected: '[value, value]' },
  'Fn::Not': { ok: (a) => Array.isArray(a) && a.length === 1, expected: '[condition]' },
  'Fn::FindInMap': { ok: (a) => Array.isArray(a) && (a.length === 3 || a.length === 4), expected: '[map name, top-level key, second-level key]' },
  'Fn::GetAtt': { ok: (a) => (Array.isArray(a) && a.length === 2) || typeof a === 'string', expected: '[resource, attribute] or "Resource.Attribute"' },
};

function isMap(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Every intrinsic call in `value` whose argument has the wrong shape. */
export function checkIntrinsicArity(value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (v: unknown, at: string): void => {
    const call = intrinsicOf(v);
    const shape = call && SHAPES[call.fn];
    if (call && shape && !shape.ok(call.arg)) {
      const given = Array.isArray(call.arg) ? `${call.arg.length} argument${call.arg.length === 1 ? '' : 's'}` : typeof call.arg;
      out.push(diagnostic('template.intrinsic-arguments', 'template', joinPointer(at, call.fn), `\`${call.fn}\` takes ${shape.expected}, not ${given}`, { params: { function: call.fn } }));
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, joinPointer(at, i)));
    else if (isMap(v)) for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, joinPointer(at, k));
  };
  walk(value, '');
  return out;
}
