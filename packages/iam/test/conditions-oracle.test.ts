/**
 * The lowering of conditions (policy/to-ir.ts, conditions.ts) against a naive oracle written
 * straight from spec §1: OR over values (NOR for negated operators), missing keys, IfExists,
 * ForAllValues/ForAnyValue, a plain operator on a multivalued key, Null, variables with defaults
 * (literal once substituted) and escapes. Like patterns become regular expressions here, so the
 * oracle shares no matching code with the IR.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize } from '../src/index.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value as a regular expression source (Like) and as text; `null` when a variable is unresolved. */
function substitute(raw: string, ctx: Record<string, unknown>, like: boolean): { re: string; text: string } | null {
  let re = '';
  let text = '';
  const tokens = raw.match(/\$\{[^}]*\}|[^$]+|\$/g) ?? [];
  for (const t of tokens) {
    const m = /^\$\{(.*)\}$/.exec(t);
    if (!m) {
      text += t;
      re += like ? [...t].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRe(c))).join('') : escapeRe(t);
      continue;
    }
    const body = m[1] as string;
    let literal: string | undefined;
    if (body === '*' || body === '?' || body === '$') literal = body;
    else {
      const [, key, fallback] = /^([^,]*)(?:, '([^']*)')?$/.exec(body) ?? [];
      const found = Object.entries(ctx).find(([k]) => k.toLowerCase() === String(key).toLowerCase())?.[1];
      literal = typeof found === 'string' ? found : fallback;
      if (literal === undefined) return null;
    }
    text += literal;
    re += escapeRe(literal);
  }
  return { re, text };
}

function oracle(op: string, qualifier: string, ifExists: boolean, values: string[], ctx: Record<string, unknown>): boolean {
  const request = ctx['aws:PrincipalTag/k'];
  if (op === 'Null') {
    if (qualifier) return qualifier === 'ForAllValues';
    return values.some((v) => (v === 'true' ? request === undefined : v === 'false' ? request !== undefined : false));
  }
  const negative = op.includes('Not');
  const like = op.includes('Like');
  const ignoreCase = op.includes('IgnoreCase');
  const one = (r: string) => {
    const any = values.some((v) => {
      const s = substitute(v, ctx, like);
      if (s === null) return false;
      if (like) return new RegExp(`^${s.re}$`, 's').test(r);
      return ignoreCase ? r.toLowerCase() === s.text.toLowerCase() : r === s.text;
    });
    return negative ? !any : any;
  };
  if (request === undefined) return ifExists || (qualifier ? qualifier === 'ForAllValues' : negative);
  if (Array.isArray(request)) {
    if (!qualifier) return false;
    return qualifier === 'ForAllValues' ? request.every(one) : request.some(one);
  }
  return one(request as string);
}

const ops = ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike', 'Null'];
const words = ['a', 'A', 'b', '*', '?', 'a*', '*b', 'a?', '${aws:PrincipalTag/v}', "${aws:PrincipalTag/V, 'a*'}", "${aws:PrincipalTag/w, 'b'}", '${*}', '${?}', '${$}', 'a${*}', 'true', 'false'];
const value = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
const requestValue = fc.array(fc.constantFrom('a', 'A', 'b', '*', '?', '$', 'ab', 'a*', 'true'), { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
const contextValue = fc.oneof(requestValue, fc.array(requestValue, { maxLength: 3 }));

describe('condition lowering ≡ the spec read naively', () => {
  it('agrees on every operator, qualifier, IfExists, variable and escape', () => {
    const condition = fc
      .record({
        op: fc.constantFrom(...ops),
        qualifier: fc.constantFrom('', 'ForAllValues', 'ForAnyValue'),
        ifExists: fc.boolean(),
        values: fc.array(value, { minLength: 1, maxLength: 3 }),
      })
      .filter((c) => !(c.op === 'Null' && (c.ifExists || c.qualifier !== '')) || (c.op === 'Null' && !c.ifExists))
      .map((c) => (c.op === 'Null' ? { ...c, values: c.values.map((v) => (v.length % 2 ? 'true' : 'false')) } : c));
    const context = fc.record({ 'aws:PrincipalTag/k': contextValue, 'aws:PrincipalTag/v': contextValue, 'aws:PrincipalTag/w': requestValue }, { requiredKeys: [] });
    fc.assert(
      fc.property(condition, context, fc.constantFrom('reference', 'compiled') as fc.Arbitrary<'reference' | 'compiled'>, (c, ctx, mode) => {
        const operator = (c.qualifier ? `${c.qualifier}:` : '') + c.op + (c.ifExists ? 'IfExists' : '');
        const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { [operator]: { 'aws:PrincipalTag/k': c.values } } }] };
        const r = authorize({ identity: [policy] }, { action: 's3:GetObject', context: ctx }, { mode });
        expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
        if (!r.ok) return;
        expect(r.value.decision === 'Allow', `${operator} ${JSON.stringify(c.values)} ${JSON.stringify(ctx)}`).toBe(oracle(c.op, c.qualifier, c.ifExists, c.values, ctx));
      }),
      { numRuns: 6000 },
    );
  });
});
