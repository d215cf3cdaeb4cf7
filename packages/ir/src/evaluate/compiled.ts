/**
 * The compiled evaluator: lowers an expression once into nested closures specialised per
 * predicate (pre-folded case, pre-parsed CIDR blocks, Set lookups for value lists), so evaluation
 * does no IR dispatch. It must agree with evaluate/reference.ts; property tests check that.
 */
import type { Expr, FieldResolver, TestExpr } from '../nodes.js';
import type { Predicate } from '../predicates.js';
import { ipInCidr, parseCidr } from '../primitives/cidr.js';
import { numericKey, numbersEqual } from '../primitives/numeric.js';
import { foldCase, globMatch } from '../primitives/text.js';

export type CompiledExpr = (resolve: FieldResolver) => boolean;
export type ValueTest = (value: unknown) => boolean;

/** A membership test for exact scalars: strings by Set, numbers by precision key, literals by identity. */
export function compileScalarSet(values: ReadonlyArray<unknown>): ValueTest {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const literals = new Set<unknown>();
  for (const v of values) {
    if (typeof v === 'string') strings.add(v);
    else if (typeof v === 'number') numbers.add(numericKey(v));
    else literals.add(v);
  }
  return (value) => {
    if (typeof value === 'string') return strings.has(value);
    if (typeof value === 'number') return numbers.has(numericKey(value));
    return literals.has(value);
  };
}

export function compilePredicate(p: Predicate): ValueTest {
  switch (p.op) {
    case 'exact':
      return compileScalarSet([p.value]);
    case 'prefix': {
      const s = p.value;
      return (v) => typeof v === 'string' && v.startsWith(s);
    }
    case 'suffix': {
      const s = p.value;
      return (v) => typeof v === 'string' && v.endsWith(s);
    }
    case 'equals-ignore-case': {
      const raw = p.value;
      const folded = foldCase(p.value);
      return (v) => typeof v === 'string' && (v === raw || foldCase(v) === folded);
    }
    case 'anything-but': {
      const member = compileScalarSet(p.values);
      return (v) => !member(v);
    }
    case 'anything-but-prefix': {
      const s = p.value;
      return (v) => typeof v === 'string' && !v.startsWith(s);
    }
    case 'numeric': {
      const lo = p.lower;
      const hi = p.upper;
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return false;
        if (lo && !(lo.inclusive ? v >= lo.value || numbersEqual(v, lo.value) : v > lo.value && !numbersEqual(v, lo.value))) return false;
        if (hi && !(hi.inclusive ? v <= hi.value || numbersEqual(v, hi.value) : v < hi.value && !numbersEqual(v, hi.value))) return false;
        return true;
      };
    }
    case 'cidr': {
      const block = parseCidr(p.cidr);
      if (!block) return () => false;
      return (v) => typeof v === 'string' && ipInCidr(v, block);
    }
    case 'exists':
      return () => p.value;
    case 'glob': {
      const { pattern, ignoreCase } = p;
      if (!/[*?]/.test(pattern)) {
        const folded = ignoreCase ? foldCase(pattern) : pattern;
        return ignoreCase ? (v) => typeof v === 'string' && foldCase(v) === folded : (v) => v === pattern;
      }
      return (v) => typeof v === 'string' && globMatch(pattern, v, ignoreCase);
    }
    case 'regex': {
      const re = new RegExp(p.source, p.flags);
      return (v) => typeof v === 'string' && re.test(v);
    }
  }
}

function compileTest(t: TestExpr): CompiledExpr {
  const field = t.field;
  if (t.predicate.op === 'exists') {
    return t.predicate.value ? (r) => r(field) !== undefined : (r) => r(field) === undefined;
  }
  const check = compilePredicate(t.predicate);
  if (t.quantifier === 'all') {
    return (r) => {
      const values = r(field);
      if (values === undefined) return false;
      for (let i = 0; i < values.length; i++) if (!check(values[i])) return false;
      return true;
    };
  }
  return (r) => {
    const values = r(field);
    if (values === undefined) return false;
    for (let i = 0; i < values.length; i++) if (check(values[i])) return true;
    return false;
  };
}

export function compileExpr(expr: Expr): CompiledExpr {
  switch (expr.kind) {
    case 'const': {
      const v = expr.value;
      return () => v;
    }
    case 'test':
      return compileTest(expr);
    case 'not': {
      const inner = compileExpr(expr.expr);
      return (r) => !inner(r);
    }
    case 'all': {
      const parts = expr.of.map(compileExpr);
      if (parts.length === 1) return parts[0] as CompiledExpr;
      return (r) => {
        for (let i = 0; i < parts.length; i++) if (!(parts[i] as CompiledExpr)(r)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = expr.of.map(compileExpr);
      if (parts.length === 1) return parts[0] as CompiledExpr;
      return (r) => {
        for (let i = 0; i < parts.length; i++) if ((parts[i] as CompiledExpr)(r)) return true;
        return false;
      };
    }
  }
}
