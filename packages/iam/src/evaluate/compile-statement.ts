/**
 * Compiles one statement from its IR rule (policy/to-ir.ts) with the IR's compiled evaluator: the
 * action part (checked once per action plan, compiled.ts), and the Resource part, the Principal
 * groups and each condition as interned tests (test-table.ts) evaluated against the evaluator's
 * bound request (fields.ts), so statements that repeat an element share its evaluation.
 */
import { compileExpr, compilePredicate, globFromText, prepareArnPattern, type CompiledExpr, type EvalEnv, type Expr, type FieldResolver, type Rule, type ValueTest } from '@arbiter/ir';
import { GRANT_ORDER } from '../match/principal.js';
import { statementParts } from '../policy/to-ir.js';
import type { StatementRef } from '../types.js';
import type { BoundFields } from './fields.js';
import { grantOf } from './grant.js';
import type { StatementResult } from './request.js';
import { structureKey, type TestTable } from './test-table.js';

export interface CompiledStatement {
  ref: StatementRef;
  /** The Action/NotAction part as lowered (the action index reads its literal patterns). */
  action: Expr;
  matchesAction(lowerAction: string): boolean;
  /** Test ids (test-table.ts); -1 when the statement has no Resource / Principal element. */
  resource: number;
  /** Its result is 0 when no group names the requester, else 1 + the grant's rank in GRANT_ORDER. */
  principal: number;
  conditions: number[];
  /** What the statement contributes when it applies, by the principal test's result. */
  results: StatementResult[];
  /**
   * When every Resource is a fixed six-part ARN pattern: the literal start of each pattern's
   * resource part (see resource-index.ts). `undefined` when the statement cannot be indexed.
   */
  resourcePrefixes?: string[];
}

/** Literal starts of the resource parts of fixed six-part ARN patterns; `undefined` if any value is not one. */
function resourcePrefixesOf(resource: Expr): string[] | undefined {
  if (resource.kind !== 'any' || resource.of.length === 0) return undefined;
  const out = new Set<string>();
  for (const t of resource.of) {
    if (t.kind !== 'test' || t.predicate.op !== 'arn-like') return undefined;
    const p = prepareArnPattern(globFromText(t.predicate.pattern));
    if ('whole' in p) return undefined;
    const part = p.parts[5] as { text: string; kinds: string };
    const wild = part.kinds.search(/[*?]/);
    const prefix = wild < 0 ? part.text : part.text.slice(0, wild);
    if (prefix === '') return undefined;
    out.add(prefix);
  }
  return [...out];
}

type ResourceTest = (resource: string, env: EvalEnv) => boolean;

/**
 * The Resource part: `any` (or `not any`) of tests of `['resource']`, a field with exactly one
 * value, so each predicate's compiled form is applied to the request's resource directly.
 */
function compileResource(e: Expr): ResourceTest {
  const negate = e.kind === 'not';
  const inner = e.kind === 'not' ? e.expr : e;
  if (inner.kind !== 'any' || !inner.of.every((t) => t.kind === 'test' && t.field[0] === 'resource')) {
    throw new Error(`@arbiter/iam: ${e.at} is not a lowered Resource element`);
  }
  const tests = inner.of.map((t) => compilePredicate((t as Extract<Expr, { kind: 'test' }>).predicate));
  const matched: ResourceTest =
    tests.length === 1
      ? (tests[0] as ValueTest)
      : (resource, env) => {
          for (let i = 0; i < tests.length; i++) if ((tests[i] as ValueTest)(resource, env)) return true;
          return false;
        };
  return negate ? (resource, env) => !matched(resource, env) : matched;
}

function compilePrincipal(principal: Expr, fields: BoundFields): () => number {
  // Each group compiled once; `grantOf` walks them in rank order.
  const compiledGroups = new Map<Expr, CompiledExpr>();
  for (const g of principal.kind === 'any' ? principal.of : [principal]) compiledGroups.set(g, compileExpr(g));
  const holds = (e: Expr) => (compiledGroups.get(e) as CompiledExpr)(fields.resolve, fields.env);
  return () => {
    const grant = grantOf(principal, holds);
    return grant === undefined ? 0 : GRANT_ORDER.indexOf(grant) + 1;
  };
}

/** The action part needs only the action (plans are made before any request's context is read). */
function actionResolver(lowerAction: string): FieldResolver {
  const values = [lowerAction];
  return (field) => (field[0] === 'action' ? values : undefined);
}

export function compileStatement(rule: Rule, ref: StatementRef, table: TestTable, fields: BoundFields): CompiledStatement {
  const parts = statementParts(rule);
  const action = compileExpr(parts.action);
  const hasResource = !(parts.resource.kind === 'const' && parts.resource.value);
  const resource = hasResource
    ? table.intern(structureKey('resource', parts.resource), () => {
        const test = compileResource(parts.resource);
        return () => (test(fields.request.resource, fields.env) ? 1 : 0);
      })
    : -1;
  const principal = parts.principal.kind === 'const' ? -1 : table.intern(structureKey('principal', parts.principal), () => compilePrincipal(parts.principal, fields));
  const conditions: number[] = [];
  for (const c of parts.conditions) {
    if (c.kind === 'const' && c.value) continue;
    conditions.push(
      table.intern(structureKey('condition', c), () => {
        const test = compileExpr(c);
        return () => (test(fields.resolve, fields.env) ? 1 : 0);
      }),
    );
  }
  const results: StatementResult[] = [{ ref, applies: true }, ...GRANT_ORDER.map((grant) => ({ ref, applies: true, grant }))];
  const resourcePrefixes = resourcePrefixesOf(parts.resource);
  return {
    ref,
    action: parts.action,
    matchesAction: (lowerAction) => action(actionResolver(lowerAction)),
    resource,
    principal,
    conditions,
    results,
    ...(resourcePrefixes ? { resourcePrefixes } : {}),
  };
}

/** The statement's result when it applies to the bound request, else `undefined`. */
export function resultOf(s: CompiledStatement, table: TestTable): StatementResult | undefined {
  if (s.resource >= 0 && table.value(s.resource) === 0) return undefined;
  let grant = 0;
  if (s.principal >= 0) {
    grant = table.value(s.principal);
    if (grant === 0) return undefined;
  }
  const conditions = s.conditions;
  for (let i = 0; i < conditions.length; i++) if (table.value(conditions[i] as number) === 0) return undefined;
  return s.results[grant];
}
