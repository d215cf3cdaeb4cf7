/**
 * Compiles one condition into a closure over the request context. Everything that does not depend
 * on the request is done here once: the operator lookup, parsing literal values (numbers, dates,
 * CIDR blocks, patterns), and Set lookups for string equality. Values with variables are
 * substituted per request. Semantics come from operators/qualifiers.ts, shared with the reference.
 */
import { lookupVariable, type ContextMap } from '../context.js';
import { globFromParts } from '../operators/glob.js';
import { evaluateCondition } from '../operators/qualifiers.js';
import { getOperator } from '../operators/registry.js';
import type { OperatorDef } from '../operators/types.js';
import type { IamCondition } from '../types.js';
import { substituteTemplate } from '../variables.js';

export type CompiledCondition = (ctx: ContextMap) => boolean;

export function compileCondition(c: IamCondition): CompiledCondition {
  const def = getOperator(c.operator);
  if (!def) return () => false;
  const { qualifier, ifExists, lowerKey: key } = c;
  if (c.values.every((v) => !v.hasVariables)) {
    const prepared = c.values.map((v) => {
      const g = globFromParts(v.parts, undefined);
      return g === null ? undefined : def.prepare(g);
    });
    if (!qualifier && (def.name === 'StringEquals' || def.name === 'StringNotEquals')) return compileStringSet(prepared as string[], key, ifExists, def.isNegative);
    return (ctx) => evaluateCondition(def, qualifier, ifExists, ctx.get(key), prepared).result;
  }
  if (!qualifier && (def.name === 'StringEquals' || def.name === 'StringNotEquals')) {
    const single = compileSingleVariableEquals(c, key, ifExists, def.isNegative);
    if (single) return single;
  }
  const resolveAll = compileResolver(c, def);
  return (ctx) => evaluateCondition(def, qualifier, ifExists, ctx.get(key), resolveAll(ctx)).result;
}

/** `StringEquals`/`StringNotEquals` on literals: one Set lookup. */
function compileStringSet(values: string[], key: string, ifExists: boolean, negative: boolean): CompiledCondition {
  if (values.length === 1) {
    const only = values[0];
    return (ctx) => {
      const r = ctx.get(key);
      if (r === undefined) return ifExists || negative;
      if (typeof r !== 'string') return false;
      return (r === only) !== negative;
    };
  }
  const set = new Set(values);
  return (ctx) => {
    const r = ctx.get(key);
    if (r === undefined) return ifExists || negative;
    if (typeof r !== 'string') return false;
    return set.has(r) !== negative;
  };
}

/**
 * The ABAC hot path: `StringEquals {"aws:ResourceTag/k": "${aws:PrincipalTag/k}"}`, one value that is
 * exactly one variable. Same rules as the driver: unresolved variable = no match (NOR for `Not`).
 */
function compileSingleVariableEquals(c: IamCondition, key: string, ifExists: boolean, negative: boolean): CompiledCondition | undefined {
  const v = c.values[0];
  const part = v?.parts[0];
  if (c.values.length !== 1 || v?.parts.length !== 1 || part?.kind !== 'var') return undefined;
  const varKey = part.lowerKey;
  const fallback = part.fallback;
  return (ctx) => {
    const r = ctx.get(key);
    if (r === undefined) return ifExists || negative;
    if (typeof r !== 'string') return false;
    const s = ctx.get(varKey);
    const p = typeof s === 'string' ? s : fallback;
    return p === undefined ? negative : (r === p) !== negative;
  };
}

/** Per-request substitution; operators without wildcards skip building patterns. */
function compileResolver(c: IamCondition, def: OperatorDef): (ctx: ContextMap) => unknown[] {
  const values = c.values;
  if (!def.allowsWildcards) {
    return (ctx) => {
      const lookup = (k: string) => lookupVariable(ctx, k);
      const out: unknown[] = new Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const s = substituteTemplate((values[i] as (typeof values)[number]).parts, lookup);
        out[i] = s === null ? undefined : def.prepare({ text: s, kinds: '' });
      }
      return out;
    };
  }
  return (ctx) => {
    const lookup = (k: string) => lookupVariable(ctx, k);
    return values.map((v) => {
      // The parts, never the raw text: an escape (`${*}`) is literal, not a wildcard (issue 17 item 4).
      const g = globFromParts(v.parts, lookup);
      return g === null ? undefined : def.prepare(g);
    });
  };
}
