/**
 * The states one request variable can take, given the variables assigned before it (its templates
 * read them): one per class of values its tests can tell apart. A context key is absent, a single
 * string, or — when the policies test it through a qualifier — a list (closed under union, as in
 * engine/field-states.ts: every set test is existential). A key other templates read keeps one
 * state per class of every value compared with it, so `${key}` meets each of them.
 */
import { definitionOf, evaluateTest, globFromText, type EvalEnv, type FieldResolver, type Predicate, type TestExpr } from '@arbiter/ir';
import { closeUnderUnion, MAX_STATES_PER_FIELD } from '../engine/field-states.js';
import { arnPattern, globPattern } from '../engine/automaton.js';
import { principalCandidates } from './principals.js';
import { leavesOf, representativeValues } from './values.js';
import { ACTION, PRINCIPAL, RESOURCE, templateKeys, type Variable, type VariableId } from './variables.js';

/** action and resource: a string; principal: an ARN or `undefined`; a context key: string, list or `undefined`. */
export type VariableValue = string | readonly string[] | undefined;

export interface States {
  states: VariableValue[];
  complete: boolean;
  reason?: string;
}

/** Requests name an action `service:name` and a resource ARN. */
const ACTION_SHAPE = globPattern(globFromText('?*:?*'));
const RESOURCE_SHAPE = arnPattern(globFromText('arn:?*:?*:*:*:?*'));

export interface StateContext {
  /** Fields and variables of a request holding the assigned variables plus `id = value`. */
  fieldsWith(id: VariableId, value: VariableValue): { resolve: FieldResolver; env: EvalEnv };
  env: EvalEnv;
  variables: ReadonlyMap<VariableId, Variable>;
  /** Texts named anywhere in the policies (a foreign account must differ from them). */
  texts: readonly string[];
  /** Restrict the principal and these variables to values no policy names as fixed values. */
  foreignOnly?: ReadonlySet<VariableId>;
}

const FIXED = new Set(['exact', 'equals-ignore-case', 'cidr', 'decimal', 'date', 'bool-text', 'base64']);

function isFixed(leaf: Predicate & { match?: string }): boolean {
  return FIXED.has(leaf.op) || (leaf.op === 'template' && (leaf.match === 'equals' || leaf.match === 'equals-ignore-case'));
}

/** A value that matches none of the fixed values the predicates name (what an outsider holds). */
function foreignValue(leaves: Predicate[], env: EvalEnv): (v: string) => boolean {
  const fixed = leaves.filter(isFixed);
  return (v) => !fixed.some((leaf) => definitionOf(leaf).test(leaf, v, env));
}

/** What the readers of `v` compare with it: their plain predicates and fallbacks; whether that is complete. */
function pooledPredicates(v: Variable, ctx: StateContext): { predicates: Predicate[]; complete: boolean } {
  const predicates: Predicate[] = [];
  let complete = true;
  for (const readerId of v.readBy) {
    const reader = ctx.variables.get(readerId);
    if (!reader) continue;
    if (reader.reads.size > 1) complete = false;
    for (const leaf of leavesOf(reader.tests.map((t) => t.predicate))) {
      if (leaf.op !== 'template') predicates.push(leaf);
      else if (templateKeys(leaf).length > 0) {
        const parts = (leaf as { parts: Array<{ variable?: string; fallback?: string }> }).parts;
        const only = parts.length === 1 ? parts[0] : undefined;
        if (!only || only.variable === undefined || (leaf as { match?: string }).match !== 'equals') complete = false;
        if (only?.fallback !== undefined) predicates.push({ op: 'exact', value: only.fallback, at: leaf.at } as Predicate);
      }
    }
  }
  return { predicates, complete };
}

function signature(tests: readonly TestExpr[], fields: { resolve: FieldResolver; env: EvalEnv }): string {
  let sig = '';
  for (const t of tests) sig += evaluateTest(t, fields.resolve, fields.env) ? '1' : '0';
  return sig;
}

function dedupe(v: Variable, values: readonly VariableValue[], ctx: StateContext): VariableValue[] {
  const seen = new Map<string, VariableValue>();
  for (const value of values) {
    const sig = signature(v.tests, ctx.fieldsWith(v.id, value));
    if (!seen.has(sig)) seen.set(sig, value);
  }
  return [...seen.values()];
}

/** Lists of representatives closed under union (distinct list signatures only; `[]` is a list too). */
function lists(v: Variable, singles: readonly string[], ctx: StateContext): { lists: string[][]; complete: boolean } {
  const sigOf = (list: readonly string[]) => signature(v.tests, ctx.fieldsWith(v.id, list));
  const base = new Map<string, string[]>();
  for (const s of singles) {
    const sig = sigOf([s]);
    if (!base.has(sig)) base.set(sig, [s]);
  }
  const closed = closeUnderUnion(base, sigOf);
  const empty = sigOf([]);
  const out = [...closed.states.values()];
  if (!closed.states.has(empty)) out.push([]);
  return { lists: out, complete: closed.complete };
}

export function statesOf(v: Variable, ctx: StateContext): States {
  const own = v.tests.map((t) => t.predicate);
  if (v.id === PRINCIPAL) {
    const candidates = principalCandidates(v.tests, ctx.texts).filter((c) => !ctx.foreignOnly || c.foreign);
    return { states: dedupe(v, candidates.map((c) => c.arn), ctx), complete: true };
  }
  if (v.id === ACTION || v.id === RESOURCE) {
    const space = representativeValues(own, ctx.env, v.id === ACTION ? ACTION_SHAPE : RESOURCE_SHAPE);
    return { states: dedupe(v, space.values, ctx), complete: space.complete, ...(space.reason ? { reason: space.reason } : {}) };
  }
  const pooled = pooledPredicates(v, ctx);
  const space = representativeValues([...own, ...pooled.predicates], ctx.env);
  let values = space.values;
  if (ctx.foreignOnly?.has(v.id)) values = values.filter(foreignValue(leavesOf(own), ctx.env));
  const reasons = space.reason ? [space.reason] : [];
  if (!pooled.complete) reasons.push('a variable is compared inside text, ignoring case, with wildcards, or beside another variable');
  let complete = space.complete && pooled.complete;
  const singles: VariableValue[] = v.readBy.size > 0 ? [undefined, ...values] : dedupe(v, [undefined, ...values], ctx);
  let states = singles;
  if (v.multivalued) {
    const closed = lists(v, values, ctx);
    complete &&= closed.complete;
    if (!closed.complete) reasons.push(`more than ${MAX_STATES_PER_FIELD} lists of values`);
    states = [...singles, ...closed.lists];
  }
  return { states, complete, ...(reasons.length ? { reason: reasons.join('; ') } : {}) };
}
