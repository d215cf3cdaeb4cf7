/**
 * The request variables of an IAM question. The IR fields of @arbiter/iam (evaluate/fields.ts) are
 * derived from a few request parts, so the search assigns those parts, not fields:
 *   `action`       ['action']
 *   `resource`     ['resource']
 *   `principal`    ['principal', …] (the requester's ARN, its account, role, session)
 *   `ctx:<key>`    ['context', key] and ['context-set', key], and `${key}` in templates
 */
import type { Expr, Predicate, TestExpr } from '@arbiter/ir';
import { testsByField } from '../engine/partial.js';

export type VariableId = string;

export const ACTION = 'action';
export const RESOURCE = 'resource';
export const PRINCIPAL = 'principal';
export const contextVariable = (lowerKey: string): VariableId => `ctx:${lowerKey}`;

export function variableOfField(field: readonly string[]): VariableId {
  const head = field[0];
  if (head === 'context' || head === 'context-set') return contextVariable(field[1] ?? '');
  return head === 'resource' ? RESOURCE : head === 'principal' ? PRINCIPAL : ACTION;
}

/** The context keys (lower-cased) a predicate's templates read. */
export function templateKeys(p: Predicate): string[] {
  const out: string[] = [];
  const visit = (q: Predicate & Record<string, unknown>): void => {
    if (q.op === 'template') for (const part of q.parts as Array<{ variable?: string }>) if (part.variable !== undefined) out.push(part.variable);
    if (q.op === 'any-of' || q.op === 'none-of') (q.of as never[]).forEach(visit);
  };
  visit(p as Predicate & Record<string, unknown>);
  return out;
}

export interface Variable {
  id: VariableId;
  tests: TestExpr[];
  /** Variables the templates of these tests read: assigned before this one. */
  reads: Set<VariableId>;
  /** Variables whose templates read this one. */
  readBy: Set<VariableId>;
  /** A context key tested through a qualifier (ForAnyValue/ForAllValues): it may hold a list. */
  multivalued: boolean;
}

/** Every variable the expressions test or read, ordered: the ones templates read first, then by test count. */
export function variablesOf(exprs: readonly Expr[], always: readonly VariableId[]): Variable[] {
  const byId = new Map<VariableId, Variable>();
  const get = (id: VariableId): Variable => {
    let v = byId.get(id);
    if (!v) byId.set(id, (v = { id, tests: [], reads: new Set(), readBy: new Set(), multivalued: false }));
    return v;
  };
  always.forEach(get);
  for (const tests of testsByField(exprs).values()) {
    for (const t of tests) {
      const v = get(variableOfField(t.field));
      v.tests.push(t);
      if (t.field[0] === 'context-set') v.multivalued = true;
      for (const key of templateKeys(t.predicate)) {
        const read = get(contextVariable(key));
        if (read.id !== v.id) {
          v.reads.add(read.id);
          read.readBy.add(v.id);
        }
      }
    }
  }
  return orderVariables([...byId.values()]);
}

/** Readers after what they read (a cycle keeps the remaining order; the search then marks it incomplete). */
function orderVariables(vars: Variable[]): Variable[] {
  const rank = (v: Variable) => (v.readBy.size > 0 ? 0 : v.id === ACTION ? 1 : v.id === RESOURCE ? 2 : v.id === PRINCIPAL ? 3 : 4);
  const pending = [...vars].sort((a, b) => rank(a) - rank(b) || b.tests.length - a.tests.length);
  const out: Variable[] = [];
  const placed = new Set<VariableId>();
  while (pending.length > 0) {
    const i = pending.findIndex((v) => [...v.reads].every((r) => placed.has(r)));
    const [next] = pending.splice(i < 0 ? 0 : i, 1);
    out.push(next!);
    placed.add(next!.id);
  }
  return out;
}
