import { describe, expect, it } from 'vitest';
import { all, compileExpr, evaluateReference, within, type Expr, type FieldResolver, type ScopedResolver } from '../src/index.js';

/** A tiny host: objects with scalar leaves; `scopes` lists the objects (or array elements) at a key. */
function resolverOf(node: Record<string, unknown>): ScopedResolver {
  const resolve: ScopedResolver = (field) => {
    const v = node[field[0] as string];
    return v === undefined || typeof v === 'object' ? undefined : [v];
  };
  resolve.scopes = (field): FieldResolver[] => {
    const v = node[field[0] as string];
    const items = Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : [];
    return items.map((o) => resolverOf(o as Record<string, unknown>));
  };
  return resolve;
}

const eq = (key: string, value: string, at: string): Expr => ({ kind: 'test', field: [key], predicate: { op: 'exact', value, at }, at });
const people = { people: [{ first: 'John', last: 'Doe' }, { first: 'Anna', last: 'Smith' }] };

describe('within (array consistency)', () => {
  const sameElement = within(['people'], all([eq('first', 'Anna', '/f'), eq('last', 'Smith', '/l')], '/p'), '/p');
  const crossElement = within(['people'], all([eq('first', 'Anna', '/f'), eq('last', 'Doe', '/l')], '/p'), '/p');

  it('is true only when one element satisfies the whole expression, in both evaluators', () => {
    for (const evaluate of [(e: Expr, r: FieldResolver) => evaluateReference(e, r).value, (e: Expr, r: FieldResolver) => compileExpr(e)(r)]) {
      expect(evaluate(sameElement, resolverOf(people))).toBe(true);
      expect(evaluate(crossElement, resolverOf(people))).toBe(false);
      expect(evaluate(sameElement, resolverOf({ people: 'nobody' }))).toBe(false);
    }
  });

  it('names the failing test inside the scope', () => {
    expect(evaluateReference(crossElement, resolverOf(people)).failed?.at).toBe('/f');
  });

  it('is false for hosts whose resolver cannot descend', () => {
    expect(evaluateReference(sameElement, () => ['Anna']).value).toBe(false);
  });
});
